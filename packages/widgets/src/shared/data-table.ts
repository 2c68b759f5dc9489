import { html, type TemplateResult } from 'lit';

/** One column of a data table alternative. */
export interface DataColumn {
  label: string;
  /** right-aligned; values should already be formatted */
  numeric?: boolean;
}

/**
 * Rows a data table alternative holds at most: past this it lists the first
 * ones and its caption says how many of how many (1–1000 / 200000); a hidden
 * table of every item of a plan of a million assignments would cost more
 * memory and time than the chart it stands for.
 */
export const DATA_TABLE_ROWS = 1000;

/**
 * A data table alternative for screen readers: a real `<table>` with a
 * caption and column headers (`scope="col"`), the first cell of each row a row
 * header (`scope="row"`). Visually hidden by default: wrapped in a block of
 * the shared `visually-hidden` class (a table ignores `overflow`, so the class
 * on the `<table>` itself would not shrink it, and its full width would widen
 * the page); it stays in the accessibility tree. `hidden: false` gives the bare
 * table. Every value is a text binding. At most `DATA_TABLE_ROWS` rows.
 *
 * @example dataTable({ caption: '各单位任务量', columns, rows: [['区司法局', '9']] })
 */
export function dataTable(options: {
  caption: string;
  columns: readonly DataColumn[];
  rows: readonly (readonly string[])[];
  hidden?: boolean;
}): TemplateResult {
  const { columns, hidden = true } = options;
  const all = options.rows;
  const rows = all.length > DATA_TABLE_ROWS ? all.slice(0, DATA_TABLE_ROWS) : all;
  const caption =
    rows === all ? options.caption : `${options.caption} (1–${rows.length} / ${all.length})`;
  const table = html`<table part="data-table" class="data-table">
    <caption>
      ${caption}
    </caption>
    <thead>
      <tr>
        ${columns.map((c) => html`<th scope="col">${c.label}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        (row) =>
          html`<tr>
            ${row.map((cell, i) =>
              i === 0
                ? html`<th scope="row">${cell}</th>`
                : html`<td class=${columns[i]?.numeric ? 'num' : ''}>${cell}</td>`,
            )}
          </tr>`,
      )}
    </tbody>
  </table>`;
  return hidden ? html`<div class="visually-hidden">${table}</div>` : table;
}
