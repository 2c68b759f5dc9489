import { html, type TemplateResult } from 'lit';
import type { Finding } from '@remit/core';
import type { DashboardMessages } from '../app/messages.js';
import type { PlanInsight } from '../app/plan-insight.js';
import type { Theme, UiLang } from '../app/settings.js';
import { findingsList } from './findings-panel.js';

/** The slides, in order: one view each. */
export const SLIDES = ['headline', 'heatmap', 'network', 'workload', 'findings'] as const;
export type SlideId = (typeof SLIDES)[number];

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
  const { slide, blank, title, insight, lang, theme, m, actions } = options;
  const cellSize = options.cellSize ?? slideCellSize(insight);
  const id = SLIDES[slide]!;
  const heading: Record<SlideId, string> = {
    headline: m.slideHeadline,
    heatmap: m.heatmapTitle,
    network: m.networkTitle,
    workload: m.workloadTitle,
    findings: m.slideFindings,
  };
  const message = slideMessage(id, insight, lang) ?? heading[id];
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
    <section class="slide slide-${id}" aria-roledescription="slide" aria-label=${heading[id]}>
      <header class="slide-head">
        <p class="slide-plan"><span class="slide-view">${heading[id]}</span> · ${title}</p>
        <h2 data-slide-message>${message}</h2>
      </header>
      <div class="slide-body">${slideBody(id, insight, lang, theme, m, cellSize)}</div>
    </section>
    <footer class="slide-foot">
      <span class="slide-count" data-slide-count>${m.slide(slide + 1, SLIDES.length)}</span>
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
          ?disabled=${slide === SLIDES.length - 1}
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
export function slideMessage(id: SlideId, insight: PlanInsight, lang: UiLang): string | undefined {
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
): TemplateResult {
  switch (id) {
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
