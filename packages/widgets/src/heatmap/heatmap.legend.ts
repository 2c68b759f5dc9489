import { html, svg, type TemplateResult } from 'lit';
import type { Lang } from '../shared/lang.js';
import { messages } from '../shared/messages.js';
import type { HeatmapLegendEntry, HeatmapLegendPaint } from './heatmap.legend-entries.js';

/** The class that fills a swatch in the theme's colours (see heatmap.styles.ts). */
const PAINT_CLASS: Record<HeatmapLegendPaint, string> = {
  lead: 'lead',
  inferredLead: 'inferred',
  member: 'member',
  bar: 'bar',
};

/**
 * The heatmap's legend as a list, one item per entry of `heatmapLegendEntries`
 * (the same entries the export lays out), swatches drawn in the theme's
 * classes. Each role with a `term` asks the page to explain it (`explain`).
 */
export function heatmapLegend(
  entries: readonly HeatmapLegendEntry[],
  lang: Lang,
  explain: (term: string, label: string) => TemplateResult,
): TemplateResult {
  return html`<ul part="legend" class="legend" aria-label=${messages(lang).legend}>
    ${entries.map((e) => html`<li>${legendItem(e, explain)}</li>`)}
  </ul>`;
}

function legendItem(
  e: HeatmapLegendEntry,
  explain: (term: string, label: string) => TemplateResult,
): TemplateResult {
  switch (e.kind) {
    case 'role': {
      const d = e.small ? 2 : 0;
      return html`<svg viewBox="0 0 10 10" aria-hidden="true">
          <rect
            class=${PAINT_CLASS[e.paint]}
            x=${d}
            y=${d}
            width=${10 - 2 * d}
            height=${10 - 2 * d}
          ></rect>
          ${
            e.hatched
              ? [1, 4, 7, 10, 13].map(
                  (x) => svg`<line class="hatch-line" x1=${x - 10} y1="10" x2=${x} y2="0"></line>`,
                )
              : ''
          }</svg
        >${e.label}${e.term ? explain(e.term, e.label) : ''}`;
    }
    case 'ramp': {
      const steps = Array.from({ length: e.steps }, (_, k) => k);
      return html`${e.caption} ${e.fewer}
        <svg class="ramp-swatch" viewBox="0 0 ${e.steps * 10} 10" aria-hidden="true">
          ${steps.map((k) => svg`<rect class="ramp-${k}" x=${k * 10} width="10" height="10"></rect>`)}
        </svg>
        ${e.more}`;
    }
    case 'corrected':
      return html`<b aria-hidden="true">${e.mark}</b>${e.label}`;
    case 'bars':
      return html`<svg viewBox="0 0 10 10" aria-hidden="true">
          <rect class="bar" y="3" width="10" height="7"></rect>
        </svg>
        ${e.label}`;
  }
}
