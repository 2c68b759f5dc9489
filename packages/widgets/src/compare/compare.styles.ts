import { css } from 'lit';

export const compareStyles = css`
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
  }
  .swatch {
    flex: none;
    width: 0.9em;
    height: 0.9em;
    border-radius: 2px;
    background: var(--_category);
  }
  .dot-key {
    flex: none;
    width: 0.75em;
    height: 0.75em;
    border-radius: 50%;
    box-sizing: border-box;
    border: 2px solid var(--_remit-text);
  }
  .dot-key.after {
    background: var(--_remit-text);
  }
  svg {
    display: block;
    overflow: visible;
  }
  .label {
    fill: var(--_remit-text);
  }
  .heading {
    fill: var(--_remit-text);
    font-weight: 600;
  }
  .grid line {
    stroke: var(--_remit-grid);
    shape-rendering: crispEdges;
  }
  .grid text {
    fill: var(--_remit-muted);
    font-size: 0.85em;
  }
  .flow-seg {
    fill: var(--_category);
    stroke: var(--_remit-background);
    stroke-width: 1px;
  }
  .row {
    cursor: pointer;
  }
  .row.absent {
    cursor: default;
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
  .row.dimmed .dot,
  .row.dimmed .span {
    opacity: 0.3;
  }
  .row.selected .label,
  .row.related .label {
    font-weight: 600;
  }
  .mark:focus-visible {
    outline: 2px solid var(--_remit-focus);
    outline-offset: -1px;
  }
  .span {
    stroke: var(--_remit-muted);
    stroke-width: 2px;
  }
  .dot.before {
    fill: var(--_remit-background);
    stroke: var(--_remit-text);
    stroke-width: 2px;
  }
  .dot.after {
    fill: var(--_remit-text);
  }
  .value {
    fill: var(--_remit-muted);
    font-size: 0.9em;
    font-variant-numeric: tabular-nums;
  }
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
