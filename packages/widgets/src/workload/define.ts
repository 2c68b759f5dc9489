import { RemitWorkload } from './remit-workload.js';

if (!customElements.get('remit-workload')) customElements.define('remit-workload', RemitWorkload);

declare global {
  interface HTMLElementTagNameMap {
    'remit-workload': RemitWorkload;
  }
}
