import { css } from 'lit';

export const workloadStyles = css`
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
  .swatch.lead {
    background: var(--_remit-lead);
  }
  .swatch.inferred-lead {
    background: var(--_remit-inferred-lead);
  }
  .swatch.member {
    background: var(--_remit-member);
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
  .row.dimmed .seg {
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
  .seg {
    stroke: var(--_remit-background);
    stroke-width: 1px;
  }
  .seg.lead {
    fill: var(--_remit-lead);
  }
  .seg.inferred-lead {
    fill: var(--_remit-inferred-lead);
  }
  .seg.member {
    fill: var(--_remit-member);
  }
  .seg.section {
    fill: var(--_category);
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
