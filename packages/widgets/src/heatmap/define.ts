import { RemitHeatmap } from './heatmap.js';

if (!customElements.get('remit-heatmap')) customElements.define('remit-heatmap', RemitHeatmap);

declare global {
  interface HTMLElementTagNameMap {
    'remit-heatmap': RemitHeatmap;
  }
}
