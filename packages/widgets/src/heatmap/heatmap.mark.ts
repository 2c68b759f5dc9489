import type { HeatmapLayout, Rect } from './heatmap.model.js';
import { firstCellFrom } from './first-cell-from.js';

/**
 * Something a person can point at or move the keyboard focus to: a cell, an
 * item's row header, or a unit's column header. `index` is into `cells`,
 * `rows` or `columns` of the layout.
 */
export type HeatmapMark =
  | { kind: 'cell'; index: number }
  | { kind: 'row'; index: number }
  | { kind: 'column'; index: number };

/**
 * The mark at a point of the layout, or null. Row headers answer for their
 * label and their bar, column headers for their label and their bar; cells
 * answer for their whole slot, gaps included. Linear in nothing: a binary
 * search over rows and one over the row's cells.
 */
export function heatmapHit(layout: HeatmapLayout, x: number, y: number): HeatmapMark | null {
  const { matrix, rowLabels, rowBars, columnLabels, columnBars } = layout.regions;
  if (y >= columnLabels.y && y < columnBars.y + columnBars.h) {
    const c = Math.floor((x - matrix.x) / layout.columnWidth);
    return x >= matrix.x && c >= 0 && c < layout.columns.length
      ? { kind: 'column', index: c }
      : null;
  }
  const r = rowAt(layout, y);
  if (r < 0) return null;
  if (x >= rowLabels.x && x < rowLabels.x + rowLabels.w) return { kind: 'row', index: r };
  if (x >= rowBars.x && x < rowBars.x + rowBars.w) return { kind: 'row', index: r };
  if (x < matrix.x || x >= matrix.x + matrix.w) return null;
  const c = Math.floor((x - matrix.x) / layout.columnWidth);
  const k = cellAt(layout, r, c);
  return k < 0 ? null : { kind: 'cell', index: k };
}

/** The display row whose slot holds `y`, or -1 (section headings are not rows). */
export function rowAt(layout: HeatmapLayout, y: number): number {
  const rows = layout.rows;
  let lo = 0;
  let hi = rows.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const row = rows[mid]!;
    if (y < row.y) hi = mid - 1;
    else if (y >= row.y + row.h) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The cell at display row `r` and column `c`, or -1. */
export function cellAt(layout: HeatmapLayout, r: number, c: number): number {
  const row = layout.rows[r];
  if (!row) return -1;
  const k = firstCellFrom(layout.grid.column, row.cellStart, row.cellEnd, c);
  return k < row.cellEnd && layout.grid.column[k] === c ? k : -1;
}

/**
 * Where a mark sits in the layout: a cell's slot, a row's label, a column's
 * label and bar. Used to place the focus ring and the tooltip.
 */
export function markRect(layout: HeatmapLayout, mark: HeatmapMark): Rect {
  const { rowLabels, columnLabels, columnBars } = layout.regions;
  if (mark.kind === 'cell') {
    const row = layout.rows[layout.grid.row[mark.index]!]!;
    const col = layout.columns[layout.grid.column[mark.index]!]!;
    return { x: col.x, y: row.y, w: col.w, h: row.h };
  }
  if (mark.kind === 'row') {
    const row = layout.rows[mark.index]!;
    return { x: rowLabels.x, y: row.y, w: rowLabels.w, h: row.h };
  }
  const col = layout.columns[mark.index]!;
  return { x: col.x, y: columnLabels.y, w: col.w, h: columnBars.y + columnBars.h - columnLabels.y };
}

/** True when two marks are the same (both null counts). */
export function sameMark(a: HeatmapMark | null, b: HeatmapMark | null): boolean {
  return a === b || (!!a && !!b && a.kind === b.kind && a.index === b.index);
}
