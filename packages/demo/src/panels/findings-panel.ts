import { html, nothing, type TemplateResult } from 'lit';
import type { Finding } from '@remit/core';
import type { Selection } from '@remit/widgets';
import type { DashboardMessages } from '../app/messages.js';
import type { PlanInsight } from '../app/plan-insight.js';

/**
 * The findings in words (core's `findings`), each with its severity and the
 * units and items it names as buttons that select them in every view.
 */
export function findingsList(options: {
  list: readonly Finding[];
  insight: PlanInsight;
  m: DashboardMessages;
  select?: (s: Selection) => void;
  large?: boolean;
  /** what to put after a finding's text, such as a link to the glossary */
  after?: (f: Finding) => TemplateResult | typeof nothing;
}): TemplateResult {
  const { list, insight, m, select } = options;
  const { inc } = insight;
  const chip = (kind: Selection['kind'], id: string): TemplateResult | typeof nothing => {
    const index = kind === 'unit' ? inc.unitIndex.get(id) : inc.itemIndex.get(id);
    if (index === undefined || !select) return nothing;
    const label = kind === 'unit' ? inc.units[index]!.name : inc.items[index]!.title;
    return html`<button
      type="button"
      class="chip ${kind}"
      data-select-kind=${kind}
      data-select-id=${id}
      @click=${() => select({ kind, id })}
    >
      ${label}
    </button>`;
  };
  return html`<ul class="findings ${options.large ? 'large' : ''}" data-findings>
    ${list.map(
      (f) =>
        html`<li class="finding ${f.severity}" data-finding=${f.id}>
          <span class="badge ${f.severity}">${m.findingSeverity[f.severity]}</span>
          <span class="finding-text">${f.text}</span>${options.after ? options.after(f) : nothing}
          ${
            select && (f.units?.length || f.items?.length)
              ? html`<span class="chips"
                  >${(f.units ?? []).map((id) => chip('unit', id))}${(f.items ?? []).map((id) =>
                    chip('item', id),
                  )}</span
                >`
              : nothing
          }
        </li>`,
    )}
  </ul>`;
}
