import type { SourceText } from '../text/source-text.js';
import { NUMBER } from './cell-kind.js';
import type { TableCell } from './split-cells.js';

/**
 * Groups a stream of cells (one per line) into rows, each starting at its number
 * cell: the next number in sequence, or a larger one once the row is full.
 * Cells before the first number are dropped; heading cells stand alone.
 */
export function segmentRows(
  text: SourceText,
  cells: readonly TableCell[],
  width: number,
): TableCell[][] {
  const rows: TableCell[][] = [];
  let previous = -1;
  let open = false;
  for (const cell of cells) {
    if (cell.heading) {
      rows.push([cell]);
      open = false;
      continue;
    }
    const key = text.key.slice(cell.start, cell.end);
    const current = open ? rows[rows.length - 1] : undefined;
    if (NUMBER.test(key)) {
      const value = parseInt(key, 10);
      const starts =
        !current || value === previous + 1 || (value > previous && current.length >= width);
      if (starts) {
        rows.push([cell]);
        previous = value;
        open = true;
        continue;
      }
    }
    current?.push(cell);
  }
  return rows;
}
