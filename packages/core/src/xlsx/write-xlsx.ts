import writeXlsxFile, { type Cell, type Sheet as XlsxSheet } from 'write-excel-file/universal';
import type { Sheet, TableCell } from '../io/table.js';
import { columnWidths } from './column-widths.js';

/** The media type of an .xlsx workbook. */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** What Excel refuses in a sheet name. */
const BAD_SHEET_NAME = /[[\]/\\:*?]/u;

/**
 * Writes tables as an .xlsx workbook (Office Open XML), one worksheet per
 * table in the order given, in the browser as in Node. Each sheet's header row
 * is bold and frozen, and each column as wide as its widest cell
 * (`columnWidths`: a 汉字 counts as two). Text cells are stored as text
 * (shared strings), never as formulas, so a cell such as `=HYPERLINK("x")` or
 * an item id `1.10` reads back exactly as written, with no `'` in front;
 * numbers are stored as numbers. Empty cells (`''`) are left out.
 *
 * Sheet names must be unique, 1–31 characters, without `[ ] / \ : * ?`.
 * Resolves to the file's bytes.
 */
export async function writeXlsx(sheets: readonly Sheet[]): Promise<Uint8Array<ArrayBuffer>> {
  if (sheets.length === 0) throw new Error('writeXlsx: a workbook needs at least one sheet');
  const seen = new Set<string>();
  for (const { name } of sheets) {
    if (name.length === 0 || name.length > 31 || BAD_SHEET_NAME.test(name)) {
      throw new Error(
        `writeXlsx: the sheet name ${JSON.stringify(name)} is not one Excel accepts: 1–31 characters, none of [ ] / \\ : * ?`,
      );
    }
    if (seen.has(name.toLowerCase())) {
      throw new Error(`writeXlsx: two sheets are named ${JSON.stringify(name)}`);
    }
    seen.add(name.toLowerCase());
  }
  const blob = await writeXlsxFile(sheets.map(toXlsxSheet)).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}

function toXlsxSheet({ name, table }: Sheet): XlsxSheet<Blob> {
  return {
    sheet: name,
    data: [
      table.header.map((value): Cell => ({ value, type: String, fontWeight: 'bold' })),
      ...table.rows.map((row) => row.map(toCell)),
    ],
    columns: columnWidths(table).map((width) => ({ width })),
    stickyRowsCount: 1,
  };
}

function toCell(cell: TableCell): Cell {
  if (cell === '') return null;
  if (typeof cell === 'string') return { value: cell, type: String };
  // Excel has no NaN or Infinity: such a figure is kept as the text JavaScript writes.
  if (!Number.isFinite(cell)) return { value: String(cell), type: String };
  return { value: cell, type: Number };
}
