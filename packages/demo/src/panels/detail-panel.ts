import { html, nothing, type TemplateResult } from 'lit';
import type { Selection } from '@remit/widgets';
import { roleWord, type DashboardMessages } from '../app/messages.js';
import type { ItemDetail, RoleOf, UnitDetail } from '../app/selection-detail.js';
import { sourceQuote } from './trace-panel.js';

/**
 * The selected unit (its figures, its items each with the line it was read
 * from, the units it shares items with) or item (its section, units and text). Every name is a button that selects
 * it, so the panel walks the plan like the views do.
 */
export function detailPanel(options: {
  detail: UnitDetail | ItemDetail | undefined;
  /** the document's lines, to quote each of a unit's items where it was read (empty for JSON or CSV) */
  lines: readonly string[];
  m: DashboardMessages;
  select: (s: Selection | null) => void;
  /** shows the items a unit shares with a partner (the weight of their tie) */
  traceShared?: (a: string, b: string) => void;
  /** shows a unit's items with their source lines (the figures of its bar, column and row) */
  traceUnit?: (unit: string) => void;
}): TemplateResult {
  const { detail, lines, m, select, traceShared, traceUnit } = options;
  return html`<section
    class="panel detail"
    id="detail"
    aria-labelledby="detail-title"
    aria-live="polite"
    data-detail=${detail ? `${detail.kind}:${detail.kind === 'unit' ? detail.unit.id : detail.item.id}` : ''}
  >
    <header class="panel-head">
      <h2 id="detail-title">${m.detailTitle}</h2>
      ${
        detail
          ? html`<button
              type="button"
              class="small"
              data-action="clear"
              @click=${() => select(null)}
            >
              ${m.clearSelection}
            </button>`
          : nothing
      }
    </header>
    <div class="panel-body">
      ${
        !detail
          ? html`<p class="muted">${m.detailEmpty}</p>`
          : detail.kind === 'unit'
            ? unitDetail(detail, lines, m, select, traceShared, traceUnit)
            : itemDetail(detail, m, select)
      }
    </div>
  </section>`;
}

function roleLabel(r: RoleOf, m: DashboardMessages): TemplateResult {
  return html`<span class="role ${r.role}${r.inferred ? ' inferred' : ''}"
    >${roleWord(m, r.role, r.inferred)}</span
  >`;
}

function unitDetail(
  d: UnitDetail,
  lines: readonly string[],
  m: DashboardMessages,
  select: (s: Selection | null) => void,
  traceShared?: (a: string, b: string) => void,
  traceUnit?: (unit: string) => void,
): TemplateResult {
  const r = d.row;
  // a member of an expanded group: say when every item came through the group
  const vias = new Set(d.items.map((x) => x.via));
  const through = vias.size === 1 ? [...vias][0] : undefined;
  return html`<h3 class="detail-name" data-detail-name>${d.unit.name}</h3>
    ${
      r
        ? html`<p class="detail-facts">
            ${m.unitFacts(r.items, r.lead, r.inferredLead, r.member, r.rank)}
            ${
              traceUnit
                ? html`<button
                    type="button"
                    class="link small trace-link"
                    data-trace-unit=${d.unit.id}
                    @click=${() => traceUnit(d.unit.id)}
                  >
                    ${m.traceOf}
                  </button>`
                : nothing
            }
          </p>`
        : nothing
    }
    ${through ? html`<p class="detail-facts" data-through=${through}>${m.throughGroup(d.items.length, through)}</p>` : nothing}
    <h4>${m.unitItems}</h4>
    <ol class="detail-list">
      ${d.items.map(
        (x) =>
          html`<li>
            <button
              type="button"
              class="link"
              data-select-kind="item"
              data-select-id=${x.item.id}
              @click=${() => select({ kind: 'item', id: x.item.id })}
            >
              ${x.item.label ? html`<span class="label">${x.item.label}</span>` : nothing}${x.item.title}
            </button>
            ${roleLabel(x, m)}
            ${x.via && !through ? html`<span class="muted" data-via>${m.viaGroup(x.via)}</span>` : nothing}
            ${sourceQuote(x.item, lines, m)}
          </li>`,
      )}
    </ol>
    <h4>${m.partners}</h4>
    ${
      d.partners.length === 0
        ? html`<p class="muted">${m.noPartners}</p>`
        : html`<ul class="detail-list partners">
            ${d.partners.map(
              (p) =>
                html`<li>
                  <button
                    type="button"
                    class="link"
                    data-select-kind="unit"
                    data-select-id=${p.unit.id}
                    @click=${() => select({ kind: 'unit', id: p.unit.id })}
                  >
                    ${p.unit.name}
                  </button>
                  ${
                    traceShared
                      ? html`<button
                          type="button"
                          class="link muted"
                          data-trace-shared=${p.unit.id}
                          @click=${() => traceShared(d.unit.id, p.unit.id)}
                        >
                          ${m.shared(p.shared)}
                        </button>`
                      : html`<span class="muted">${m.shared(p.shared)}</span>`
                  }
                </li>`,
            )}
          </ul>`
    }`;
}

function itemDetail(
  d: ItemDetail,
  m: DashboardMessages,
  select: (s: Selection | null) => void,
): TemplateResult {
  const { item } = d;
  return html`<h3 class="detail-name" data-detail-name>
      ${item.label ? html`<span class="label">${item.label}</span>` : nothing}${item.title}
    </h3>
    <dl class="detail-facts">
      ${
        d.section
          ? html`<dt>${m.section}</dt>
              <dd>${d.section.label ?? ''}${d.section.title}</dd>`
          : nothing
      }
      ${
        item.deadline
          ? html`<dt>${m.deadline}</dt>
              <dd>${item.deadline}</dd>`
          : nothing
      }
    </dl>
    <h4>${m.itemUnits}</h4>
    ${
      d.units.length === 0
        ? html`<p class="muted">${m.noUnits}</p>`
        : html`<ul class="detail-list">
            ${d.units.map(
              (x) =>
                html`<li>
                  <button
                    type="button"
                    class="link"
                    data-select-kind="unit"
                    data-select-id=${x.unit.id}
                    @click=${() => select({ kind: 'unit', id: x.unit.id })}
                  >
                    ${x.unit.name}
                  </button>
                  ${roleLabel(x, m)}
                </li>`,
            )}
          </ul>`
    }
    ${
      item.text
        ? html`<h4>${m.itemText}</h4>
            <p class="item-text">${item.text}</p>`
        : nothing
    }
    ${item.line ? html`<p class="muted">${m.sourceLineOf(item.line)}</p>` : nothing}`;
}
