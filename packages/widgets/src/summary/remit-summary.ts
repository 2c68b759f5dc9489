import { html, nothing, type TemplateResult } from 'lit';
import { summary } from '@remit/core/metrics/plain';
import type { Incidence } from '@remit/core/model';
import { describePlan } from '../shared/describe-plan.js';
import { localize } from '../shared/lang.js';
import { lastCall } from '../shared/last-call.js';
import { explainButton } from '../shared/explain-button.js';
import { RemitElement } from '../shared/remit-element.js';
import { snapshotSvg } from '../shared/snapshot-svg.js';
import { summaryCards, type SummaryCard } from './summary.model.js';
import { summaryMessages } from './summary.messages.js';
import { summaryStyles } from './summary.styles.js';

/** The figures whose items a page can be asked to show (`remit-trace`); the busiest units select. */
const TRACED: ReadonlySet<SummaryCard['key']> = new Set([
  'items',
  'units',
  'assignments',
  'itemsWithoutLead',
  'gini',
]);

/**
 * `<remit-summary>`: a plan's headline figures as cards: items, units,
 * assignments, items without a written lead, the Gini coefficient of workload,
 * and the busiest units (buttons: press one to select the unit, linked with
 * other elements on the same `<remit-data>`).
 *
 * @csspart figure - the group of cards
 * @csspart card - each card
 * @csspart value - each card's figure
 * @csspart unit - each busiest-unit button
 * @fires remit-explain - `detail: { term: 'gini' }` from the "?" beside the concentration figure
 * @fires remit-trace - `detail: { metric }` when a figure is pressed (`items`, `units`,
 *   `assignments`, `itemsWithoutLead`, `gini`): the page may show the items behind it
 * @cssprop --remit-surface - card background
 * @cssprop --remit-grid - card border
 * @cssprop --remit-selected - border of the selected unit
 */
export class RemitSummary extends RemitElement {
  static override styles = [RemitElement.styles, summaryStyles];

  #summary = lastCall((inc: Incidence) => summary(inc));

  protected defaultLabel(): string {
    return localize(summaryMessages, this.language.lang).title;
  }

  protected override exportDescription(): string | undefined {
    const inc = this.planSource.incidence;
    return inc ? describePlan(inc, this.language.lang) : undefined;
  }

  protected override exportRoot(): SVGSVGElement | null {
    const figure = this.renderRoot.querySelector('[part~="figure"]');
    return figure
      ? snapshotSvg(figure, {
          boxes: '.card',
          texts: '.label, .value, .hint, .unit .name, .unit .count',
        })
      : null;
  }

  protected renderReady(inc: Incidence): TemplateResult {
    const cards = summaryCards(this.#summary(inc), this.language.lang);
    const name = this.accessibleName;
    return html`<div part="figure" role="group" aria-label=${name}>
        <dl class="cards">${cards.map((card) => this.#renderCard(card))}</dl>
      </div>
      <p class="visually-hidden">${describePlan(inc, this.language.lang)}</p>`;
  }

  /**
   * Asks the page to show the items behind a figure: fires `remit-trace` with
   * `detail: { metric }` (`items`, `units`, `assignments`, `itemsWithoutLead`,
   * `gini`), bubbling out of the shadow root.
   */
  #trace(metric: SummaryCard['key']): void {
    this.dispatchEvent(
      new CustomEvent('remit-trace', { detail: { metric }, bubbles: true, composed: true }),
    );
  }

  #renderCard(card: SummaryCard): TemplateResult {
    return html`<div part="card" class="card ${card.key}" data-metric=${card.key}>
      <dt class="label">
        ${card.label}${
          card.key === 'gini'
            ? explainButton(this, 'gini', this.language.messages.explain(card.label))
            : nothing
        }
      </dt>
      ${
        card.value
          ? html`<dd part="value" class="value">
              ${
                TRACED.has(card.key)
                  ? html`<button
                      type="button"
                      class="trace"
                      data-trace=${card.key}
                      aria-label=${localize(summaryMessages, this.language.lang).trace(
                        card.label,
                        card.value,
                      )}
                      @click=${() => this.#trace(card.key)}
                    >
                      ${card.value}
                    </button>`
                  : card.value
              }
            </dd>`
          : nothing
      }
      ${card.hint ? html`<dd class="hint">${card.hint}</dd>` : nothing}
      ${
        card.units?.length
          ? html`<dd>
              <ol class="unit-list">
                ${card.units.map(
                  (u) =>
                    html`<li>
                      <button
                        part="unit"
                        class="unit"
                        type="button"
                        data-unit=${u.unit}
                        aria-pressed=${this.selection.isSelected('unit', u.unit) ? 'true' : 'false'}
                        @click=${() => this.selection.toggle({ kind: 'unit', id: u.unit })}
                        @focus=${() => this.selection.hover({ kind: 'unit', id: u.unit })}
                        @blur=${() => this.selection.hover(null)}
                        @pointerenter=${() => this.selection.hover({ kind: 'unit', id: u.unit })}
                        @pointerleave=${() => this.selection.hover(null)}
                      >
                        <span class="name">${u.name}</span><span class="count">${u.items}</span>
                      </button>
                    </li>`,
                )}
              </ol>
            </dd>`
          : nothing
      }
    </div>`;
  }
}

/** `detail` of `remit-trace`: the figure whose items the page should show. */
export interface TraceDetail {
  metric: SummaryCard['key'];
}

declare global {
  interface HTMLElementEventMap {
    'remit-trace': CustomEvent<TraceDetail>;
  }
  interface DocumentEventMap {
    'remit-trace': CustomEvent<TraceDetail>;
  }
}
