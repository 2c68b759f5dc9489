import type { WeightedTie } from './check-ties.js';

/**
 * The walk of `backbone` and `backboneOfTies` over checked ties between nodes
 * `0 … count − 1`: ties ranked strongest first, each kept when among the `k`
 * first of either node or when it joins two parts (union-find). Returns the
 * positions in `ties` of the ties kept, in rank order.
 *
 * Ties are walked a weight at a time, heaviest first, and only one weight's
 * ties are sorted at once (by `jaccard`, then nodes). The walk stops once
 * every node has met its `k` first ties (or all it has) and the ties met join
 * every node the whole graph joins: no lighter tie can be kept then. For a
 * dense plan of thousands of units that is thousands of ties sorted instead of
 * millions.
 */
export function skeleton(count: number, ties: readonly WeightedTie[], k: number): number[] {
  const m = ties.length;
  const from = new Int32Array(m);
  const to = new Int32Array(m);
  const jaccard = new Float64Array(m);
  const byWeight = new Map<number, number[]>();
  // how many ties each node still has to meet, and the parts the whole graph makes
  const need = new Int32Array(count);
  const whole = unionFind(count);
  for (let e = 0; e < m; e++) {
    const t = ties[e]!;
    if (t.source === t.target) continue;
    from[e] = Math.min(t.source, t.target);
    to[e] = Math.max(t.source, t.target);
    const j = t.jaccard;
    jaccard[e] = typeof j === 'number' && Number.isFinite(j) ? j : 0;
    const group = byWeight.get(t.weight);
    if (group) group.push(e);
    else byWeight.set(t.weight, [e]);
    need[from[e]!]!++;
    need[to[e]!]!++;
    whole.join(from[e]!, to[e]!);
  }
  let short = 0;
  for (let v = 0; v < count; v++) {
    need[v] = Math.min(need[v]!, k);
    if (need[v]! > 0) short++;
  }
  const seen = new Float64Array(count);
  const met = unionFind(count);
  const out: number[] = [];
  for (const weight of [...byWeight.keys()].sort((a, b) => b - a)) {
    const group = byWeight.get(weight)!;
    group.sort((x, y) => jaccard[y]! - jaccard[x]! || from[x]! - from[y]! || to[x]! - to[y]!);
    for (const e of group) {
      const a = from[e]!;
      const b = to[e]!;
      let keep = seen[a]! < k || seen[b]! < k;
      seen[a]!++;
      seen[b]!++;
      if (need[a]! > 0 && --need[a]! === 0) short--;
      if (need[b]! > 0 && --need[b]! === 0) short--;
      if (met.join(a, b)) keep = true;
      if (keep) out.push(e);
    }
    if (short === 0 && met.parts() === whole.parts()) break;
  }
  return out;
}

/** A union-find over nodes `0 … count − 1`: `join` says whether two parts became one. */
function unionFind(count: number): { join(a: number, b: number): boolean; parts(): number } {
  const parent = new Int32Array(count);
  for (let v = 0; v < count; v++) parent[v] = v;
  let parts = count;
  const root = (v: number): number => {
    while (parent[v] !== v) {
      parent[v] = parent[parent[v]!]!;
      v = parent[v]!;
    }
    return v;
  };
  return {
    join(a, b) {
      const ra = root(a);
      const rb = root(b);
      if (ra === rb) return false;
      parent[ra] = rb;
      parts--;
      return true;
    },
    parts: () => parts,
  };
}
