import type { OfficeCell, OfficeTable } from '../office-document.js';

/** A cell as a file writes it: its text and how many rows and columns it spans. */
export interface SpannedCell {
  text: string;
  place: string;
  /** the cell's paragraphs, when it has several (the text joins them with spaces) */
  paragraphs?: string[];
  rowSpan?: number;
  colSpan?: number;
  /** the grid column it starts at, when the file says (Word's grid); else the next free one */
  column?: number;
}

// A spreadsheet's used range can be wide; a table wider than this is a sheet of notes.
const MAX_COLUMNS = 256;
const MAX_SPAN = 10_000;

/**
 * Lays cells out on a grid as HTML and Word do: each cell takes the next
 * column not covered by a cell spanning down from a row above; a merged cell
 * covers the cells to its right and below, which get `mergedFrom` and no text.
 * Every row is padded to the widest, so the grid is rectangular.
 *
 * @example tableGrid([[{ text: '类别', place: 'A1', rowSpan: 2 }, …], …], 'table 1')
 */
export function tableGrid(rows: readonly (readonly SpannedCell[])[], place: string): OfficeTable {
  const grid: (OfficeCell | undefined)[][] = rows.map(() => []);
  rows.forEach((cells, r) => {
    const row = grid[r]!;
    let column = 0;
    for (const cell of cells) {
      if (cell.column !== undefined && cell.column >= column) column = cell.column;
      while (row[column] !== undefined) column++;
      if (column >= MAX_COLUMNS) break;
      const rowSpan = clampSpan(cell.rowSpan, rows.length - r);
      const colSpan = clampSpan(cell.colSpan, MAX_COLUMNS - column);
      const own: OfficeCell = { text: cell.text, place: cell.place };
      if (cell.paragraphs && cell.paragraphs.length > 1) own.paragraphs = cell.paragraphs;
      for (let dr = 0; dr < rowSpan; dr++) {
        for (let dc = 0; dc < colSpan; dc++) {
          const target = grid[r + dr]!;
          if (target[column + dc] !== undefined) continue;
          target[column + dc] =
            dr === 0 && dc === 0
              ? own
              : { text: '', place: cell.place, mergedFrom: [r, column] as const };
        }
      }
      column += colSpan;
    }
  });
  const width = Math.max(0, ...grid.map((row) => row.length));
  const filled = grid.map((row, r) =>
    Array.from(
      { length: width },
      (_, c): OfficeCell => row[c] ?? { text: '', place: rows[r]?.[0]?.place ?? place },
    ),
  );
  return { kind: 'table', rows: filled, place };
}

function clampSpan(span: number | undefined, room: number): number {
  if (span === undefined || !Number.isFinite(span) || span < 1) return 1;
  return Math.max(1, Math.min(Math.floor(span), room, MAX_SPAN));
}
