import { css, unsafeCSS } from 'lit';
import { RAMP_CSS } from './heatmap.palette.js';

const ramp = RAMP_CSS.map((color, k) => `.ramp-${k} { fill: ${color}; }`).join('\n');

/** The heatmap's own styles; tokens and base styles come from `RemitElement`. */
export const heatmapStyles = css`
  .legend {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 1em;
    margin: 0 0 0.4em;
    padding: 0;
    list-style: none;
    font-size: 0.92em;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
  }
  .legend svg {
    width: 1em;
    height: 1em;
    flex: none;
  }
  .legend .ramp-swatch {
    width: 5em;
  }
  /* The table alternative is for assistive technology only: kept off-screen so
     content-visibility lets the browser skip laying out thousands of rows
     until something (a screen reader, find in page) asks for them. */
  .table-alternative {
    position: absolute;
    top: 0;
    left: -100000px;
    width: 1px;
    content-visibility: auto;
    contain-intrinsic-size: auto 1px auto 1px;
  }
  .summary {
    margin: 0 0 0.5em;
    color: var(--_remit-muted);
    font-size: 0.92em;
    overflow-wrap: anywhere;
  }
  .viewport {
    position: relative;
    overflow: auto;
    max-width: 100%;
    max-height: var(--remit-heatmap-max-height, 640px);
    overscroll-behavior: contain;
    border: 1px solid var(--_remit-grid);
    border-radius: 4px;
    background: var(--_remit-background);
  }
  .content {
    position: relative;
  }
  .content.svg {
    display: grid;
  }
  .pane {
    display: block;
    background: var(--_remit-background);
    overflow: visible;
  }
  .corner {
    grid-area: 1 / 1;
    position: sticky;
    top: 0;
    left: 0;
    z-index: 3;
  }
  .colhead {
    grid-area: 1 / 2;
    position: sticky;
    top: 0;
    z-index: 2;
  }
  .rowhead {
    grid-area: 2 / 1;
    position: sticky;
    left: 0;
    z-index: 2;
  }
  .body {
    grid-area: 2 / 2;
  }
  canvas {
    position: sticky;
    top: 0;
    left: 0;
    display: block;
  }
  .focus {
    position: absolute;
    z-index: 4;
    margin: 0;
    padding: 0;
    border: 0;
    border-radius: 2px;
    background: transparent;
    cursor: pointer;
  }
  .focus:focus-visible {
    outline: 2px solid var(--_remit-focus);
    outline-offset: 0;
    box-shadow: 0 0 0 4px var(--_remit-background);
  }
  .stripe {
    fill: var(--_remit-surface);
  }
  .stripe.hover,
  .column-hover {
    fill: var(--_remit-grid);
  }
  .column-hover {
    opacity: 0.6;
  }
  .band-line {
    stroke: var(--_remit-grid);
  }
  .lead {
    fill: var(--_remit-lead);
  }
  .inferred {
    fill: var(--_remit-inferred-lead);
  }
  .member {
    fill: var(--_remit-member);
  }
  .hatch {
    fill: var(--_remit-background);
  }
  .hatched {
    pointer-events: none;
  }
  .hatch-line {
    stroke: var(--_remit-background);
    stroke-width: 1.5;
  }
  .legend svg {
    overflow: hidden;
  }
  .bar {
    fill: var(--_remit-bar, color-mix(in srgb, var(--_remit-muted) 80%, var(--_remit-background)));
  }
  svg text.figure {
    fill: var(--_remit-muted);
  }
  svg text.band {
    font-weight: 600;
  }
  svg text.selected,
  svg .selected > text {
    fill: var(--_remit-selected);
    font-weight: 600;
  }
  .outline {
    fill: none;
    stroke: var(--_remit-selected);
    stroke-width: 2;
  }
  ${unsafeCSS(ramp)}
`;
