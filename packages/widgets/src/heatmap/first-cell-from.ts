/**
 * The first cell of a row (cells `start` … `end − 1`, in column order) in
 * column `c` or later; `end` when there is none. A binary search of the
 * grid's columns.
 */
export function firstCellFrom(column: Int32Array, start: number, end: number, c: number): number {
  let lo = start;
  let hi = end;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (column[mid]! < c) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
