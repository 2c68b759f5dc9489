import { css } from 'lit';

export const summaryStyles = css`
  .cards {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(10em, 1fr));
    gap: 0.75em;
    margin: 0;
  }
  .card {
    display: flex;
    flex-direction: column;
    gap: 0.2em;
    min-width: 0;
    padding: 0.75em 0.9em;
    background: var(--_remit-surface);
    border: 1px solid var(--_remit-grid);
    border-radius: 6px;
  }
  .card.busiest {
    grid-column: span 2;
  }
  @container (max-width: 22em) {
    .card.busiest {
      grid-column: auto;
    }
  }
  .label {
    margin: 0;
    color: var(--_remit-muted);
    font-size: 0.92em;
    overflow-wrap: anywhere;
  }
  .value {
    margin: 0;
    font-size: 2em;
    font-weight: 600;
    line-height: 1.15;
    font-variant-numeric: tabular-nums;
  }
  .trace {
    font: inherit;
    color: inherit;
    background: none;
    border: 0;
    padding: 0;
    cursor: pointer;
    text-decoration: underline dotted;
    text-underline-offset: 0.15em;
  }
  .trace:focus-visible {
    outline: 2px solid var(--_remit-focus);
    outline-offset: 2px;
  }
  .hint {
    margin: 0;
    color: var(--_remit-muted);
    font-size: 0.85em;
    overflow-wrap: anywhere;
  }
  dd {
    margin: 0;
  }
  .unit-list {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    margin: 0.25em 0 0;
    padding: 0;
    list-style: none;
  }
  .unit {
    display: flex;
    width: 100%;
    justify-content: space-between;
    gap: 0.75em;
    padding: 0.2em 0.4em;
    text-align: start;
    background: transparent;
    border: 1px solid transparent;
    overflow-wrap: anywhere;
  }
  .unit:hover {
    border-color: var(--_remit-grid);
  }
  .unit[aria-pressed='true'] {
    border-color: var(--_remit-selected);
    font-weight: 600;
  }
  .unit .count {
    flex: none;
    color: var(--_remit-muted);
    font-variant-numeric: tabular-nums;
  }
  :host {
    container-type: inline-size;
  }
`;
