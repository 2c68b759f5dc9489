import type { TieTable } from '@remit/core/metrics/plain';

/** Community detection reads at most about this many ties (plus the backbone). */
export const MAX_COMMUNITY_TIES = 150_000;

/**
 * The ties community detection reads: all of them up to `MAX_COMMUNITY_TIES`;
 * beyond, the heaviest whole weight groups that fit in that many, and the
 * `backbone` (so every part of the graph stays joined as it is). Louvain's
 * time grows with the ties, and in a plan of thousands of units the light
 * ties (one or two items shared among millions of pairs) blur the groups more
 * than they shape them. Ties of a unit with itself are left out (unless in
 * the backbone). Two passes over the ties and a count per weight: cheap for
 * millions of them.
 */
export function communityTies(ties: TieTable, backbone: readonly number[]): TieTable {
  if (ties.count <= MAX_COMMUNITY_TIES) return ties;
  const lightest = lightestKept(ties);
  const kept = new Uint8Array(ties.count);
  for (const k of backbone) kept[k] = 1;
  let count = 0;
  for (let k = 0; k < ties.count; k++) {
    if (kept[k] === 0 && ties.weight[k]! >= lightest && ties.source[k] !== ties.target[k]) {
      kept[k] = 1;
    }
    count += kept[k]!;
  }
  const out = {
    count,
    source: new Int32Array(count),
    target: new Int32Array(count),
    weight: new Float64Array(count),
    jaccard: new Float64Array(count),
  };
  for (let k = 0, at = 0; k < ties.count; k++) {
    if (kept[k] === 0) continue;
    out.source[at] = ties.source[k]!;
    out.target[at] = ties.target[k]!;
    out.weight[at] = ties.weight[k]!;
    out.jaccard[at++] = ties.jaccard[k]!;
  }
  return out;
}

const SMALL_WEIGHTS = 4096;

/** The lightest weight whose group still fits, heaviest groups first; Infinity when none fits. */
function lightestKept(ties: TieTable): number {
  // whole weights (items shared) are counted in an array, others in a Map
  const small = new Float64Array(SMALL_WEIGHTS);
  const count = new Map<number, number>();
  for (let k = 0; k < ties.count; k++) {
    if (ties.source[k] === ties.target[k]) continue;
    const w = ties.weight[k]!;
    if (w >= 0 && w < SMALL_WEIGHTS && Number.isInteger(w)) small[w]!++;
    else count.set(w, (count.get(w) ?? 0) + 1);
  }
  small.forEach((c, w) => {
    if (c > 0) count.set(w, c);
  });
  let lightest = Infinity;
  let total = 0;
  for (const weight of [...count.keys()].sort((a, b) => b - a)) {
    total += count.get(weight)!;
    if (total > MAX_COMMUNITY_TIES) break;
    lightest = weight;
  }
  return lightest;
}
