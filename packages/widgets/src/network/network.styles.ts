import { css } from 'lit';

/**
 * Styles of `<remit-network>`: interaction (hover, selection, focus, dimming)
 * and the HTML around the chart. The marks' colours and sizes come from the
 * scene (`networkScene`), drawn with the theme's tokens (`TOKEN_NETWORK_PALETTE`).
 */
export const networkStyles = css`
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
  .tie.lit {
    stroke: var(--_remit-selected);
    stroke-opacity: 0.9;
  }
  .node {
    cursor: pointer;
  }
  /* an invisible disc under each unit: a target of 24 px at least, however small the node */
  .node .hit {
    fill: transparent;
    stroke: none;
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
    /* size, colour and halo come from the scene, set on the labels' <g> */
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
  }
  .swatch.square {
    border-radius: 2px;
    border: 2px solid;
  }
  .encoding {
    margin: 0.35em 0 0;
    color: var(--_remit-muted);
    font-size: 0.92em;
  }
`;
