import { html, type TemplateResult } from 'lit';

/** One column of a data table alternative. */
export interface DataColumn {
  label: string;
  /** right-aligned; values should already be formatted */
  numeric?: boolean;
}

/**
 * A data table alternative for screen readers: a real `<table>` with a
 * caption and column headers (`scope="col"`), the first cell of each row a row
 * header (`scope="row"`). Visually hidden by default: wrapped in a block of
 * the shared `visually-hidden` class (a table ignores `overflow`, so the class
 * on the `<table>` itself would not shrink it, and its full width would widen
 * the page); it stays in the accessibility tree. `hidden: false` gives the bare
 * table. Every value is a text binding.
 *
 * @example dataTable({ caption: '各单位任务量', columns, rows: [['区司法局', '9']] })
 */
export function dataTable(options: {
  caption: string;
  columns: readonly DataColumn[];
  rows: readonly (readonly string[])[];
  hidden?: boolean;
}): TemplateResult {
  const { caption, columns, rows, hidden = true } = options;
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
