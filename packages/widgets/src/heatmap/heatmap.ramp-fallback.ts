import { barFill, rampFill, RAMP_STEPS, type HeatmapPalette } from './heatmap.palette.js';

/**
 * Whether this browser mixes colours in CSS (`color-mix()`: Chrome and Edge 111, Safari 16.2,
 * Firefox 113). Outside a browser (a server importing the module) the answer does not matter.
 */
const MIXES_COLORS =
  typeof CSS === 'undefined' || CSS.supports('color', 'color-mix(in srgb, red 50%, blue)');

/**
 * The ramp's and the bars' colours for browsers without `color-mix()`. The heatmap's CSS fills
 * them with `var(--_remit-ramp-k, color-mix(…))`: where `color-mix()` works the custom property
 * is never set; elsewhere this sets it on the host, mixed from the host's resolved theme by the
 * same `rampFill` and `barFill` the canvas and the exports use. The sheet is the host's own
 * (constructed, so a strict style-src allows it), and nothing is written into the page's DOM.
 */
export function applyRampFallback(root: Node, palette: () => HeatmapPalette): void {
  if (MIXES_COLORS || !(root instanceof ShadowRoot)) return;
  const p = palette();
  let sheet = sheets.get(root);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheets.set(root, sheet);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
  const props = [`--_remit-bar:${barFill(p)}`];
  for (let k = 0; k < RAMP_STEPS; k++) props.push(`--_remit-ramp-${k}:${rampFill(p, k)}`);
  sheet.replaceSync(`:host{${props.join(';')}}`);
}

const sheets = new WeakMap<ShadowRoot, CSSStyleSheet>();
