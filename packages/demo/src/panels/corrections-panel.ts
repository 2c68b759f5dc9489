import { html, nothing, type TemplateResult } from 'lit';
import type { CorrectionRequest, Plan } from '@remit/core/model';
import type { ItemReading } from '@remit/core/parse';
import type { Selection } from '@remit/widgets';
import type { DashboardMessages } from '../app/messages.js';
import { aliasSuggestions, type EditHistory } from '../app/plan-edits.js';
import { correctionLine } from './edit-panel.js';

export interface CorrectionsActions {
  correct(request: CorrectionRequest): void;
  undo(): void;
  redo(): void;
  select(selection: Selection | null): void;
}

/** Items listed for review at most: the least certain first. */
const MAX_REVIEW = 12;

/**
 * Correcting the reading: undo and redo; the items the reader was least sure
 * of, to check first (its confidence and why); names that probably name one
 * unit, to merge or to keep apart; and every correction made, newest first,
 * with the reading it replaced. `note` is why the last correction was not
 * made; `asWritten` that the plan is read with a directory or groups
 * expanded, while corrections go to the plan as written.
 */
export function correctionsPanel(options: {
  plan: Plan;
  readings: readonly ItemReading[];
  history: EditHistory;
  note: string | undefined;
  asWritten: boolean;
  m: DashboardMessages;
  actions: CorrectionsActions;
}): TemplateResult {
  const { plan, readings, history, note, asWritten, m, actions } = options;
  const titles = new Map(plan.items.map((i) => [i.id, `${i.label ?? ''}${i.title}`]));
  const review = readings
    .filter((r) => r.confidence < 1 && titles.has(r.item))
    .sort((a, b) => a.confidence - b.confidence)
    .slice(0, MAX_REVIEW);
  const suggestions = aliasSuggestions(plan);
  const idOf = new Map(plan.units.map((u) => [u.name, u.id]));
  const log = [...(plan.corrections ?? [])].reverse();
  return html`<section
    class="panel corrections-panel"
    aria-labelledby="corrections-title"
    data-corrections
  >
    <header class="panel-head">
      <h2 id="corrections-title">${m.correctionsTitle}</h2>
      <div class="panel-actions" role="group" aria-label=${m.correctionsTitle}>
        <button
          type="button"
          class="small"
          data-action="undo"
          ?disabled=${history.past.length === 0}
          @click=${actions.undo}
        >
          ${m.undo}
        </button>
        <button
          type="button"
          class="small"
          data-action="redo"
          ?disabled=${history.future.length === 0}
          @click=${actions.redo}
        >
          ${m.redo}
        </button>
      </div>
    </header>
    <p class="muted small-print">${m.correctionsHint}</p>
    ${asWritten ? html`<p class="muted" data-corrections-as-written>${m.editAsWritten}</p>` : nothing}
    <p class="error-line" role="status" data-correction-note>${note ?? ''}</p>
    ${
      review.length > 0
        ? html`<h3 class="reading-sub">${m.toReview}</h3>
            <ol class="review" data-review>
              ${review.map(
                (r) =>
                  html`<li>
                    <button
                      type="button"
                      class="link"
                      data-select-kind="item"
                      data-select-id=${r.item}
                      @click=${() => actions.select({ kind: 'item', id: r.item })}
                    >
                      ${titles.get(r.item)}
                    </button>
                    <span class="muted">${m.confidence(r.confidence, r.doubts)}</span>
                  </li>`,
              )}
            </ol>`
        : nothing
    }
    ${
      suggestions.length > 0
        ? html`<h3 class="reading-sub">${m.likelyAliases}</h3>
            <ul class="aliases" data-aliases>
              ${suggestions.map((p) => {
                const a = idOf.get(p.a);
                const b = idOf.get(p.b);
                return html`<li data-alias=${`${p.a}|${p.b}`}>
                  <span>${p.a} / ${p.b}</span>
                  <button
                    type="button"
                    class="small"
                    data-alias-merge
                    ?disabled=${!a || !b}
                    @click=${() => a && b && actions.correct({ kind: 'merge-units', unit: b, into: a })}
                  >
                    ${m.mergeAlias}
                  </button>
                  <button
                    type="button"
                    class="small"
                    data-alias-dismiss
                    @click=${() => actions.correct({ kind: 'dismiss-alias', a: p.a, b: p.b })}
                  >
                    ${m.dismissAlias}
                  </button>
                </li>`;
              })}
            </ul>`
        : nothing
    }
    <h3 class="reading-sub">${m.correctionLog(log.length)}</h3>
    ${
      log.length > 0
        ? html`<ol class="corrections" data-correction-log>
            ${log.map((c) => correctionLine(c, m))}
          </ol>`
        : html`<p class="muted">${m.noCorrections}</p>`
    }
  </section>`;
}
