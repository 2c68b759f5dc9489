import type { SourceText } from '../text/source-text.js';
import { NUMBER, type CellKind } from './cell-kind.js';
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

/**
 * Groups a stream of cells into rows where no row has a number (an empty 序号 column):
 * a row starts at a cell of text (its task) and takes the cells of unit names, persons
 * and deadlines after it. Text followed by more text, with no unit cell between, is a
 * heading over the rows below it (`一、关于优化经济结构`, `(1)加快发展现代服务业。`).
 */
export function segmentUnnumberedRows(
  cells: readonly TableCell[],
  kindOf: (cell: TableCell) => CellKind,
): TableCell[][] {
  const rows: TableCell[][] = [];
  const closeHeading = () => {
    const last = rows[rows.length - 1];
    if (last && last.length === 1 && !last[0]!.heading)
      rows[rows.length - 1] = [{ ...last[0]!, heading: true }];
  };
  for (const cell of cells) {
    const kind = kindOf(cell);
    if (kind === 'empty') continue;
    if (kind === 'units' || kind === 'person' || kind === 'deadline') {
      const last = rows[rows.length - 1];
      if (last && !last[0]!.heading) last.push(cell);
      continue;
    }
    closeHeading();
    rows.push([cell]);
  }
  closeHeading();
  return rows;
}
