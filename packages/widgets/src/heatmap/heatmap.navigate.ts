import type { HeatmapMark } from './heatmap.mark.js';
import type { HeatmapLayout } from './heatmap.model.js';

/**
 * Where the keyboard focus goes from `mark` on `key` (a `KeyboardEvent.key`);
 * null when the key does not move it.
 *
 * - In the matrix, arrows move to the next cell with an assignment in that
 *   direction; Left from a row's first cell reaches its row header, Up from a
 *   column's first cell its column header. Home and End go to the row's first
 *   and last cell.
 * - Row headers move Up and Down between items (so items without units are
 *   reachable) and Right into the row; column headers move Left and Right
 *   between units (so units without items are reachable) and Down into the
 *   column.
 * - At an edge the focus stays where it is.
 */
export function heatmapNavigate(
  layout: HeatmapLayout,
  mark: HeatmapMark,
  key: string,
): HeatmapMark | null {
  const { rows, columns, grid } = layout;
  if (mark.kind === 'cell') {
    const k = mark.index;
    const r = grid.row[k]!;
    const c = grid.column[k]!;
    const row = rows[r]!;
    const list = grid.byColumn.subarray(grid.columnStart[c], grid.columnStart[c + 1]);
    switch (key) {
      case 'ArrowRight':
        return k + 1 < row.cellEnd ? { kind: 'cell', index: k + 1 } : mark;
      case 'ArrowLeft':
        return k - 1 >= row.cellStart ? { kind: 'cell', index: k - 1 } : { kind: 'row', index: r };
      case 'Home':
        return { kind: 'cell', index: row.cellStart };
      case 'End':
        return { kind: 'cell', index: row.cellEnd - 1 };
      case 'ArrowDown':
      case 'ArrowUp': {
        const at = positionIn(list, grid.row, r);
        const next = key === 'ArrowDown' ? at + 1 : at - 1;
        if (next < 0) return { kind: 'column', index: c };
        return next < list.length ? { kind: 'cell', index: list[next]! } : mark;
      }
    }
    return null;
  }
  if (mark.kind === 'row') {
    const row = rows[mark.index]!;
    switch (key) {
      case 'ArrowUp':
        return mark.index > 0 ? { kind: 'row', index: mark.index - 1 } : mark;
      case 'ArrowDown':
        return mark.index + 1 < rows.length ? { kind: 'row', index: mark.index + 1 } : mark;
      case 'ArrowRight':
      case 'End':
        if (row.cellEnd === row.cellStart) return mark;
        return { kind: 'cell', index: key === 'End' ? row.cellEnd - 1 : row.cellStart };
      case 'ArrowLeft':
      case 'Home':
        return mark;
    }
    return null;
  }
  const first = grid.columnStart[mark.index]!;
  const empty = first === grid.columnStart[mark.index + 1];
  switch (key) {
    case 'ArrowLeft':
      return mark.index > 0 ? { kind: 'column', index: mark.index - 1 } : mark;
    case 'ArrowRight':
      return mark.index + 1 < columns.length ? { kind: 'column', index: mark.index + 1 } : mark;
    case 'ArrowDown':
      return empty ? mark : { kind: 'cell', index: grid.byColumn[first]! };
    case 'ArrowUp':
      return mark;
    case 'Home':
      return { kind: 'column', index: 0 };
    case 'End':
      return { kind: 'column', index: columns.length - 1 };
  }
  return null;
}

/** The position of the cell in display row `row` within a column's cell list (sorted by row). */
function positionIn(list: Int32Array, rowOf: Int32Array, row: number): number {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = rowOf[list[mid]!]!;
    if (r < row) lo = mid + 1;
    else if (r > row) hi = mid - 1;
    else return mid;
  }
  return lo;
}

/** The first mark to focus: the first cell, else the first row header, else the first column header. */
export function firstMark(layout: HeatmapLayout): HeatmapMark | null {
  if (layout.grid.count) return { kind: 'cell', index: 0 };
  if (layout.rows.length) return { kind: 'row', index: 0 };
  if (layout.columns.length) return { kind: 'column', index: 0 };
  return null;
}
