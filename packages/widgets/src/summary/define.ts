import { RemitSummary } from './remit-summary.js';

if (!customElements.get('remit-summary')) customElements.define('remit-summary', RemitSummary);

declare global {
  interface HTMLElementTagNameMap {
    'remit-summary': RemitSummary;
  }
}
