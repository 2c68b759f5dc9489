import { RemitCompare } from './remit-compare.js';

if (!customElements.get('remit-compare')) customElements.define('remit-compare', RemitCompare);

declare global {
  interface HTMLElementTagNameMap {
    'remit-compare': RemitCompare;
  }
}
