import type { WeightedTie } from './check-ties.js';

/**
 * The walk of `backbone` and `backboneOfTies` over checked ties between nodes
 * `0 … count − 1`: ties ranked strongest first, each kept when among the `k`
 * first of either node or when it joins two parts (union-find). Returns the
 * positions in `ties` of the ties kept, in rank order.
 */
export function skeleton(count: number, ties: readonly WeightedTie[], k: number): number[] {
  const m = ties.length;
  const from = new Int32Array(m);
  const to = new Int32Array(m);
  const weight = new Float64Array(m);
  const jaccard = new Float64Array(m);
  const order = new Int32Array(m);
  let kept = 0;
  for (let e = 0; e < m; e++) {
    const t = ties[e]!;
    if (t.source === t.target) continue;
    from[e] = Math.min(t.source, t.target);
    to[e] = Math.max(t.source, t.target);
    weight[e] = t.weight;
    const j = t.jaccard;
    jaccard[e] = typeof j === 'number' && Number.isFinite(j) ? j : 0;
    order[kept++] = e;
  }
  const ranked = order.subarray(0, kept);
  ranked.sort(
    (x, y) =>
      weight[y]! - weight[x]! ||
      jaccard[y]! - jaccard[x]! ||
      from[x]! - from[y]! ||
      to[x]! - to[y]!,
  );
  const seen = new Float64Array(count);
  const parent = new Int32Array(count);
  for (let v = 0; v < count; v++) parent[v] = v;
  const root = (v: number): number => {
    while (parent[v] !== v) {
      parent[v] = parent[parent[v]!]!;
      v = parent[v]!;
    }
    return v;
  };
  const out: number[] = [];
  for (const e of ranked) {
    const a = from[e]!;
    const b = to[e]!;
    let keep = seen[a]! < k || seen[b]! < k;
    seen[a]!++;
    seen[b]!++;
    const ra = root(a);
    const rb = root(b);
    if (ra !== rb) {
      parent[ra] = rb;
      keep = true;
    }
    if (keep) out.push(e);
  }
  return out;
}
