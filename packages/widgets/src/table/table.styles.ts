import { css } from 'lit';

export const tableStyles = css`
  .scroll {
    overflow: auto;
    max-height: var(--remit-table-max-height, none);
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
  }
  th,
  td {
    padding: 0.35em 0.6em;
    border-bottom: 1px solid var(--_remit-grid);
    text-align: start;
    vertical-align: top;
    overflow-wrap: anywhere;
  }
  thead th {
    position: sticky;
    top: 0;
    z-index: 1;
    padding: 0;
    background: var(--_remit-surface);
    color: var(--_remit-text);
    font-weight: 600;
    overflow-wrap: normal;
  }
  .num {
    text-align: end;
  }
  /* Narrow hosts scroll sideways rather than break names one character per line. */
  tbody th {
    min-width: 10em;
  }
  td:not(.num) {
    min-width: 7em;
  }
  thead button {
    display: flex;
    width: 100%;
    align-items: center;
    gap: 0.3em;
    padding: 0.45em 0.6em;
    font-weight: 600;
    background: transparent;
    border: 0;
    border-radius: 0;
    text-align: start;
  }
  /* A header is a word or two: lines break between words only (at spaces and
     before （), never inside one (单位数 one character a line); narrow hosts
     scroll sideways instead. */
  thead .label {
    word-break: keep-all;
    overflow-wrap: normal;
  }
  thead .num button {
    justify-content: flex-end;
    text-align: end;
  }
  .arrow {
    display: inline-block;
    width: 0.8em;
    color: var(--_remit-muted);
  }
  tbody th {
    font-weight: normal;
    padding: 0.15em 0.3em;
  }
  .pick {
    width: 100%;
    padding: 0.2em 0.3em;
    text-align: start;
    background: transparent;
    border: 1px solid transparent;
    overflow-wrap: anywhere;
  }
  tr:hover > *,
  tr.hovered > * {
    background: var(--_remit-surface);
  }
  tr.related .pick {
    font-weight: 600;
  }
  tr.dimmed > * {
    color: var(--_remit-muted);
  }
  tr.selected .pick {
    border-color: var(--_remit-selected);
    font-weight: 600;
  }
  /* A long table: rows of one line each, of one height, so that the rows
     outside the view can be left out and stood for by spacers. */
  .windowed {
    max-height: var(--remit-table-max-height, 70vh);
  }
  .windowed table {
    table-layout: fixed;
  }
  .windowed col.num {
    width: 7em;
  }
  .windowed tbody > * > *,
  .windowed .pick {
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .spacer > td {
    padding: 0;
    border: 0;
  }
  .offstage {
    position: absolute;
    top: 0;
    left: -100000px;
  }
`;
