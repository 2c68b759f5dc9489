import type { AbstractGraph } from 'graphology-types';
import { checkGraph } from './check-graph.js';
import { METRIC_DEFAULTS } from './defaults.js';
import { edgeWeight } from './edge-weight.js';
import { checkInteger, resolveOptions } from './resolve-options.js';

/** A tie kept in the backbone; `source` comes before `target` in the graph's node order. */
export interface BackboneTie {
  source: string;
  target: string;
  weight: number;
}

export interface BackboneOptions {
  /** each unit keeps this many of its strongest ties (default 2); Infinity keeps every tie */
  strongest?: number;
}

/**
 * The readable skeleton of a dense co-responsibility graph: every tie that is
 * among the `strongest` k strongest ties of either of its units, plus a maximum
 * spanning forest (Kruskal), so every connected component of the graph stays
 * connected in the backbone.
 *
 * Ties are ranked once, strongest first, by weight (items shared), then by
 * `jaccard` when edges carry it, then by the position of their first and second
 * unit in node order; this order decides every tie and is the order of the
 * result. Self-loops are ignored. Raising k only adds ties.
 *
 * Cost: O(m log m) for m ties (one sort, one pass with a union-find).
 *
 * @example backbone(coResponsibilityGraph(inc), { strongest: 3 }).length
 */
export function backbone(graph: AbstractGraph, options?: BackboneOptions): BackboneTie[] {
  checkGraph('backbone', graph);
  const { strongest } = resolveOptions('backbone', options, METRIC_DEFAULTS.backbone);
  checkInteger('backbone', 'strongest', strongest, 0, true);
  return skeleton(graph, strongest);
}

function skeleton(graph: AbstractGraph, k: number): BackboneTie[] {
  const nodes = graph.nodes();
  const position = new Map(nodes.map((node, v) => [node, v]));
  const m = graph.size;
  const from = new Int32Array(m);
  const to = new Int32Array(m);
  const weight = new Float64Array(m);
  const jaccard = new Float64Array(m);
  let count = 0;
  graph.forEachEdge((_edge, attributes, source, target) => {
    const a = position.get(source)!;
    const b = position.get(target)!;
    if (a === b) return;
    from[count] = Math.min(a, b);
    to[count] = Math.max(a, b);
    weight[count] = edgeWeight(attributes);
    const j = attributes['jaccard'];
    jaccard[count] = typeof j === 'number' && Number.isFinite(j) ? j : 0;
    count++;
  });
  const order = new Int32Array(count);
  for (let e = 0; e < count; e++) order[e] = e;
  order.sort(
    (x, y) =>
      weight[y]! - weight[x]! ||
      jaccard[y]! - jaccard[x]! ||
      from[x]! - from[y]! ||
      to[x]! - to[y]!,
  );
  const seen = new Float64Array(nodes.length);
  const parent = new Int32Array(nodes.length);
  for (let v = 0; v < nodes.length; v++) parent[v] = v;
  const root = (v: number): number => {
    while (parent[v] !== v) {
      parent[v] = parent[parent[v]!]!;
      v = parent[v]!;
    }
    return v;
  };
  const ties: BackboneTie[] = [];
  for (const e of order) {
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
    if (keep) ties.push({ source: nodes[a]!, target: nodes[b]!, weight: weight[e]! });
  }
  return ties;
}
