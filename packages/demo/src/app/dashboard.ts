import { render } from 'lit';
import { decodeBytes, type PlanFormat } from '@remit/core/io';
import { formatSizeAndLimit } from '@remit/core/internal';
import { directoryOfPlan, readDirectory, writableDirectory } from '@remit/core/units';
import type { PlanStore, RemitData, Selection } from '@remit/widgets';
import {
  fitHeatmapCell,
  fitWorkloadHeight,
  NO_CHOICES,
  presentationSlides,
  type HeatmapLayoutLike,
  type SlideChoices,
  type Slide,
} from '../panels/presentation-view.js';
import type { ViewId } from '../panels/view-panel.js';
import { DATA_EXPORTS, fileBase, type DataExport } from './data-exports.js';
import { dashboardView, type DashboardActions, type DashboardState } from './dashboard-view.js';
import { downloadFile } from './download-file.js';
import { dashboardMessages } from './messages.js';
import { planHeading } from './plan-heading.js';
import { planInsight, withEarlier, type PlanInsight } from './plan-insight.js';
import type { CorrectionRequest, Plan } from '@remit/core/model';
import { combineInputs } from './combine-inputs.js';
import { glossary, type GlossaryId } from './glossary.js';
import { findingItems, metricItems, sharedItems, unitItems, type Trace } from './trace.js';
import type { Finding } from '@remit/core';
import { WorkStore, type SavedWork } from './saved-work.js';
import { edit, NO_EDITS, redo, undo, type EditHistory } from './plan-edits.js';
import { readAddress, resolveAddress, writeAddress, type AddressMiss } from './page-address.js';
import { filteredPlan, isFiltered, NO_FILTER, type PlanFilter } from './plan-filter.js';
import { AS_WRITTEN, isDirectoryText, planReading, type ReadingChoices } from './plan-reading.js';
import { readPlanInput, readPlanInputAsync, type PlanInput } from './read-plan-input.js';
import { samplePlan } from './sample-plan.js';
import { loadSettings, saveSettings, type Theme, type UiLang } from './settings.js';
import { slideCommand } from './slide-command.js';
import { isViewElement } from './view-element.js';

/** Redraws the heatmap slide may take to find the cell size that fits (see `#fitHeatmap`). */
const FIT_PASSES = 4;

/** Files larger than this are not read: a plan is a few hundred kilobytes. */
const MAX_BYTES = 50 * 1024 * 1024;

/**
 * The dashboard: owns the page state, renders it with lit into `root` (light
 * DOM, so every widget finds `<remit-data id="plan">`), and keeps the shared
 * store's plan and selection in step with it.
 */
export class Dashboard {
  readonly #root: HTMLElement;
  #state: DashboardState;
  #store: PlanStore | undefined;
  #unsubscribe: (() => void) | undefined;
  #dragDepth = 0;
  #print = matchMedia('print');
  #wasFullscreen = false;
  /** a deck is being made: clicks meanwhile are ignored */
  #deckBusy = false;

