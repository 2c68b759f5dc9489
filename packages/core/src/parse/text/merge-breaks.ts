/**
 * The text indexes of two lists of breaks, in one ascending list without repeats.
 *
 * The lists come ascending from their scans, so they are merged in one pass: a
 * page that lost its line breaks has thousands of them, and a sort with a
 * comparison function after a copy into a set cost more than the scans that
 * found them. A list out of order is sorted all the same (the answer never
 * depends on how the lists came).
 *
 * @example mergeBreaks([3, 9], [1, 3, 12]) // [1, 3, 9, 12]
 */
export function mergeBreaks(a: readonly number[], b: readonly number[]): number[] {
  if (!isAscending(a) || !isAscending(b)) {
    return [...new Set([...a, ...b])].sort((x, y) => x - y);
  }
  const merged: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i++]! : b[j++]!;
    if (merged.length === 0 || merged[merged.length - 1] !== next) merged.push(next);
  }
  return merged;
}

function isAscending(list: readonly number[]): boolean {
  for (let k = 1; k < list.length; k++) if (list[k]! < list[k - 1]!) return false;
  return true;
}
