import { css } from 'lit';

/** `<remit-compare>`'s own styles, after `rowChartStyles`: the dumbbells, the item flow, the headings. */
export const compareStyles = css`
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
  .label {
    fill: var(--_remit-text);
  }
  .heading {
    fill: var(--_remit-text);
    font-weight: 600;
  }
  .flow-seg {
    fill: var(--_category);
    stroke: var(--_remit-background);
    stroke-width: 1px;
  }
  .row.absent {
    cursor: default;
  }
  .row.dimmed .dot,
  .row.dimmed .span {
    opacity: 0.3;
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
`;
