import { css } from 'lit';

/**
 * The styles a chart of one row per unit shares (`<remit-workload>`,
 * `<remit-compare>`): the legend and its swatches, the axis grid, the row's
 * hover, focus and selected states, the figures beside the marks and the
 * "N more" note. Each chart adds the styles of its own marks.
 */
export const rowChartStyles = css`
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: 0 0 0.5em;
    padding: 0;
    list-style: none;
    color: var(--_remit-text);
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-width: 0;
    max-width: 100%;
    overflow-wrap: anywhere;
  }
  .swatch {
    flex: none;
    width: 0.9em;
    height: 0.9em;
    border-radius: 2px;
    background: var(--_category);
  }
  svg {
    display: block;
    overflow: visible;
  }
  .grid line {
    stroke: var(--_remit-grid);
    shape-rendering: crispEdges;
  }
  .grid text {
    fill: var(--_remit-muted);
    font-size: 0.85em;
  }
  .row {
    cursor: pointer;
  }
  .row .hit {
    fill: transparent;
  }
  .row:hover .hit,
  .mark:focus-visible .hit,
  .row.hovered .hit {
    fill: var(--_remit-surface);
  }
  .row.selected .hit {
    fill: var(--_remit-surface);
    stroke: var(--_remit-selected);
    stroke-width: 2px;
  }
  .row.selected .label,
  .row.related .label {
    font-weight: 600;
  }
  .mark:focus-visible {
    outline: 2px solid var(--_remit-focus);
    outline-offset: -1px;
  }
  .value {
    fill: var(--_remit-muted);
    font-size: 0.9em;
    font-variant-numeric: tabular-nums;
  }
  /* a printed handout carries no text under 9 pt (12 px) */
  @media print {
    .value,
    .grid text {
      font-size: max(12px, 0.9em);
    }
  }
  .note {
    margin: 0.5em 0 0;
    color: var(--_remit-muted);
  }
`;
