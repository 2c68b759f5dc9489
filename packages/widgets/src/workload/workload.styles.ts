import { css } from 'lit';

/** `<remit-workload>`'s own styles, after `rowChartStyles`: the role swatches and the bars' segments. */
export const workloadStyles = css`
  .swatch.lead {
    background: var(--_remit-lead);
  }
  .swatch.inferred-lead {
    background: var(--_remit-inferred-lead);
  }
  .swatch.member {
    background: var(--_remit-member);
  }
  .row.dimmed .seg {
    opacity: 0.3;
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
`;
