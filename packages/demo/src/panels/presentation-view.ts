import { html, type TemplateResult } from 'lit';
import type { Finding, UnitReport } from '@remit/core';
import type { Selection } from '@remit/widgets';
import type { DashboardMessages } from '../app/messages.js';
import type { PlanInsight } from '../app/plan-insight.js';
import type { Theme, UiLang } from '../app/settings.js';
import { findingsList } from './findings-panel.js';

/**
 * What a slide can show: the headline figures, a view, the items without a
 * written lead, the unit selected when the presentation starts, the findings.
 */
export type SlideId =
  'headline' | 'heatmap' | 'network' | 'workload' | 'no-lead' | 'unit' | 'findings';

/**
 * The slides of a plan, in order: the headline figures and the three views;
 * the items without a written lead when some item has units but no lead; the
 * selected unit when one is selected; the findings last.
 */
export function slidesFor(
  insight: PlanInsight,
  selection: Selection | null,
  choices: SlideChoices = NO_CHOICES,
): SlideId[] {
  const slides: SlideId[] = ['headline', 'heatmap', 'network', 'workload'];
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

/** What the presenter chose: the order of the slides, those left out, and titles of their own. */
export interface SlideChoices {
  order: readonly SlideId[];
  hidden: readonly SlideId[];
  titles: Readonly<Partial<Record<SlideId, string>>>;
}

export const NO_CHOICES: SlideChoices = { order: [], hidden: [], titles: {} };

/** Findings on the last slide, at most. */
const TOP_FINDINGS = 5;
const RANK: Record<Finding['severity'], number> = { warning: 0, notice: 1, info: 2 };

export interface PresentationActions {
  go(slide: number): void;
  leave(): void;
}

/**
 * The presentation overlay: one slide filling the screen, large type, a
 * footer with the position and the keys. The widgets on slides share the
 * dashboard's `<remit-data>`; the network is static and seeded, so each
 * showing gives the same picture.
 */
export function presentationView(options: {
  slide: number;
  slides: readonly SlideId[];
  titles: SlideChoices['titles'];
  selection: Selection | null;
  blank: boolean;
  /** heatmap cell size measured to fit the screen (see `fitHeatmapCell`), else estimated */
  cellSize: number | undefined;
  title: string;
  insight: PlanInsight;
  lang: UiLang;
  theme: Theme;
  m: DashboardMessages;
  actions: PresentationActions;
}): TemplateResult {
  const { slide, slides, blank, title, insight, lang, theme, m, actions } = options;
  const cellSize = options.cellSize ?? slideCellSize(insight);
  const id = slides[slide] ?? 'headline';
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
  >
    <section class="slide slide-${id}" aria-roledescription="slide" aria-label=${heading(id)}>
      <header class="slide-head">
        <p class="slide-plan"><span class="slide-view">${heading(id)}</span> · ${title}</p>
        <h2 data-slide-message>${message}</h2>
      </header>
      <div class="slide-body">${slideBody(id, insight, lang, theme, m, cellSize, unit)}</div>
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

/** A first guess of the heatmap cell size that fits the slide, before it can be measured. */
function slideCellSize(insight: PlanInsight): number {
  const { plan } = insight;
  const rows = plan.items.length + (plan.sections?.length ?? 0);
  const columns = Math.max(1, plan.units.length);
  // Room left by the slide's title, legend, summary, footer and the heatmap's name labels.
  const byHeight = (window.innerHeight - 380) / Math.max(1, rows);
  const byWidth = (window.innerWidth - 360) / columns;
  return Math.max(16, Math.min(40, Math.floor(Math.min(byHeight, byWidth))));
}

/** Workload bars that fit the slide at its type size (1.9 lines of 24 px a bar), at least 5. */
function slideBars(): number {
  return Math.max(5, Math.floor((window.innerHeight - 380) / 46));
}

/**
 * The heatmap cell size (16 … 40 px; below 16 the unit names crowd) that makes the whole matrix fit its slide,
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
  const chrome = el.offsetHeight - viewport.offsetHeight;
  const cap = parseFloat(getComputedStyle(viewport).maxHeight);
  const room = Math.min(body.clientHeight - chrome, Number.isFinite(cap) ? cap : Infinity) - 8;
  const rows = (layout.height - layout.regions.matrix.y) / current;
  const columns = (layout.width - layout.regions.matrix.x) / current;
  const byHeight = (room - layout.regions.matrix.y) / rows;
  const byWidth = (viewport.clientWidth - layout.regions.matrix.x) / columns;
  return Math.max(16, Math.min(40, Math.floor(Math.min(byHeight, byWidth))));
}

/** The part of the heatmap's public `layout` that the fit reads. */
export interface HeatmapLayoutLike {
  width: number;
  height: number;
  regions: { matrix: { x: number; y: number } };
}

function slideBody(
  id: SlideId,
  insight: PlanInsight,
  lang: UiLang,
  theme: Theme,
  m: DashboardMessages,
  cellSize: number,
  unit: UnitReport | undefined,
): TemplateResult {
  switch (id) {
    case 'no-lead': {
      const { inc } = insight;
      const items = insight.report.items.filter((i) => i.units > 0 && !i.hasLead);
      return itemList(
        items.map((i) => {
          const k = inc.itemIndex.get(i.id)!;
          return { id: i.id, title: itemTitle(inc.items[k]!), units: unitsOf(insight, k) };
        }),
        m,
      );
    }
    case 'unit': {
      if (!unit) return html``;
      const { inc } = insight;
      const u = inc.unitIndex.get(unit.id)!;
      const seen = new Set<number>();
      const rows: { id: string; title: string; units: string }[] = [];
      for (const a of inc.byUnit[u]!) {
        const k = inc.itemOf[a]!;
        if (seen.has(k)) continue;
        seen.add(k);
        const assignment = inc.assignments[a]!;
        const role =
          assignment.role === 'lead' ? (assignment.inferred ? m.inferredLead : m.lead) : m.member;
        const others = unitsOf(insight, k, u);
        rows.push({
          id: inc.items[k]!.id,
          title: itemTitle(inc.items[k]!),
          units: others ? `${role} · ${others}` : role,
        });
      }
      return itemList(rows, m);
    }
    case 'headline':
      // the overview sentence is the slide's title (`slideMessage`): the cards hold the figures
      return html`<remit-summary
        source="plan"
        lang=${lang}
        theme=${theme}
        data-view-element="slide-summary"
      ></remit-summary>`;
    case 'heatmap':
      return html`<remit-heatmap
        source="plan"
        lang=${lang}
        theme=${theme}
        cell-size=${cellSize}
        data-view-element="slide-heatmap"
      ></remit-heatmap>`;
    case 'network':
      return html`<remit-network
        source="plan"
        lang=${lang}
        theme=${theme}
        static
        height=${Math.max(240, window.innerHeight - 470)}
        data-view-element="slide-network"
      ></remit-network>`;
    case 'workload':
      return html`<remit-workload
        source="plan"
        lang=${lang}
        theme=${theme}
        limit=${slideBars()}
        data-view-element="slide-workload"
      ></remit-workload>`;
    case 'findings': {
      const top = insight
        .findings(lang)
        .filter((f) => f.id !== 'overview')
        .map((f, k) => ({ f, k }))
        .sort((a, b) => RANK[a.f.severity] - RANK[b.f.severity] || a.k - b.k)
        .slice(0, TOP_FINDINGS)
        .map(({ f }) => f);
      return findingsList({ list: top, insight, m, large: true });
    }
  }
}

/** Type size of a slide's text, px (see presentation.css). */
const SLIDE_TEXT = 24;

/**
 * How many of `rows` fit the slide: each item a line of 24 px type (two when
 * its title and units are longer than the slide is wide), with a gap.
 */
function fittingRows(rows: readonly { title: string; units: string }[]): number {
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
function itemList(
  rows: readonly { id: string; title: string; units: string }[],
  m: DashboardMessages,
): TemplateResult {
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

/** The names of an item's units (by position), in plan order, without the unit at `except`. */
function unitsOf(insight: PlanInsight, item: number, except = -1): string {
  const { inc } = insight;
  const names: string[] = [];
  for (const a of inc.byItem[item]!) {
    const u = inc.unitOf[a]!;
    if (u === except) continue;
    const name = inc.units[u]!.name;
    if (!names.includes(name)) names.push(name);
  }
  return names.join('、');
}

/** An item as the document numbers it: its label, then its title. */
function itemTitle(item: { label?: string; title: string }): string {
  return item.label ? `${item.label} ${item.title}` : item.title;
}

/** A slide's name: the view it shows, or the selected unit's name. */
export function slideName(id: SlideId, m: DashboardMessages, unitName?: string): string {
  const names: Record<SlideId, string> = {
    headline: m.slideHeadline,
    heatmap: m.heatmapTitle,
    network: m.networkTitle,
    workload: m.workloadTitle,
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
