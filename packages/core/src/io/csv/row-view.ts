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

const ITEM_KINDS = ['item', 'title', 'section', 'label', 'deadline'] as const;

/**
 * Makes the function that sees each record through the columns
 * `detectLayout` found in `header`; what depends only on the header is worked
 * out once.
 */
export function rowViewer(
  columns: CsvColumns,
  header: readonly string[],
): (record: CsvRecord) => RowView {
  const headers = {} as Record<keyof ItemCells, string>;
  for (const kind of ITEM_KINDS) {
    const c = columns.index.get(kind);
    headers[kind] = (c === undefined ? undefined : header[c]) || kind;
  }
  const at = (kind: ColumnKind) => columns.index.get(kind) ?? -1;
  const [item, title, section, label, deadline] = ITEM_KINDS.map(at);
  return (record) => {
    const { fields } = record;
    return {
      record,
      cell: (kind) => fields[at(kind)],
      itemCells: {
        item: fields[item!],
        title: fields[title!],
        section: fields[section!],
        label: fields[label!],
        deadline: fields[deadline!],
      },
      headers,
    };
  };
}

/** The place of a cell for a diagnostic, or of the row's end when the cell is missing. */
export function placeOf(view: RowView, cell: CsvField | undefined, field: string) {
  if (cell) return { line: cell.line, column: cell.column, field };
  const last = view.record.fields[view.record.fields.length - 1]!;
  return { line: last.line, column: last.column, field };
}
