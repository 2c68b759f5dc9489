import { RemitData } from './remit-data.js';

if (!customElements.get('remit-data')) customElements.define('remit-data', RemitData);

declare global {
  interface HTMLElementTagNameMap {
    'remit-data': RemitData;
  }
}
