/**
 * Shortens an open path through n points by 2-opt moves: reverse the stretch
 * `path[i..j]` whenever that lowers d(path[i−1], path[j]) + d(path[i], path[j+1])
 * below d(path[i−1], path[i]) + d(path[j], path[j+1]) by more than 1e-9.
 *
 * Only stretches of at most `window` points are tried (j − i < window), which
 * makes a pass O(n · window) instead of O(n²): seriation starts from an order
 * that is already good at large scale and needs local repairs. Scans i, then j,
 * in increasing order and applies each improving move at once (deterministic),
 * for at most `passes` passes. Returns a new array; `d` is the dense row-major
 * distance matrix between the n points, and `path` holds the points 0 … n − 1.
 */
export function twoOpt(
  path: readonly number[],
  d: Float64Array,
  passes: number,
  window: number,
): number[] {
  const p = Int32Array.from(path);
  const n = p.length;
  for (let pass = 0; pass < passes; pass++) {
    let improved = false;
    for (let i = 0; i < n - 1; i++) {
      const last = Math.min(n - 1, i + window - 1);
      for (let j = i + 1; j <= last; j++) {
        const a = p[i]!;
        const b = p[j]!;
        const before =
          (i > 0 ? d[p[i - 1]! * n + a]! : 0) + (j < n - 1 ? d[b * n + p[j + 1]!]! : 0);
        const after = (i > 0 ? d[p[i - 1]! * n + b]! : 0) + (j < n - 1 ? d[a * n + p[j + 1]!]! : 0);
        if (after < before - 1e-9) {
          p.subarray(i, j + 1).reverse();
          improved = true;
        }
      }
    }
    if (!improved) break;
  }
  return Array.from(p);
}
