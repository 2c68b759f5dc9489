import { css } from 'lit';

/**
 * Styles of `<remit-network>`. The category colours are public custom
 * properties `--remit-category-1` … `--remit-category-8` (the eighth is
 * "other"), with light and dark defaults equal to `LIGHT_CATEGORIES` and
 * `DARK_CATEGORIES` in `network.palette.ts` (a test keeps them equal).
 */
export const networkStyles = css`
  :host {
    --_remit-d-category-1: #0072b2;
    --_remit-d-category-2: #d55e00;
    --_remit-d-category-3: #009e73;
    --_remit-d-category-4: #cc79a7;
    --_remit-d-category-5: #b26f00;
    --_remit-d-category-6: #6f62c7;
    --_remit-d-category-7: #5c7a00;
    --_remit-d-category-8: #767676;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      --_remit-d-category-1: #56b4e9;
      --_remit-d-category-2: #e69f00;
      --_remit-d-category-3: #2dbe8e;
      --_remit-d-category-4: #cc79a7;
      --_remit-d-category-5: #f0e442;
      --_remit-d-category-6: #b4a7f0;
      --_remit-d-category-7: #9acd32;
      --_remit-d-category-8: #a0a0a0;
    }
  }
  :host([theme='dark']) {
    --_remit-d-category-1: #56b4e9;
    --_remit-d-category-2: #e69f00;
    --_remit-d-category-3: #2dbe8e;
    --_remit-d-category-4: #cc79a7;
    --_remit-d-category-5: #f0e442;
    --_remit-d-category-6: #b4a7f0;
    --_remit-d-category-7: #9acd32;
    --_remit-d-category-8: #a0a0a0;
  }
  :host {
    --_remit-category-1: var(--remit-category-1, var(--_remit-d-category-1));
    --_remit-category-2: var(--remit-category-2, var(--_remit-d-category-2));
    --_remit-category-3: var(--remit-category-3, var(--_remit-d-category-3));
    --_remit-category-4: var(--remit-category-4, var(--_remit-d-category-4));
    --_remit-category-5: var(--remit-category-5, var(--_remit-d-category-5));
    --_remit-category-6: var(--remit-category-6, var(--_remit-d-category-6));
    --_remit-category-7: var(--remit-category-7, var(--_remit-d-category-7));
    --_remit-category-8: var(--remit-category-8, var(--_remit-d-category-8));
  }
  .c0 {
    --_fill: var(--_remit-category-1);
  }
  .c1 {
    --_fill: var(--_remit-category-2);
  }
  .c2 {
    --_fill: var(--_remit-category-3);
  }
  .c3 {
    --_fill: var(--_remit-category-4);
  }
  .c4 {
    --_fill: var(--_remit-category-5);
  }
  .c5 {
    --_fill: var(--_remit-category-6);
  }
  .c6 {
    --_fill: var(--_remit-category-7);
  }
  .c7 {
    --_fill: var(--_remit-category-8);
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4em 1em;
    margin-bottom: 0.4em;
    color: var(--_remit-muted);
  }
  .controls label {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
  }
  .controls input[type='range'] {
    width: 8em;
    accent-color: var(--_remit-focus);
  }
  .zoom {
    display: inline-flex;
    gap: 0.25em;
    margin-inline-start: auto;
  }
  .zoom button {
    min-width: 2em;
    padding: 0.1em 0.5em;
  }
  .chart {
    position: relative;
  }
  svg.network {
    display: block;
    width: 100%;
    touch-action: none;
    user-select: none;
    -webkit-user-select: none;
    cursor: grab;
  }
  svg.network:active {
    cursor: grabbing;
  }
  .tie {
    stroke: var(--_remit-muted);
    stroke-opacity: 0.45;
    stroke-linecap: round;
  }
  .tie.inferred {
    stroke-dasharray: 4 3;
  }
  .tie.lit {
    stroke: var(--_remit-selected);
    stroke-opacity: 0.9;
  }
  .node {
    cursor: pointer;
  }
  .node .mark {
    fill: var(--_fill);
    stroke: var(--_remit-background);
    stroke-width: 1.5px;
  }
  .node.item .mark {
    fill: var(--_remit-background);
    stroke: var(--_fill);
    stroke-width: 2px;
  }
  .node .ring {
    fill: none;
    stroke: none;
    stroke-width: 2.5px;
  }
  .node.selected .ring {
    stroke: var(--_remit-selected);
  }
  .node.hovered .ring {
    stroke: var(--_remit-text);
    stroke-width: 1.5px;
  }
  .node:focus-visible {
    outline: none;
  }
  .node:focus-visible .ring {
    stroke: var(--_remit-focus);
    stroke-width: 3px;
  }
  .dim .node:not(.lit) {
    opacity: 0.3;
  }
  .dim .tie:not(.lit) {
    stroke-opacity: 0.12;
  }
  .dim .label:not(.lit) {
    opacity: 0.35;
  }
  .label {
    font-size: 12px;
    fill: var(--_remit-text);
    stroke: var(--_remit-background);
    stroke-width: 3px;
    stroke-linejoin: round;
    paint-order: stroke;
    pointer-events: none;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: 0.5em 0 0;
    padding: 0;
    list-style: none;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .swatch {
    flex: none;
    width: 0.85em;
    height: 0.85em;
    border-radius: 50%;
    background: var(--_fill);
  }
  .swatch.square {
    border-radius: 2px;
    background: var(--_remit-background);
    border: 2px solid var(--_fill);
  }
  .encoding {
    margin: 0.35em 0 0;
    color: var(--_remit-muted);
    font-size: 0.92em;
  }
`;
