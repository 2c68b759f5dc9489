/**
 * The dense matrix of Jaccard distances 1 − |A ∩ B| / |A ∪ B| between the sets
 * of a few members, from each member's elements (positions). Row-major,
 * `d[a * n + b]`; two empty sets are at distance 0.
 *
 * Intersections are counted through the elements' member lists, so the cost is
 * Σ over elements of (members holding it)²; `budget` caps that count, and the
 * function returns null when it would be exceeded.
 */
export function jaccardDistances(
  sets: readonly (readonly number[])[],
  elementCount: number,
  budget: number,
): Float64Array | null {
  const n = sets.length;
  const holders: number[][] = Array.from({ length: elementCount }, () => []);
  sets.forEach((set, a) => {
    for (const e of set) holders[e]!.push(a);
  });
  let work = 0;
  for (const h of holders) work += (h.length * (h.length - 1)) / 2;
  if (work > budget) return null;
  // counts go in the upper triangle, then each cell becomes its distance in place
  const d = new Float64Array(n * n);
  for (const h of holders) {
    for (let x = 0; x < h.length; x++) {
      for (let y = x + 1; y < h.length; y++) d[h[x]! * n + h[y]!]!++;
    }
  }
  for (let a = 0; a < n; a++) {
    for (let b = a + 1; b < n; b++) {
      const common = d[a * n + b]!;
      const union = sets[a]!.length + sets[b]!.length - common;
      d[a * n + b] = d[b * n + a] = union === 0 ? 0 : 1 - common / union;
    }
  }
  return d;
}
