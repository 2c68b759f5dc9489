import { html, svg, type TemplateResult } from 'lit';
import type { Lang } from '../shared/lang.js';
import { messages } from '../shared/messages.js';
import { heatmapMessages } from './heatmap.messages.js';
import { CORRECTED_MARK, type HeatmapColor, type RolesDrawn } from './heatmap.model.js';
import { RAMP_STEPS } from './heatmap.palette.js';

/**
 * The heatmap's legend as a list: the roles the matrix draws, with their shapes
 * (a lead fills its cell, an inferred lead is hatched, a member is smaller; a
 * plan without leads shows no lead in its legend), the metric ramp when cells
 * are coloured by a metric, what the bars count, and the mark of corrected
 * items when there are any. Each role asks the page to explain it (`explain`).
 */
export function heatmapLegend(
  color: HeatmapColor,
  lang: Lang,
  roles: RolesDrawn,
  corrected: boolean,
  explain: (term: string, label: string) => TemplateResult,
): TemplateResult {
  const m = messages(lang);
  const h = heatmapMessages[lang];
  const role = color === 'role';
  const swatch = (cls: string, small: boolean, hatched: boolean) =>
    html`<svg viewBox="0 0 10 10" aria-hidden="true">
      <rect
        class=${role ? cls : 'bar'}
        x=${small ? 2 : 0}
        y=${small ? 2 : 0}
        width=${small ? 6 : 10}
        height=${small ? 6 : 10}
      ></rect>
      ${
        hatched
          ? [1, 4, 7, 10, 13].map(
              (d) => svg`<line class="hatch-line" x1=${d - 10} y1="10" x2=${d} y2="0"></line>`,
            )
          : ''
      }
    </svg>`;
  const steps = Array.from({ length: RAMP_STEPS }, (_, k) => k);
  return html`<ul part="legend" class="legend" aria-label=${m.legend}>
    ${roles.lead ? html`<li>${swatch('lead', false, false)}${m.lead}${explain('lead', m.lead)}</li>` : ''}
    ${
      roles.inferredLead
        ? html`<li>
            ${swatch('inferred', false, true)}${m.inferredLead}${explain('inferred-lead', m.inferredLead)}
          </li>`
        : ''
    }
    ${roles.member ? html`<li>${swatch('member', true, false)}${m.member}</li>` : ''}
    ${
      role
        ? ''
        : html`<li>
            ${color === 'workload' ? h.colorWorkload : h.colorUnits} ${h.fewer}
            <svg class="ramp-swatch" viewBox="0 0 ${RAMP_STEPS * 10} 10" aria-hidden="true">
              ${steps.map((k) => svg`<rect class="ramp-${k}" x=${k * 10} width="10" height="10"></rect>`)}
            </svg>
            ${h.more}
          </li>`
    }
    ${corrected ? html`<li><b aria-hidden="true">${CORRECTED_MARK}</b>${h.corrected}</li>` : ''}
    <li>
      <svg viewBox="0 0 10 10" aria-hidden="true">
        <rect class="bar" y="3" width="10" height="7"></rect>
      </svg>
      ${h.workloadBar} / ${h.unitsBar}
    </li>
  </ul>`;
}
