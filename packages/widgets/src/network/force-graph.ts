/**
 * A graph ready for force layout: plain typed arrays, so it crosses to a worker
 * by structured clone (or transfer) and the layout never touches plan objects.
 *
 * Node `i` has radius `radius[i]` (layout units, the same as screen pixels at
 * zoom 1) and cluster `group[i]` (a community id, or -1). Tie `k` joins
 * `source[k]` and `target[k]` with strength `weight[k]` (> 0).
 */
export interface ForceGraph {
  readonly radius: Float64Array;
  readonly group: Int32Array;
  readonly source: Int32Array;
  readonly target: Int32Array;
  readonly weight: Float64Array;
}

/** The number of nodes in a force graph. */
export function nodeCount(graph: ForceGraph): number {
  return graph.radius.length;
}

/**
 * Builds a force graph from plain arrays, dropping ties that point outside the
 * node range, join a node to itself or have no positive finite weight.
 */
export function toForceGraph(
  radius: ArrayLike<number>,
  group: ArrayLike<number> | undefined,
  ties: readonly { source: number; target: number; weight: number }[],
): ForceGraph {
  const n = radius.length;
  const kept = ties.filter(
    (t) =>
      Number.isInteger(t.source) &&
      Number.isInteger(t.target) &&
      t.source >= 0 &&
      t.target >= 0 &&
      t.source < n &&
      t.target < n &&
      t.source !== t.target &&
      Number.isFinite(t.weight) &&
      t.weight > 0,
  );
  const r = new Float64Array(n);
  const g = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const ri = Number(radius[i]);
    r[i] = Number.isFinite(ri) && ri > 0 ? ri : 1;
    const gi = group ? Number(group[i]) : -1;
    g[i] = Number.isInteger(gi) ? gi : -1;
  }
  return {
    radius: r,
    group: g,
    source: Int32Array.from(kept, (t) => t.source),
    target: Int32Array.from(kept, (t) => t.target),
    weight: Float64Array.from(kept, (t) => t.weight),
  };
}
