import { html, nothing, type TemplateResult } from 'lit';
import type { DashboardMessages } from '../app/messages.js';

export interface SavedActions {
  openSaved(name: string): void;
  clearSaved(): void;
}

/**
 * The work kept in this browser: which plan was reopened on loading, the
 * plans kept (newest first) to open again, and a button that forgets them
 * all. Nothing leaves the machine.
 */
export function savedPanel(options: {
  recent: readonly { name: string; savedAt: string }[];
  resumed: { name: string; savedAt: string } | undefined;
  note: string | undefined;
  /** when the plan shown was kept, if it is kept as shown */
  saved: string | undefined;
  m: DashboardMessages;
  actions: SavedActions;
}): TemplateResult {
  const { recent, resumed, note, saved, m, actions } = options;
  return html`<section class="panel saved" aria-labelledby="saved-title" data-saved>
    <header class="panel-head"><h2 id="saved-title">${m.savedTitle}</h2></header>
    ${
      resumed
        ? html`<p class="source-line" data-resumed=${resumed.name}>
            ${m.resumed(resumed.name, when(resumed.savedAt))}
          </p>`
        : nothing
    }
    <p class="muted small-print">${m.savedHint}</p>
    ${saved ? html`<p class="muted" data-saved-at=${saved}>${m.savedAt(when(saved))}</p>` : nothing}
    ${
      recent.length > 0
        ? html`<ul class="detail-list" data-recent>
              ${recent.map(
                (r) =>
                  html`<li>
                    <button
                      type="button"
                      class="link"
                      data-open-saved=${r.name}
                      @click=${() => actions.openSaved(r.name)}
                    >
                      ${r.name}
                    </button>
                    <span class="muted">${when(r.savedAt)}</span>
                  </li>`,
              )}
            </ul>
            <button
              type="button"
              class="small"
              data-action="clear-saved"
              @click=${actions.clearSaved}
            >
              ${m.clearSaved}
            </button>`
        : nothing
    }
    <p class="error-line" role="status" data-save-note>${note ?? ''}</p>
  </section>`;
}

/** A saved time as the page shows it: date and minute, in the browser's time zone. */
function when(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
