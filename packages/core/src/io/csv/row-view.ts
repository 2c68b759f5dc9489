import type { ColumnKind } from './column-kind.js';
import type { ItemCells } from './csv-draft.js';
import type { CsvColumns } from './detect-layout.js';
import type { CsvField, CsvRecord } from './tokenize-csv.js';

/** A data row seen through its header: cells by kind, and each kind's header text. */
export interface RowView {
  record: CsvRecord;
  cell(kind: ColumnKind): CsvField | undefined;
  itemCells: ItemCells;
  /** header text of each item column, for diagnostics' `field` */
  headers: Record<keyof ItemCells, string>;
}

/** Sees a record through the columns `detectLayout` found in `header`. */
export function rowView(
  record: CsvRecord,
  columns: CsvColumns,
  header: readonly string[],
): RowView {
  const cell = (kind: ColumnKind): CsvField | undefined => {
    const c = columns.index.get(kind);
    return c === undefined ? undefined : record.fields[c];
  };
  const name = (kind: ColumnKind): string => {
    const c = columns.index.get(kind);
    return (c === undefined ? undefined : header[c]) || kind;
  };
  return {
    record,
    cell,
    itemCells: {
      item: cell('item'),
      title: cell('title'),
      section: cell('section'),
      label: cell('label'),
      deadline: cell('deadline'),
    },
    headers: {
      item: name('item'),
      title: name('title'),
      section: name('section'),
      label: name('label'),
      deadline: name('deadline'),
    },
  };
}

/** The place of a cell for a diagnostic, or of the row's end when the cell is missing. */
export function placeOf(view: RowView, cell: CsvField | undefined, field: string) {
  if (cell) return { line: cell.line, column: cell.column, field };
  const last = view.record.fields[view.record.fields.length - 1]!;
  return { line: last.line, column: last.column, field };
}
