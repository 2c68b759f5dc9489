import { html, nothing, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { Finding, UnitReport } from '@remit/core';
import type { Plan } from '@remit/core/model';
import type { Selection } from '@remit/widgets';
import { heatmapPages, type HeatmapPage, type PageCapacity } from '../app/heatmap-pages.js';
import { dashboardMessages, type DashboardMessages } from '../app/messages.js';
import { itemChange, unitsByChange } from '@remit/core/compare';
import { noLeadRows, topFindings, unitRows, type SlideRow } from '../app/slide-rows.js';
import type { PlanInsight } from '../app/plan-insight.js';
import type { Theme, UiLang } from '../app/settings.js';
import { findingsList } from './findings-panel.js';

/**
 * What a slide can show: the headline figures, a view, the items without a
 * written lead, the unit selected when the presentation starts, the findings.
 */
export type SlideId =
  'headline' | 'heatmap' | 'network' | 'workload' | 'compare' | 'no-lead' | 'unit' | 'findings';

/**
 * The slides of a plan, in order: the headline figures and the three views
 * (the network only when some units share an item), the change since the
 * earlier plan when one is open;
 * the items without a written lead when some item has units but no lead; the
 * selected unit when one is selected; the findings last.
 */
export function slidesFor(
  insight: PlanInsight,
  selection: Selection | null,
  choices: SlideChoices = NO_CHOICES,
): SlideId[] {
  const slides: SlideId[] = ['headline', 'heatmap'];
  // a network of units none of which shares an item says nothing: no slide for it
  if (insight.report.units.some((u) => u.degree > 0)) slides.push('network');
  slides.push('workload');
  // the change since the earlier plan, when one is open beside it
  if (insight.earlier) slides.push('compare');
  if (insight.report.items.some((i) => i.units > 0 && !i.hasLead)) slides.push('no-lead');
  if (selection?.kind === 'unit' && insight.inc.unitIndex.has(selection.id)) slides.push('unit');
  slides.push('findings');
  // the presenter's order first, then any slide they have not placed, in the default order
  const ordered = [
    ...choices.order.filter((id) => slides.includes(id)),
    ...slides.filter((id) => !choices.order.includes(id)),
  ];
  const shown = ordered.filter((id) => !choices.hidden.includes(id));
  return shown.length > 0 ? shown : ['headline'];
}

/** A slide as shown: its kind and, for the matrix of a plan too large for one slide, its page. */
export interface Slide {
  id: SlideId;
  page?: { index: number; count: number; part: HeatmapPage };
}

/**
 * The slides shown, in order: `slidesFor`, with the matrix of a plan too large
 * for one slide at a readable size spread over as many slides as it needs
 * (`heatmapPages`, sized by `slideCapacity`).
 */
export function presentationSlides(
  insight: PlanInsight,
  selection: Selection | null,
  choices: SlideChoices = NO_CHOICES,
  capacity: PageCapacity = slideCapacity(),
): Slide[] {
  const slides: Slide[] = [];
  for (const id of slidesFor(insight, selection, choices)) {
    const pages = id === 'heatmap' ? pagesOf(insight.plan, capacity) : [];
    if (pages.length <= 1) slides.push({ id });
    else
      pages.forEach((part, index) =>
        slides.push({ id, page: { index, count: pages.length, part } }),
      );
  }
  return slides;
}

/** The matrix cell a page is sized for, px: names of 20 px beside it at 1080p, less on smaller screens. */
const PAGE_CELL = { min: 16, max: 25 } as const;

/**
 * How much of a matrix a slide holds in this window: rows of a readable cell
 * (`PAGE_CELL`, scaled with the window's height) in the height left by the
 * slide's title and footer, the legend and the unit names (about eight cells
 * high), and columns in the width left by the item titles and bars.
 */
export function slideCapacity(
  width = window.innerWidth,
  height = window.innerHeight,
): PageCapacity {
  const cell = Math.max(PAGE_CELL.min, Math.min(PAGE_CELL.max, Math.floor(height / 43)));
  return {
    rows: Math.max(4, Math.floor((height - 325 - 8 * cell) / cell) - 1),
    columns: Math.max(4, Math.floor((width * 0.6 - 180) / cell)),
  };
}

const pageCache = new WeakMap<Plan, { key: string; pages: HeatmapPage[] }>();

/** `heatmapPages`, kept per plan and capacity (the slides are listed on every render). */
function pagesOf(plan: Plan, capacity: PageCapacity): HeatmapPage[] {
  const key = `${capacity.rows}x${capacity.columns}`;
  const cached = pageCache.get(plan);
  if (cached?.key === key) return cached.pages;
  const pages = heatmapPages(plan, capacity);
  pageCache.set(plan, { key, pages });
  return pages;
}

/** What the presenter chose: the order of the slides, those left out, and titles of their own. */
export interface SlideChoices {
  order: readonly SlideId[];
  hidden: readonly SlideId[];
  titles: Readonly<Partial<Record<SlideId, string>>>;
}

export const NO_CHOICES: SlideChoices = { order: [], hidden: [], titles: {} };

/** Narrower screens (phones) show no deck control: the footer keeps to one line. */
const DECK_MIN_WIDTH = 640;

export interface PresentationActions {
  go(slide: number): void;
  leave(): void;
  /** saves the slides shown as a PowerPoint deck */
  downloadDeck(): void;
}

/**
 * The presentation overlay: one slide filling the screen, large type, a
 * footer with the position and the keys. The widgets on slides share the
 * dashboard's `<remit-data>`; the network is static and seeded, so each
 * showing gives the same picture.
 */
export function presentationView(options: {
  slide: number;
  slides: readonly Slide[];
  titles: SlideChoices['titles'];
  selection: Selection | null;
  blank: boolean;
  /** heatmap cell size measured to fit the screen (see `fitHeatmapCell`), else estimated */
  cellSize: number | undefined;
  /** workload chart height measured to fill the slide (see `fitWorkloadHeight`), else estimated */
  barsHeight: number | undefined;
  title: string;
  insight: PlanInsight;
  lang: UiLang;
  theme: Theme;
  m: DashboardMessages;
  actions: PresentationActions;
}): TemplateResult {
  const { slide, slides, blank, title, insight, lang, theme, m, actions } = options;
  const shown = slides[slide] ?? { id: 'headline' };
  const { id, page } = shown;
  const cellSize = options.cellSize ?? slideCellSize(page?.part.plan ?? insight.plan);
  const barsHeight = options.barsHeight ?? Math.max(240, window.innerHeight - 400);
  const unit = selectedUnit(insight, options.selection);
  const heading = (slide: SlideId) => slideName(slide, m, unit?.name);
  const message = options.titles[id] || (slideMessage(id, insight, lang, unit) ?? heading(id));
  return html`<div
    class="presentation ${blank ? 'blank' : ''}"
    role="dialog"
    aria-modal="true"
    aria-label=${`${m.present}: ${title}`}
    tabindex="-1"
    data-presentation
    data-slide=${id}
    data-slide-index=${slide}
    data-slide-page=${page ? page.index + 1 : ''}
  >
    <section class="slide slide-${id}" aria-roledescription="slide" aria-label=${heading(id)}>
      <header class="slide-head">
        <p class="slide-plan">
          <span class="slide-view">${heading(id)}</span>${
            page
              ? html` ·
                  <span data-slide-part
                    >${m.slidePage(page.part.first, page.part.last, insight.plan.items.length)}</span
                  >`
              : ''
          }
          · ${title}
        </p>
        <h2 data-slide-message>${message}</h2>
      </header>
      <div class="slide-body">
        ${slideBody(shown, insight, lang, theme, m, { cellSize, barsHeight }, unit)}
      </div>
    </section>
    <footer class="slide-foot">
      <span class="slide-count" data-slide-count>${m.slide(slide + 1, slides.length)}</span>
      <span class="slide-keys">${m.slideKeys}</span>
      <span class="slide-nav">
        <button
          type="button"
          aria-label="←"
          ?disabled=${slide === 0}
          @click=${() => actions.go(slide - 1)}
        >
          ←
        </button>
        <button
          type="button"
          aria-label="→"
          ?disabled=${slide === slides.length - 1}
          @click=${() => actions.go(slide + 1)}
        >
          →
        </button>
        ${
          window.innerWidth >= DECK_MIN_WIDTH
            ? html`<button
                type="button"
                data-action="deck"
                aria-label=${m.deckLabel}
                title=${m.deckLabel}
                @click=${actions.downloadDeck}
              >
                ${m.deck}
              </button>`
            : ''
        }
        <button type="button" data-action="leave" @click=${actions.leave}>${m.leave}</button>
      </span>
    </footer>
  </div>`;
}

/**
 * What a slide says, as its title: a finding of core's, or for the network the
 * unit that shares items with the most others and the number of 协作组, for the
 * findings how many need attention (warnings and notices). Leaders read the
 * title first; the view's name stands small above it. Undefined when the plan
 * has nothing to say there (the view's name is the title then).
 */
export function slideMessage(
  id: SlideId,
  insight: PlanInsight,
  lang: UiLang,
  unit?: UnitReport,
): string | undefined {
  const list = insight.findings(lang);
  const text = (finding: Finding['id']) => list.find((f) => f.id === finding)?.text;
  switch (id) {
    case 'headline':
      return text('overview');
    case 'heatmap':
      return text('busiest');
    case 'workload':
      return text('overloaded') ?? text('concentration');
    case 'network': {
      const units = insight.report.units;
      const widest = units.reduce<(typeof units)[number] | undefined>(
        (best, u) => (!best || u.degree > best.degree ? u : best),
        undefined,
      );
      if (!widest || widest.degree === 0) return undefined;
      const groups = new Set(units.map((u) => u.community).filter((c) => c >= 0)).size;
      return lang === 'en'
        ? `${widest.name} shares items with ${widest.degree} units, more than any other; the units fall into ${groups} group${groups === 1 ? '' : 's'}.`
        : `${widest.name}与 ${widest.degree} 个单位共担任务，协作面最广；全部单位分为 ${groups} 个协作组。`;
    }
    case 'no-lead':
      return text('no-lead');
    case 'compare': {
      const comparison = insight.earlier?.comparison;
      if (!comparison) return undefined;
      const { items } = comparison.summary;
      // the units whose items changed most, all of them: one is named alone only when it is alone
      const order = unitsByChange(comparison.units).map((i) => comparison.units[i]!);
      const top = Math.abs(order[0] ? itemChange(order[0]) : 0);
      const most = order.filter((u) => Math.abs(itemChange(u)) === top);
      return dashboardMessages(lang).compareMessage(
        items.new,
        items.dropped,
        items.reworded,
        top === 0
          ? undefined
          : {
              names: most.slice(0, 3).map((u) => u.name),
              count: most.length,
              change: itemChange(most[0]!),
            },
      );
    }
    case 'unit': {
      if (!unit) return undefined;
      return lang === 'en'
        ? `${unit.name} answers for ${unit.items} of the ${insight.plan.items.length} items, leads ${unit.lead}, and shares items with ${unit.degree} units.`
        : `${unit.name}承担 ${unit.items} 项任务（共 ${insight.plan.items.length} 项），牵头 ${unit.lead} 项，与 ${unit.degree} 个单位共担任务。`;
    }
    case 'findings': {
      const n = list.filter((f) => f.severity !== 'info').length;
      if (lang === 'en') {
        return n === 0
          ? 'Nothing needs special attention.'
          : `${n} ${n === 1 ? 'thing needs' : 'things need'} attention.`;
      }
      return n === 0 ? '没有需要特别关注的问题。' : `有 ${n} 件事需要关注。`;
    }
  }
}

/**
 * The heatmap cell sizes a slide draws, px: below 16 the unit names crowd;
 * a small plan's cells grow up to 128 so that its matrix fills the slide.
 */
const SLIDE_CELL = { min: 16, max: 128 } as const;

/**
 * The heatmap's text size on a slide, px: 24, growing with large cells (a
 * small plan's) to 32 so that names keep in scale with the marks.
 */
export function slideHeatmapFont(cellSize: number): number {
  return Math.max(SLIDE_TEXT, Math.min(32, Math.round(cellSize * 0.25)));
}

/**
 * A first guess of the heatmap cell size that fits `room` (px for the matrix:
 * by default the window less the slide's title, legend, footer and the unit
 * names), before it can be measured.
 */
export function slideCellSize(
  plan: Plan,
  room = { width: window.innerWidth - 360, height: window.innerHeight - 380 },
): number {
  const rows = plan.items.length + (plan.sections?.length ?? 0);
  const columns = Math.max(1, plan.units.length);
  const byHeight = room.height / Math.max(1, rows);
  const byWidth = room.width / columns;
  return Math.max(
    SLIDE_CELL.min,
    Math.min(SLIDE_CELL.max, Math.floor(Math.min(byHeight, byWidth))),
  );
}

/**
 * Workload bars that fit a chart `height` px high at the slide's type size (a
 * bar 1.9 lines of 24 px, the axis labels above), at least 5.
 */
export function slideBars(height: number): number {
  return Math.max(5, Math.floor((height - 30) / 46));
}

/**
 * The heatmap cell size (within `SLIDE_CELL`) that makes the whole matrix fit its slide,
 * measured on the heatmap drawn at `current` px: the room the slide leaves for
 * the matrix, less the unit names above it, shared by its rows (items and
 * section headings) and, across, by its columns. The names' height hardly
 * depends on the cell size, so one measurement is enough.
 */
export function fitHeatmapCell(
  el: HTMLElement & { layout?: HeatmapLayoutLike },
  current: number,
): number | undefined {
  const layout = el.layout;
  const body = el.closest('.slide-body');
  const viewport = el.shadowRoot?.querySelector<HTMLElement>('[part~="viewport"]');
  if (!layout || !body || !viewport) return undefined;
  // the element's own height is capped by the slide: its frame's is not
  const frame = viewport.closest('[part~="frame"]') ?? viewport;
  const top = el.getBoundingClientRect().top;
  const bottom = Math.max(top + el.offsetHeight, frame.getBoundingClientRect().bottom);
  const chrome = bottom - top - viewport.offsetHeight;
  const cap = parseFloat(getComputedStyle(viewport).maxHeight);
  // what else the slide shows under the chart (a note of units left out), with its gap
  const gap = parseFloat(getComputedStyle(body).rowGap) || 0;
  const besides = [...body.children]
    .filter((c) => c !== el)
    .reduce((sum, c) => sum + (c as HTMLElement).offsetHeight + gap, 0);
  // a pixel spare for rounding
  const room =
    Math.min(body.clientHeight - besides - chrome, Number.isFinite(cap) ? cap : Infinity) - 1;
  const { matrix } = layout.regions;
  const rows = (layout.height - matrix.y) / current;
  // columns widen to fill the width (`columnWidth`); the item bars beside them do not
  const columns = layout.columns.length + (layout.width - matrix.x - matrix.w) / current;
  const byHeight = (room - matrix.y) / rows;
  const byWidth = (viewport.clientWidth - matrix.x) / columns;
  return Math.max(
    SLIDE_CELL.min,
    Math.min(SLIDE_CELL.max, Math.floor(Math.min(byHeight, byWidth))),
  );
}

/**
 * The height the workload chart takes so that the element fills its slide:
 * the slide body's height less what the element draws besides the chart (its
 * legend and the "N more units" note), a pixel spare for rounding. Rows grow
 * to share it (`workloadLayout`'s `height`).
 */
export function fitWorkloadHeight(el: HTMLElement): number | undefined {
  const body = el.closest('.slide-body');
  const chart = el.shadowRoot?.querySelector<SVGElement>('[part~="chart"]');
  if (!body || !chart) return undefined;
  const figure = chart.closest('[part~="figure"]') ?? el;
  const chrome = figure.getBoundingClientRect().height - chart.getBoundingClientRect().height;
  return Math.max(240, Math.floor(body.clientHeight - chrome - 1));
}

/** The part of the heatmap's public `layout` that the fit reads. */
export interface HeatmapLayoutLike {
  width: number;
  height: number;
  columns: readonly unknown[];
  regions: { matrix: { x: number; y: number; w: number } };
}

function slideBody(
  { id, page }: Slide,
  insight: PlanInsight,
  lang: UiLang,
  theme: Theme,
  m: DashboardMessages,
  fitted: { cellSize: number; barsHeight: number },
  unit: UnitReport | undefined,
): TemplateResult {
  const { cellSize } = fitted;
  switch (id) {
    case 'no-lead':
      return itemList(noLeadRows(insight), m);
    case 'unit':
      return unit ? itemList(unitRows(insight, unit, m), m) : html``;
    case 'headline':
      // the overview sentence is the slide's title (`slideMessage`): the cards hold the figures
      return html`<remit-summary
        source="plan"
        lang=${lang}
        theme=${theme}
        data-view-element="slide-summary"
      ></remit-summary>`;
    case 'heatmap':
      // a page of a large plan draws its part of the plan; a whole plan shares the dashboard's data
      return html`<remit-heatmap
          source=${page ? nothing : 'plan'}
          .data=${page?.part.plan}
          lang=${lang}
          theme=${theme}
          cell-size=${cellSize}
          style=${styleMap({ '--remit-font-size': `${slideHeatmapFont(cellSize)}px` })}
          data-view-element="slide-heatmap"
        ></remit-heatmap
        >${
          page && page.part.hiddenUnits > 0
            ? html`<p class="slide-more" data-hidden-units>
                ${m.slideHiddenUnits(page.part.hiddenUnits)}
              </p>`
            : nothing
        }`;
    case 'network':
      return html`<remit-network
        source="plan"
        lang=${lang}
        theme=${theme}
        static
        fill
        height=${Math.max(240, window.innerHeight - 470)}
        data-view-element="slide-network"
      ></remit-network>`;
    case 'workload':
      return html`<remit-workload
        source="plan"
        lang=${lang}
        theme=${theme}
        limit=${slideBars(fitted.barsHeight)}
        height=${fitted.barsHeight}
        data-view-element="slide-workload"
      ></remit-workload>`;
    case 'compare':
      return html`<remit-compare
        source="plan"
        .earlier=${insight.earlier?.plan}
        .comparison=${insight.earlier?.comparison}
        lang=${lang}
        theme=${theme}
        limit=${slideCompareRows(insight, slideBodyHeight())}
        data-view-element="slide-compare"
      ></remit-compare>`;
    case 'findings':
      return findingsList({ list: topFindings(insight, lang), insight, m, large: true });
  }
}

/**
 * How many units the comparison slide lists in a body `height` px tall: rows
 * of 24 px type (1.9 em each) in what is left by the legend, the two parts'
 * headings, the item-flow bars (one per section), the axis and the note
 * counting the units left out;
 * the units that changed most come first.
 */
export function slideCompareRows(insight: PlanInsight, height: number): number {
  const row = Math.round(SLIDE_TEXT * 1.9);
  const sections = new Set(insight.plan.items.map((i) => i.section ?? '')).size;
  const legend = SLIDE_TEXT * 2;
  const note = SLIDE_TEXT * 1.6;
  const axis = 22 + 14;
  const headings = 2 * row;
  return Math.max(3, Math.floor((height - legend - note - axis - headings - sections * row) / row));
}

/** The height of a slide's body at this window's size, px (the title and footer take the rest). */
export function slideBodyHeight(): number {
  return Math.max(240, window.innerHeight - 290);
}

/** Type size of a slide's text and its charts' `--remit-font-size`, px (as presentation.css sets them). */
export const SLIDE_TEXT = 24;

/**
 * How many of `rows` fit the slide: each item a line of 24 px type (two when
 * its title and units are longer than the slide is wide), with a gap.
 */
function fittingRows(rows: readonly SlideRow[]): number {
  const room = window.innerHeight - 440;
  const line = SLIDE_TEXT * 1.45;
  const width = Math.max(320, window.innerWidth - 160);
  let used = 0;
  let n = 0;
  for (const r of rows) {
    const lines = Math.ceil(((r.title.length + r.units.length + 3) * SLIDE_TEXT) / width);
    used += lines * line + 10;
    if (used > room) break;
    n++;
  }
  return Math.max(1, n);
}

/** A list of items on a slide, with the units of each; what does not fit is counted. */
function itemList(rows: readonly SlideRow[], m: DashboardMessages): TemplateResult {
  const shown = rows.slice(0, fittingRows(rows));
  return html`<ul class="slide-items" data-slide-items>
      ${shown.map(
        (r) =>
          html`<li data-item=${r.id}>
            <span class="slide-item-title">${r.title}</span>
            <span class="slide-item-units">${r.units}</span>
          </li>`,
      )}
    </ul>
    ${rows.length > shown.length ? html`<p class="slide-more">${m.slideMore(rows.length - shown.length)}</p>` : ''}`;
}

/** The metrics of the selected unit, when a unit is selected. */
function selectedUnit(insight: PlanInsight, selection: Selection | null): UnitReport | undefined {
  if (selection?.kind !== 'unit') return undefined;
  return insight.report.units.find((u) => u.id === selection.id);
}

/** A slide's name: the view it shows, or the selected unit's name. */
export function slideName(id: SlideId, m: DashboardMessages, unitName?: string): string {
  const names: Record<SlideId, string> = {
    headline: m.slideHeadline,
    heatmap: m.heatmapTitle,
    network: m.networkTitle,
    workload: m.workloadTitle,
    compare: m.compareTitle,
    'no-lead': m.slideNoLead,
    unit: unitName ?? m.slideUnit,
    findings: m.slideFindings,
  };
  return names[id];
}

export interface SlideSetupActions {
  setSlides(choices: SlideChoices): void;
}

/**
 * Before presenting: every slide the plan has, in the presenter's order, each
 * with a box to leave it out, its title (empty: the message the slide states)
 * and buttons to move it.
 */
export function slideSetup(options: {
  insight: PlanInsight;
  selection: Selection | null;
  choices: SlideChoices;
  lang: UiLang;
  m: DashboardMessages;
  actions: SlideSetupActions;
}): TemplateResult {
  const { insight, selection, choices, lang, m, actions } = options;
  const all = slidesFor(insight, selection, { ...choices, hidden: [] });
  const unit = selectedUnit(insight, selection);
  const set = (patch: Partial<SlideChoices>) => actions.setSlides({ ...choices, ...patch });
  const move = (id: SlideId, by: number) => {
    const order = [...all];
    const at = order.indexOf(id);
    const to = at + by;
    if (to < 0 || to >= order.length) return;
    [order[at], order[to]] = [order[to]!, order[at]!];
    set({ order });
  };
  return html`<details class="panel slide-setup" data-slide-setup>
    <summary>${m.slideSetup}</summary>
    <ol>
      ${all.map((id, k) => {
        const hidden = choices.hidden.includes(id);
        const name = slideName(id, m, unit?.name);
        return html`<li data-slide-choice=${id}>
          <label
            ><input
              type="checkbox"
              data-slide-show=${id}
              .checked=${!hidden}
              @change=${(e: Event) => {
                const show = (e.target as HTMLInputElement).checked;
                set({
                  hidden: show ? choices.hidden.filter((h) => h !== id) : [...choices.hidden, id],
                });
              }}
            />
            ${name}</label
          >
          <input
            type="text"
            data-slide-title=${id}
            aria-label=${m.slideTitleOf(name)}
            maxlength="200"
            placeholder=${slideMessage(id, insight, lang, unit) ?? name}
            .value=${choices.titles[id] ?? ''}
            @change=${(e: Event) =>
              set({
                titles: { ...choices.titles, [id]: (e.target as HTMLInputElement).value.trim() },
              })}
          />
          <button
            type="button"
            data-slide-up=${id}
            aria-label=${m.slideUp(name)}
            ?disabled=${k === 0}
            @click=${() => move(id, -1)}
          >
            ↑
          </button>
          <button
            type="button"
            data-slide-down=${id}
            aria-label=${m.slideDown(name)}
            ?disabled=${k === all.length - 1}
            @click=${() => move(id, 1)}
          >
            ↓
          </button>
        </li>`;
      })}
    </ol>
  </details>`;
}
