import type { OfficeTable } from '../office-document.js';
import { tableGrid, type SpannedCell } from '../table/table-grid.js';

// a merged range larger than this is a sheet's formatting, not a cell of a table
const MAX_MERGED = 100_000;

/** A merged range of a sheet, 0-based and inclusive. */
export interface SheetMerge {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

/** A sheet's cells as text: `cells[r][c]`, sparse (rows and cells may be missing). */
export interface SheetCells {
  name: string;
  cells: (string | undefined)[][];
  merges: readonly SheetMerge[];
}

/**
 * A sheet as a table grid, every cell named as Excel names it (`Sheet1!C14`);
 * a merged range's value (its top left cell's) spreads over the range.
 * Rows and columns before the first used ones are left out.
 */
export function sheetTable(sheet: SheetCells): OfficeTable {
  const origins = new Map<string, SheetMerge>();
  const covered = new Set<string>();
  // rows a merge reaches down into: kept even when blank, so the spans stay in line
  const spanned = new Set<number>();
  // a merge reaching past the last row or column with a value (a whole column
  // merged) ends there: the cells past it hold nothing to spread
  const lastRow = sheet.cells.length - 1;
  let lastColumn = 0;
  for (const row of sheet.cells) if (row) lastColumn = Math.max(lastColumn, row.length - 1);
  const merges = sheet.merges
    .map((m) => ({ ...m, r1: Math.min(m.r1, lastRow), c1: Math.min(m.c1, lastColumn) }))
    .filter(
      (m) => m.r1 >= m.r0 && m.c1 >= m.c0 && (m.r1 - m.r0 + 1) * (m.c1 - m.c0 + 1) <= MAX_MERGED,
    );
  for (const m of merges) {
    origins.set(`${m.r0},${m.c0}`, m);
    for (let r = m.r0; r <= m.r1; r++) {
      if (r > m.r0) spanned.add(r);
      for (let c = m.c0; c <= m.c1; c++) if (r !== m.r0 || c !== m.c0) covered.add(`${r},${c}`);
    }
  }
  const left = firstUsedColumn(sheet);
  const mergesByRow = new Map<number, SheetMerge[]>();
  let height = sheet.cells.length;
  for (const m of merges) {
    mergesByRow.set(m.r0, [...(mergesByRow.get(m.r0) ?? []), m]);
    height = Math.max(height, m.r1 + 1);
  }
  const rows: SpannedCell[][] = [];
  const rowNumbers: number[] = [];
  for (let r = 0; r < height; r++) {
    const row = sheet.cells[r] ?? [];
    const cells: SpannedCell[] = [];
    let width = row.length;
    for (const m of mergesByRow.get(r) ?? []) width = Math.max(width, m.c0 + 1);
    for (let c = left; c < width; c++) {
      const key = `${r},${c}`;
      if (covered.has(key)) continue;
      const text = row[c] ?? '';
      const merge = origins.get(key);
      if (text === '' && !merge) continue;
      cells.push({
        text,
        place: cellAddress(sheet.name, r, c),
        column: c - left,
        ...(merge ? { rowSpan: merge.r1 - merge.r0 + 1, colSpan: merge.c1 - merge.c0 + 1 } : {}),
      });
    }
    if (cells.length === 0 && (rows.length === 0 || !spanned.has(r))) continue;
    rows.push(cells);
    rowNumbers.push(r);
  }
  const table = tableGrid(rows, sheetPlace(sheet.name));
  // the cells the grid added to square it off are named by their own address
  table.rows.forEach((row, i) =>
    row.forEach((cell, c) => {
      if (!cell.mergedFrom && cell.text === '') {
        cell.place = cellAddress(sheet.name, rowNumbers[i]!, c + left);
      }
    }),
  );
  return table;
}

/** The first column holding a value or starting a merge. */
function firstUsedColumn(sheet: SheetCells): number {
  let left = Infinity;
  for (const row of sheet.cells) {
    if (!row) continue;
    const c = row.findIndex((v) => v !== undefined && v !== '');
    if (c >= 0 && c < left) left = c;
  }

  return Number.isFinite(left) ? left : 0;
}

/** `Sheet1!C14` (a name with spaces or punctuation quoted, as Excel writes it: `'2024 任务'!C14`). */
export function cellAddress(sheet: string, row: number, column: number): string {
  return `${sheetPlace(sheet)}!${columnName(column)}${row + 1}`;
}

function sheetPlace(name: string): string {
  return /^[\p{L}\p{N}_]+$/u.test(name) ? name : `'${name.replace(/'/gu, "''")}'`;
}

/** 0 → A, 25 → Z, 26 → AA. */
export function columnName(column: number): string {
  let n = column + 1;
  let name = '';
  while (n > 0) {
    const k = (n - 1) % 26;
    name = String.fromCharCode(65 + k) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

/** `C14` → [13, 2]; undefined for anything else. */
export function parseAddress(address: string): [row: number, column: number] | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/u.exec(address.toUpperCase());
  if (!m) return undefined;
  let column = 0;
  for (const ch of m[1]!) column = column * 26 + (ch.charCodeAt(0) - 64);
  return [Number(m[2]) - 1, column - 1];
}