  constructor(root: HTMLElement) {
    this.#root = root;
    const settings = loadSettings();
    this.#state = {
      ...settings,
      input: samplePlan(),
      failed: undefined,
      insight: undefined,
      selection: null,
      busy: false,
      dragging: false,
      slide: null,
      blank: false,
      slideCell: undefined,
      slideBarsHeight: undefined,
      printing: false,
      naming: undefined,
      slideChoices: NO_CHOICES,
      earlier: undefined,
      earlierFailed: undefined,
      filter: NO_FILTER,
      addressMisses: [],
      reading: AS_WRITTEN,
      readingNotes: [],
      directoryFailed: undefined,
      edits: NO_EDITS,
      correctionNote: undefined,
      recent: [],
      resumed: undefined,
      saveNote: undefined,
      glossaryOpen: undefined,
      trace: undefined,
      lastSaved: undefined,
    };
  }

  /** Draws the page, shows the sample plan and starts listening for drops and keys. */
  start(): void {
    this.#applySettings();
    this.#render();
    const data = this.#root.querySelector<RemitData>('remit-data#plan');
    if (!data) throw new Error('Dashboard: <remit-data id="plan"> is missing');
    this.#store = data.store;
    this.#unsubscribe = this.#store.subscribe((change, store) => {
      if (change === 'hover') return;
      this.#update({
        selection: store.selection,
        insight: store.plan ? this.#insightOf(store.plan) : undefined,
      });
      this.#writeAddress();
    });
    // the address is read before the first plan is shown: showing it writes the address anew
    const asked = location.hash;
    this.#show(this.#state.input);
    window.addEventListener('hashchange', this.#onHashChange);
    this.#root.addEventListener('remit-trace', this.#onTrace);
    this.#root.addEventListener('remit-explain', this.#onExplain);
    window.addEventListener('dragenter', this.#onDragEnter);
    window.addEventListener('dragover', this.#onDragOver);
    window.addEventListener('dragleave', this.#onDragLeave);
    window.addEventListener('drop', this.#onDrop);
    document.addEventListener('keydown', this.#onKeydown);
    document.addEventListener('keydown', this.#onEditKey);
    document.addEventListener('fullscreenchange', this.#onFullscreenChange);
    this.#print.addEventListener('change', this.#onPrint);
    window.addEventListener('beforeprint', this.#onPrint);
    window.addEventListener('afterprint', this.#onPrint);
    // the work kept in this browser reopens, then the address applies; the page is ready after
    void this.#resume(asked).finally(() => this.#root.setAttribute('aria-busy', 'false'));
  }

  /** Reopens the last work kept in this browser (if any), then follows the address. */
  async #resume(asked: string): Promise<void> {
    const work = await this.#works.last();
    if (work) this.#restore(work, true);
    this.#followAddress(asked);
    this.#update({ recent: await this.#works.recent() });
  }

  /** Shows saved work: its plan with its corrections, its reading choices and filter. */
  #restore(work: SavedWork, resumed = false): void {
    const input: PlanInput = {
      origin: work.origin,
      name: work.name,
      format: work.format,
      ...(work.encoding ? { encoding: work.encoding } : {}),
      plan: work.plan,
      diagnostics: work.diagnostics,
      lines: work.lines,
      ...(work.readings ? { readings: work.readings } : {}),
      ...(work.readFrom !== undefined
        ? {
            readFrom: work.readFrom,
            options: {
              origin: work.origin,
              name: work.name,
              format: work.format,
              inferLead: work.inferLead ? ('first' as const) : ('none' as const),
            },
          }
        : {}),
    };
    this.#state = {
      ...this.#state,
      input,
      failed: undefined,
      naming: undefined,
      slideChoices: NO_CHOICES,
      filter: work.filter,
      addressMisses: [],
      edits: NO_EDITS,
      correctionNote: undefined,
      reading: {
        expandGroups: work.expandGroups,
        ...(work.directory ? { directory: work.directory } : {}),
      },
      resumed: resumed ? { name: work.name, savedAt: work.savedAt } : undefined,
    };
    this.#showReading();
    this.#render();
  }

  /** The browser's store of saved work. */
  #works = new WorkStore();
  #saveTimer: ReturnType<typeof setTimeout> | undefined;

  /**
   * Keeps the work in this browser a moment after it changes: a plan opened
   * from a file or pasted, or any plan once corrected (the sample as bundled
   * needs no keeping). A refusal (private window, full quota) is said on the
   * page; the work shown stays.
   */
  #saveSoon(): void {
    clearTimeout(this.#saveTimer);
    this.#saveTimer = setTimeout(() => void this.#save(), 300);
  }

  async #save(): Promise<void> {
    const { input, reading, filter } = this.#state;
    if (!input.plan) return;
    if (input.origin === 'sample' && !input.plan.corrections?.length && !reading.directory) return;
    const work: SavedWork = {
      name: input.name,
      savedAt: new Date().toISOString(),
      origin: input.origin,
      format: input.format,
      ...(input.encoding ? { encoding: input.encoding } : {}),
      plan: input.plan,
      diagnostics: input.diagnostics,
      lines: input.lines,
      ...(input.readings ? { readings: input.readings } : {}),
      ...(input.readFrom !== undefined && sizeOf(input.readFrom) <= MAX_KEPT_SOURCE
        ? { readFrom: input.readFrom }
        : {}),
      inferLead: input.options?.inferLead === 'first',
      expandGroups: reading.expandGroups,
      ...(reading.directory ? { directory: reading.directory } : {}),
      filter,
    };
    const saved = await this.#works.save(work);
    const m = dashboardMessages(this.#state.lang);
    this.#update({
      saveNote: saved.ok ? undefined : m.notSaved(saved.why),
      recent: saved.ok ? await this.#works.recent() : this.#state.recent,
      ...(saved.ok ? { lastSaved: { at: work.savedAt, plan: work.plan } } : {}),
    });
  }

  async #openSaved(name: string): Promise<void> {
    const work = await this.#works.get(name);
    if (work) this.#restore(work);
  }

  async #clearSaved(): Promise<void> {
    // a save still waiting would put back what is cleared
    clearTimeout(this.#saveTimer);
    const cleared = await this.#works.clear();
    const m = dashboardMessages(this.#state.lang);
    this.#update({
      recent: await this.#works.recent(),
      resumed: undefined,
      saveNote: cleared.ok ? m.savedCleared : m.notSaved(cleared.why),
    });
  }

  /** Stops listening (for tests and hot reload). */
  stop(): void {
    this.#unsubscribe?.();
    window.removeEventListener('hashchange', this.#onHashChange);
    this.#root.removeEventListener('remit-trace', this.#onTrace);
    this.#root.removeEventListener('remit-explain', this.#onExplain);
    window.removeEventListener('dragenter', this.#onDragEnter);
    window.removeEventListener('dragover', this.#onDragOver);
    window.removeEventListener('dragleave', this.#onDragLeave);
    window.removeEventListener('drop', this.#onDrop);
    document.removeEventListener('keydown', this.#onKeydown);
    document.removeEventListener('keydown', this.#onEditKey);
    document.removeEventListener('fullscreenchange', this.#onFullscreenChange);
    this.#print.removeEventListener('change', this.#onPrint);
    window.removeEventListener('beforeprint', this.#onPrint);
    window.removeEventListener('afterprint', this.#onPrint);
  }

  get state(): Readonly<DashboardState> {
    return this.#state;
  }

  #update(patch: Partial<DashboardState>): void {
    this.#state = { ...this.#state, ...patch };
    this.#render();
  }

  /** The insight of a plan, compared with the earlier plan when one is open. */
  #insightOf(plan: Plan): PlanInsight {
    const earlier = this.#state.earlier;
    // the earlier plan narrowed by the same filter: the comparison is of the part shown
    return withEarlier(
      planInsight(plan),
      earlier?.plan
        ? {
            name: earlier.name,
            plan: filteredPlan(
              planReading(earlier.plan, this.#state.reading).plan,
              this.#state.filter,
            ),
          }
        : undefined,
    );
  }

  /**
   * Narrows every view to what `filter` keeps: the store gets that part of
   * the plan (ids unchanged), the selection stays when it is still in it, and
   * the address records the filter.
   */
  /** The plan as read with the analyst's reading choices (directory, groups expanded). */
  #readPlan(): Plan | undefined {
    const plan = this.#state.input.plan;
    return plan && planReading(plan, this.#state.reading).plan;
  }

  #setFilter(filter: PlanFilter, misses: AddressMiss[] = []): void {
    const plan = this.#readPlan();
    if (!plan) return;
    const selection = this.#store?.selection ?? null;
    this.#state = { ...this.#state, filter, addressMisses: misses, trace: undefined };
    const part = filteredPlan(plan, filter);
    this.#store?.setRead({ value: part, diagnostics: this.#state.input.diagnostics });
    if (selection && holds(part, selection)) this.#store?.select(selection);
    this.#writeAddress();
    this.#saveSoon();
  }

  /** Applies the filter and selection the page's address asks for, saying what this plan lacks. */
  #followAddress(hash = location.hash): void {
    const plan = this.#readPlan();
    if (!plan) return;
    const asked = readAddress(hash);
    if (!isFiltered(asked.filter) && !asked.selection) return;
    const { filter, selection, misses } = resolveAddress(plan, asked);
    this.#setFilter(filter, misses);
    if (selection && holds(filteredPlan(plan, filter), selection)) this.#store?.select(selection);
    this.#render();
  }

  /** A summary figure pressed (`remit-trace`): the items behind it. */
  #onTrace = (event: Event): void => {
    const metric = (event as CustomEvent<{ metric?: string }>).detail?.metric;
    const inc = this.#state.insight?.inc;
    if (!metric || !inc) return;
    this.#showTrace({ what: { kind: 'metric', metric }, items: metricItems(inc, metric) });
  };

  /** A widget's "?" beside a measure (`remit-explain`): the glossary at that measure. */
  #onExplain = (event: Event): void => {
    const term = (event as CustomEvent<{ term?: string }>).detail?.term;
    // a widget's "?" names the glossary entry it asks for (`remit-explain`)
    const entry = glossary(this.#state.lang).find((e) => e.id === term);
    if (entry) this.#actions.explain(entry.id);
  };

  #showTrace(trace: Trace | undefined): void {
    this.#update({ trace });
    if (trace) this.#root.querySelector<HTMLElement>('#trace-title')?.focus();
  }

  #onHashChange = (): void => {
    if (location.hash === this.#written) return;
    this.#followAddress();
  };

  /** The address last written, so that the page does not follow its own writing. */
  #written = '';

  /** Puts the filter and selection in the page's address (replacing it: no history entry per click). */
  #writeAddress(): void {
    const hash = writeAddress({
      filter: this.#state.filter,
      selection: this.#store?.selection ?? null,
    });
    if (hash === this.#written && (location.hash || '') === hash) return;
    this.#written = hash;
    history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
  }

  /** Opens (or, with `undefined`, closes) the earlier plan the plan shown is compared with. */
  #setEarlier(earlier: PlanInput | undefined): void {
    const plan = this.#state.insight?.plan;
    // `earlier` is set first: `#insightOf` reads it from the state
    this.#state = { ...this.#state, earlier, earlierFailed: undefined, busy: false };
    this.#update({ insight: plan ? this.#insightOf(plan) : undefined });
  }

  async #readEarlier(file: File): Promise<void> {
    const tooLarge = this.#tooLarge(file);
    if (tooLarge) {
      this.#update({ earlierFailed: tooLarge });
      return;
    }
    this.#update({ busy: true });
    const bytes = new Uint8Array(await file.arrayBuffer());
    const input = await readPlanInputAsync(bytes, {
      origin: 'file',
      name: file.name,
      type: file.type,
    });
    if (input.plan) this.#setEarlier(input);
    else this.#update({ earlierFailed: input, busy: false });
  }

  #render(): void {
    render(
      dashboardView(this.#state, dashboardMessages(this.#state.lang), this.#actions),
      this.#root,
    );
  }

  #applySettings(): void {
    const { lang, theme } = this.#state;
    document.documentElement.lang = lang;
    document.documentElement.dataset['theme'] = theme;
    document.documentElement.style.colorScheme = theme;
    saveSettings({ lang, theme });
  }

  /** Shows a read input: its plan goes to the shared store; an unreadable one keeps the plan shown. */
  #show(input: PlanInput): void {
    if (!input.plan) {
      this.#update({ failed: input, busy: false });
      return;
    }
    this.#state = {
      ...this.#state,
      input,
      failed: undefined,
      busy: false,
      naming: undefined,
      slideChoices: NO_CHOICES,
      // another plan has other sections and units: its view starts whole
      filter: NO_FILTER,
      addressMisses: [],
      edits: NO_EDITS,
      correctionNote: undefined,
    };
    this.#showReading();
  }

  /** Applies one correction to the plan as written, keeping the view; a refusal is said, not thrown. */
  #correct(request: CorrectionRequest): void {
    const plan = this.#state.input.plan;
    if (!plan) return;
    const done = edit(plan, this.#state.edits, request);
    if (done.refused) {
      this.#update({
        correctionNote: dashboardMessages(this.#state.lang).diagnostic(done.refused),
      });
      return;
    }
    this.#replacePlan(done.plan, done.history);
  }

  #undoRedo(which: 'undo' | 'redo'): void {
    const plan = this.#state.input.plan;
    if (!plan) return;
    const step = (which === 'undo' ? undo : redo)(plan, this.#state.edits);
    if (step) this.#replacePlan(step.plan, step.history);
  }

  /** Shows a corrected (or uncorrected) plan in place of the one shown, with the filter and selection kept. */
  #replacePlan(plan: Plan, edits: EditHistory): void {
    this.#state = {
      ...this.#state,
      input: { ...this.#state.input, plan },
      edits,
      correctionNote: undefined,
    };
    this.#showReading();
    this.#render();
  }

  #onEditKey = (event: KeyboardEvent): void => {
    if (this.#state.slide !== null || !(event.ctrlKey || event.metaKey) || event.altKey) return;
    const target = event.target as HTMLElement | null;
    // in a text field, the field's own undo
    if (target?.closest('input, textarea, select, [contenteditable]')) return;
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) this.#undoRedo('undo');
    else if ((key === 'z' && event.shiftKey) || key === 'y') this.#undoRedo('redo');
    else return;
    event.preventDefault();
  };

  /**
   * Shows the plan read with the current reading choices, keeping the filter
   * and the selection where they still apply. The store notifies its
   * subscribers, which render with the new insight.
   */
  #showReading(): void {
    const plan = this.#state.input.plan;
    if (!plan) return;
    const reading = planReading(plan, this.#state.reading);
    // a trace lists the items of the plan it was asked of
    this.#state = { ...this.#state, readingNotes: reading.diagnostics, trace: undefined };
    const selection = this.#store?.selection ?? null;
    const part = filteredPlan(reading.plan, this.#state.filter);
    this.#store?.setRead({ value: part, diagnostics: this.#state.input.diagnostics });
    if (selection && holds(part, selection)) this.#store?.select(selection);
    this.#saveSoon();
  }

  /** Reads the plan shown again with leads inferred from the first-listed unit, or without. */
  #setInferLead(on: boolean): void {
    const { input } = this.#state;
    // reading again would drop the corrections made to this reading
    if (input.readFrom === undefined || !input.options || input.plan?.corrections?.length) return;
    const again = readPlanInput(input.readFrom, {
      ...input.options,
      inferLead: on ? 'first' : 'none',
    });
    if (!again.plan) return;
    this.#state = { ...this.#state, input: again };
    this.#showReading();
  }

  #setReading(reading: ReadingChoices): void {
    this.#state = { ...this.#state, reading, directoryFailed: undefined };
    this.#showReading();
    this.#render();
  }

  /** Opens a unit directory beside the plan: it never replaces the plan; a file that is none is named. */
  async #openDirectory(file: File): Promise<void> {
    const text = decodeBytes(new Uint8Array(await file.arrayBuffer())).value.text;
    const read = readDirectory(text, { source: file.name });
    const error = read.diagnostics.find((d) => d.severity === 'error');
    if (error || read.value.units.length + read.value.groups.length === 0) {
      this.#update({
        directoryFailed: { name: file.name, why: error?.message ?? '' },
      });
      return;
    }
    this.#setReading({ ...this.#state.reading, directory: { name: file.name, value: read.value } });
  }

  /** The input that says a file is too large to read here, or `undefined` when it is not. */
  #tooLarge(file: File): PlanInput | undefined {
    if (file.size <= MAX_BYTES) return undefined;
    const shown = formatSizeAndLimit(file.size, MAX_BYTES);
    return {
      origin: 'file',
      name: file.name,
      format: 'txt',
      plan: undefined,
      lines: [],
      diagnostics: [
        {
          code: 'demo/too-large',
          severity: 'error',
          message: `The file is ${shown.size}; plans of up to ${shown.limit} can be read here. Use the remit command for larger files.`,
          source: file.name,
          args: { size: shown.size, limit: shown.limit },
        },
      ],
    };
  }

  async #readFile(file: File): Promise<void> {
    const tooLarge = this.#tooLarge(file);
    if (tooLarge) {
      this.#show(tooLarge);
      return;
    }
    this.#update({ busy: true });
    const bytes = new Uint8Array(await file.arrayBuffer());
    this.#show(
      await readPlanInputAsync(bytes, { origin: 'file', name: file.name, type: file.type }),
    );
  }

  /** One file is read as the plan; several at once are combined into one (`combineInputs`). */
  async #readFiles(files: readonly File[]): Promise<void> {
    if (files.length === 0) return;
    if (files.length === 1) {
      const file = files[0]!;
      // a unit directory opened or dropped as a plan is taken as the directory it is
      if (/\.json$/iu.test(file.name) && file.size <= MAX_BYTES) {
        const head = new TextDecoder().decode(await file.slice(0, 4096).arrayBuffer());
        if (isDirectoryText(head)) {
          await this.#openDirectory(file);
          return;
        }
      }
      await this.#readFile(file);
      return;
    }
    this.#update({ busy: true });
    const inputs: PlanInput[] = [];
    for (const file of files) {
      const tooLarge = this.#tooLarge(file);
      if (tooLarge) inputs.push(tooLarge);
      else {
        const bytes = new Uint8Array(await file.arrayBuffer());
        inputs.push(
          await readPlanInputAsync(bytes, { origin: 'file', name: file.name, type: file.type }),
        );
      }
    }
    this.#show(combineInputs(inputs));
  }

  #actions: DashboardActions = {
    setLang: (lang: UiLang) => {
      this.#state = { ...this.#state, lang };
      this.#applySettings();
      this.#render();
    },
    setTheme: (theme: Theme) => {
      this.#state = { ...this.#state, theme };
      this.#applySettings();
      this.#render();
    },
    openFiles: (files) => void this.#readFiles([...(files ?? [])]),
    readPasted: (text: string, format: PlanFormat | 'auto') => {
      const name = format === 'csv' ? 'pasted.csv' : format === 'json' ? 'pasted.json' : 'pasted';
      this.#show(readPlanInput(text, { origin: 'paste', name, format }));
    },
    loadSample: () => this.#show(samplePlan()),
    openEarlier: (files) => {
      const file = files?.[0];
      if (file) void this.#readEarlier(file);
    },
    stopComparing: () => this.#setEarlier(undefined),
    openSaved: (name: string) => void this.#openSaved(name),
    clearSaved: () => void this.#clearSaved(),
    setFilter: (filter: PlanFilter) => this.#setFilter(filter),
    setInferLead: (on: boolean) => {
      this.#setInferLead(on);
      this.#render();
    },
    openDirectory: (files) => {
      const file = files?.[0];
      if (file) void this.#openDirectory(file);
    },
    removeDirectory: () => this.#setReading({ expandGroups: this.#state.reading.expandGroups }),
    setExpandGroups: (on: boolean) =>
      this.#setReading({ ...this.#state.reading, expandGroups: on }),
    makeDirectory: () => {
      const { input } = this.#state;
      if (!input.plan) return;
      const text = `${JSON.stringify(writableDirectory(directoryOfPlan(input.plan)), null, 2)}\n`;
      downloadFile(
        new Blob([text], { type: 'application/json;charset=utf-8' }),
        `${fileBase(input.name)}.directory.json`,
      );
    },
    traceFinding: (finding: Finding) => {
      const inc = this.#state.insight?.inc;
      if (inc)
        this.#showTrace({
          what: { kind: 'finding', finding: finding.id },
          items: findingItems(inc, finding),
        });
    },
    traceShared: (a: string, b: string) => {
      const inc = this.#state.insight?.inc;
      if (inc) this.#showTrace({ what: { kind: 'shared', a, b }, items: sharedItems(inc, a, b) });
    },
    traceUnit: (unit: string) => {
      const inc = this.#state.insight?.inc;
      if (inc) this.#showTrace({ what: { kind: 'unit', unit }, items: unitItems(inc, unit) });
    },
    closeTrace: () => this.#showTrace(undefined),
    explain: (id: GlossaryId) => {
      this.#update({ glossaryOpen: id });
      const entry = this.#root.querySelector<HTMLElement>(`#glossary-${id}`);
      entry?.scrollIntoView({ block: 'center' });
      entry?.focus();
    },
    correct: (request: CorrectionRequest) => this.#correct(request),
    undo: () => this.#undoRedo('undo'),
    redo: () => this.#undoRedo('redo'),
    select: (selection: Selection | null) => this.#store?.select(selection),
    exportView: (id: ViewId, format: 'svg' | 'png') => void this.#exportView(id, format),
    exportData: (id: DataExport['id']) => void this.#exportData(id),
    present: () => this.#present(),
    print: () => window.print(),
    setSlides: (choices: SlideChoices) => this.#update({ slideChoices: choices }),
    rename: (title: string, subtitle: string) =>
      this.#update({ naming: title === '' ? undefined : { title, subtitle } }),
    go: (slide: number) => this.#go(slide),
    leave: () => this.#leave(),
    downloadDeck: () => void this.#downloadDeck(),
  };

  async #exportData(id: DataExport['id']): Promise<void> {
    const { insight, input, lang } = this.#state;
    const entry = DATA_EXPORTS.find((x) => x.id === id);
    if (!insight || !entry) return;
    const file = await entry.file(insight, fileBase(input.name), lang, input.name);
    downloadFile(new Blob([file.content], { type: file.type }), file.name);
  }

  async #exportView(id: ViewId, format: 'svg' | 'png'): Promise<void> {
    const el = this.#root.querySelector(`[data-view-element="${id}"]`);
    if (!isViewElement(el)) return;
    const name = `${fileBase(this.#state.input.name)}.${id}.${format}`;
    // The view on screen is drawn: the SVG is saved within the click, where browsers
    // allow downloads without asking; only the PNG must wait for its rasterisation.
    if (format === 'svg') {
      downloadFile(new Blob([el.toSVG()], { type: 'image/svg+xml;charset=utf-8' }), name);
      return;
    }
    await el.renderComplete;
    downloadFile(await el.toPNG({ scale: 2 }), name);
  }

  /**
   * Saves the slides shown as a .pptx deck. The deck's code and pptxgenjs are
   * imported here, on the first request, not with the page.
   */
  async #downloadDeck(): Promise<void> {
    const { insight, selection, slideChoices, lang, input, naming } = this.#state;
    if (!insight || this.#deckBusy) return;
    this.#deckBusy = true;
    try {
      const m = dashboardMessages(lang);
      const { downloadDeck } = await import('./download-deck.js');
      await downloadDeck({
        insight,
        selection,
        choices: slideChoices,
        lang,
        m,
        ...planHeading({ plan: insight.plan, naming, source: input.name, m }),
        base: fileBase(input.name),
      });
    } catch (error) {
      console.error('downloadDeck:', error);
    } finally {
      this.#deckBusy = false;
    }
  }

  #present(): void {
    if (!this.#state.insight) return;
    this.#update({ slide: 0, blank: false, slideCell: undefined, slideBarsHeight: undefined });
    this.#fitSlide(this.#slides()[0]);
    const overlay = this.#root.querySelector<HTMLElement>('[data-presentation]');
    overlay?.focus();
    if (overlay && document.fullscreenEnabled && !document.fullscreenElement) {
      // Without the Fullscreen API (or when it is refused) the overlay fills the window.
      overlay.requestFullscreen({ navigationUI: 'hide' }).then(
        () => (this.#wasFullscreen = true),
        () => undefined,
      );
    }
  }

  /** The slides of the plan shown, as the presentation draws them. */
  #slides(): Slide[] {
    const insight = this.#state.insight;
    return insight
      ? presentationSlides(insight, this.#state.selection, this.#state.slideChoices)
      : [];
  }

  #go(slide: number): void {
    if (this.#state.slide === null) return;
    const slides = this.#slides();
    const next = Math.max(0, Math.min(slides.length - 1, slide));
    // each page of a matrix spread over several slides is fitted on its own
    const page = slides[next]?.page !== undefined && next !== this.#state.slide;
    if (next !== this.#state.slide || this.#state.blank)
      this.#update({ slide: next, blank: false, ...(page ? { slideCell: undefined } : {}) });
    this.#root.querySelector<HTMLElement>('[data-presentation]')?.focus();
    this.#fitSlide(slides[next]);
  }

  /** Fits a chart slide to the screen the first time it is shown. */
  #fitSlide(slide: Slide | undefined): void {
    const id = slide?.id;
    if (id === 'heatmap' && this.#state.slideCell === undefined) void this.#fitHeatmap();
    if (id === 'workload' && this.#state.slideBarsHeight === undefined) void this.#fitWorkload();
  }

  /** Measures the workload slide and redraws its chart at the height that fills the slide. */
  async #fitWorkload(): Promise<void> {
    const el = this.#root.querySelector<HTMLElement>('[data-view-element="slide-workload"]');
    if (!isViewElement(el)) return;
    await el.renderComplete;
    const height = fitWorkloadHeight(el);
    if (height === undefined || this.#state.slide === null) return;
    this.#update({ slideBarsHeight: height });
    await el.renderComplete;
    el.dataset['fitted'] = String(height);
  }

  /**
   * Measures the heatmap slide and redraws it at the cell size that fits the
   * screen. The names above the matrix and the text size depend on the cell
   * size (`slideHeatmapFont`), so a measurement holds only for the size it
   * was taken at: sizes are tried until one fits at itself and the next one
   * up does not (at most `FIT_PASSES` redraws), and the largest that fits is kept.
   */
  async #fitHeatmap(): Promise<void> {
    const el = this.#root.querySelector<HTMLElement & { layout?: HeatmapLayoutLike }>(
      '[data-view-element="slide-heatmap"]',
    );
    if (!isViewElement(el)) return;
    await el.renderComplete;
    let current = Number(el.getAttribute('cell-size'));
    const tried = new Set<number>();
    let fits: number | undefined;
    for (let pass = 0; pass < FIT_PASSES && !tried.has(current); pass++) {
      tried.add(current);
      const measured = fitHeatmapCell(el, current);
      if (measured === undefined || this.#state.slide === null) return;
      if (measured >= current) fits = Math.max(fits ?? 0, current);
      if (measured === current) break;
      current = measured;
      this.#update({ slideCell: current });
      await el.renderComplete;
    }
    const fit = fits ?? current;
    if (fit !== current) {
      this.#update({ slideCell: fit });
      await el.renderComplete;
    } else this.#state = { ...this.#state, slideCell: fit };
    el.dataset['fitted'] = String(fit);
  }

  #leave(): void {
    if (this.#state.slide === null) return;
    this.#wasFullscreen = false;
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    this.#update({ slide: null, blank: false });
    this.#root.querySelector<HTMLElement>('[data-action="present"]')?.focus();
  }

  #onKeydown = (event: KeyboardEvent): void => {
    const slide = this.#state.slide;
    if (slide === null) return;
    const command = slideCommand(event);
    if (!command) return;
    event.preventDefault();
    if (command === 'leave') this.#leave();
    else if (command === 'blank') this.#update({ blank: !this.#state.blank });
    else if (command === 'first') this.#go(0);
    else if (command === 'last') this.#go(this.#slides().length - 1);
    else this.#go(slide + (command === 'next' ? 1 : -1));
  };

  #onPrint = (event: Event): void => {
    const printing =
      event.type === 'beforeprint' || (event.type !== 'afterprint' && this.#print.matches);
    if (printing !== this.#state.printing) this.#update({ printing });
  };

  #onFullscreenChange = (): void => {
    // Escape in full screen is taken by the browser: leaving full screen leaves the presentation.
    if (!document.fullscreenElement && this.#wasFullscreen) this.#leave();
  };

  #hasFiles(event: DragEvent): boolean {
    return [...(event.dataTransfer?.types ?? [])].includes('Files');
  }

  #onDragEnter = (event: DragEvent): void => {
    if (!this.#hasFiles(event) || this.#state.slide !== null) return;
    this.#dragDepth++;
    if (!this.#state.dragging) this.#update({ dragging: true });
  };

  #onDragOver = (event: DragEvent): void => {
    if (!this.#hasFiles(event) || this.#state.slide !== null) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
  };

  #onDragLeave = (): void => {
    this.#dragDepth = Math.max(0, this.#dragDepth - 1);
    if (this.#dragDepth === 0 && this.#state.dragging) this.#update({ dragging: false });
  };

  #onDrop = (event: DragEvent): void => {
    this.#dragDepth = 0;
    if (this.#state.dragging) this.#update({ dragging: false });
    const files = [...(event.dataTransfer?.files ?? [])];
    if (files.length === 0 || this.#state.slide !== null) return;
    event.preventDefault();
    void this.#readFiles(files);
  };
}

/** True when the plan holds the selected unit or item. */
function holds(plan: Plan, selection: Selection): boolean {
  return selection.kind === 'unit'
    ? plan.units.some((u) => u.id === selection.id)
    : plan.items.some((i) => i.id === selection.id);
}

/** Sources kept with saved work at most (bytes or UTF-16 code units), so that a plan can be read again. */
const MAX_KEPT_SOURCE = 5 * 1024 * 1024;

function sizeOf(source: string | Uint8Array): number {
  return typeof source === 'string' ? source.length : source.byteLength;
}
