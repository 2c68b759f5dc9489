import { RemitNetwork } from './network.js';

if (!customElements.get('remit-network')) customElements.define('remit-network', RemitNetwork);

declare global {
  interface HTMLElementTagNameMap {
    'remit-network': RemitNetwork;
  }
}
