import { html, nothing, type TemplateResult } from 'lit';
import { glossary, type GlossaryId } from '../app/glossary.js';
import type { DashboardMessages } from '../app/messages.js';
import type { UiLang } from '../app/settings.js';

export interface GlossaryActions {
  /** opens the glossary at one entry */
  explain(id: GlossaryId): void;
}

/**
 * What each measure and word of the page means, in plain words with its
 * formula: a panel that opens at an entry when a "?" beside a figure is
 * pressed (`glossaryLink`).
 */
export function glossaryPanel(options: {
  lang: UiLang;
  open: GlossaryId | undefined;
  m: DashboardMessages;
}): TemplateResult {
  const { lang, open, m } = options;
  return html`<details
    class="panel glossary"
    id="glossary"
    data-glossary
    ?open=${open !== undefined}
  >
    <summary>${m.glossaryTitle}</summary>
    <dl>
      ${glossary(lang).map(
        (e) =>
          html`<dt id="glossary-${e.id}" tabindex="-1" class=${open === e.id ? 'current' : ''}>
              ${e.term}
            </dt>
            <dd>
              ${e.meaning}
              ${e.formula ? html`<br /><code class="formula">${e.formula}</code>` : nothing}
            </dd>`,
      )}
    </dl>
  </details>`;
}

/** A "?" that opens the glossary at `id`, named for screen readers by the term it explains. */
export function glossaryLink(
  id: GlossaryId,
  lang: UiLang,
  m: DashboardMessages,
  actions: GlossaryActions,
): TemplateResult {
  const term = glossary(lang).find((e) => e.id === id)?.term ?? id;
  return html`<button
    type="button"
    class="link glossary-link"
    data-glossary-link=${id}
    aria-label=${m.explain(term)}
    title=${m.explain(term)}
    @click=${() => actions.explain(id)}
  >
    ?
  </button>`;
}
