/**
 * Shortens an open path through n points by 2-opt moves: reverse the stretch
 * `path[i..j]` whenever that lowers d(path[i−1], path[j]) + d(path[i], path[j+1])
 * below d(path[i−1], path[i]) + d(path[j], path[j+1]) by more than 1e-9.
 * Scans i, then j, in increasing order and applies each improving move at once
 * (deterministic), for at most `passes` passes over all (i, j). Returns a new
 * array; `d` is the dense row-major distance matrix between the n points, and
 * `path` holds the points 0 … n − 1.
 */
export function twoOpt(path: readonly number[], d: Float64Array, passes: number): number[] {
  const p = [...path];
  const n = p.length;
  const dist = (a: number, b: number) => d[p[a]! * n + p[b]!]!;
  for (let pass = 0; pass < passes; pass++) {
    let improved = false;
    for (let i = 0; i < n - 1; i++) {
      for (let j = i + 1; j < n; j++) {
        const before = (i > 0 ? dist(i - 1, i) : 0) + (j < n - 1 ? dist(j, j + 1) : 0);
        const after = (i > 0 ? dist(i - 1, j) : 0) + (j < n - 1 ? dist(i, j + 1) : 0);
        if (after < before - 1e-9) {
          for (let a = i, b = j; a < b; a++, b--) [p[a], p[b]] = [p[b]!, p[a]!];
          improved = true;
        }
      }
    }
    if (!improved) break;
  }
  return p;
}
