import { RemitTable } from './remit-table.js';

if (!customElements.get('remit-table')) customElements.define('remit-table', RemitTable);

declare global {
  interface HTMLElementTagNameMap {
    'remit-table': RemitTable;
  }
}
