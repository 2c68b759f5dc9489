import { html, type TemplateResult } from 'lit';

/**
 * A "?" beside a measure's name that asks the page to explain it: it fires
 * `remit-explain` with `detail: { term }` (`share`, `rank`, `gini`, `lead`,
 * `inferred-lead`, `group`, `tie`: the dashboard glossary's ids), bubbling
 * out of the shadow root, for a glossary the page keeps (the dashboard's 术语与
 * 指标说明). `label` is its accessible name.
 */
export function explainButton(host: HTMLElement, term: string, label: string): TemplateResult {
  return html`<button
    type="button"
    class="explain"
    data-explain=${term}
    aria-label=${label}
    title=${label}
    @click=${() =>
      host.dispatchEvent(
        new CustomEvent('remit-explain', { detail: { term }, bubbles: true, composed: true }),
      )}
  >
    ?
  </button>`;
}

/** `detail` of `remit-explain`: the id of the term to explain. */
export interface ExplainDetail {
  term: string;
}

declare global {
  interface HTMLElementEventMap {
    'remit-explain': CustomEvent<ExplainDetail>;
  }
  interface DocumentEventMap {
    'remit-explain': CustomEvent<ExplainDetail>;
  }
}
