import type { AbstractGraph } from 'graphology-types';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness.js';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import { checkGraph } from './check-graph.js';
import { METRIC_DEFAULTS } from './defaults.js';
import { edgeWeight } from './edge-weight.js';
import { checkInteger, resolveOptions } from './resolve-options.js';
import { safeKeyed } from './safe-keyed.js';
import { sampledBetweenness } from './sampled-betweenness.js';

/** How central a unit is in the co-responsibility graph. */
export interface UnitCentrality {
  /** the node's `id` attribute when it has one (the unit id in `coResponsibilityGraph`), else its key */
  unit: string;
  /** units it shares at least one item with */
  degree: number;
  /** Σ of its ties' weights: items shared, counted once per partner */
  weightedDegree: number;
  /** normalised betweenness over hop-count shortest paths, 0 … 1 */
  betweenness: number;
  /** PageRank over weighted ties, damping 0.85; sums to 1 over all nodes */
  pagerank: number;
}

export interface CentralityOptions {
  /** betweenness from this many sampled sources (see `sampledBetweenness`); default Infinity = exact */
  betweennessSamples?: number;
  /** seed of the betweenness sample (default 1) */
  seed?: number;
}

/**
 * Centrality of every node of an undirected graph, in node order; meant for
 * `coResponsibilityGraph`, whose edges carry `weight` (missing weights read as 1).
 *
 * For node v with ties N(v): degree = |N(v)|; weightedDegree = Σ_{u ∈ N(v)} w(u, v);
 * betweenness(v) = Σ_{s ≠ v ≠ t} σ_st(v) / σ_st / ((n − 1)(n − 2)) over ordered pairs,
 * σ = number of shortest paths in hops (graphology-metrics, Brandes' algorithm);
 * pagerank: PR(v) = (1 − α)/n + α Σ_{u ∈ N(v)} PR(u) · w(u, v) / Σ_x w(u, x), α = 0.85,
 * with isolated nodes' rank spread evenly (graphology-metrics).
 *
 * Exact betweenness costs O(n · m): 1 s for 2,000 units with 35,000 ties, 6.5 s
 * with 190,000 ties on a 2-core machine (bench/metrics.bench.ts); 500 units with
 * 125,000 ties take well under that. Pass `betweennessSamples` to estimate it
 * from fewer sources instead (see `sampledBetweenness`).
 *
 * @example centrality(coResponsibilityGraph(inc)).sort((a, b) => b.betweenness - a.betweenness)[0]
 */
export function centrality(graph: AbstractGraph, options?: CentralityOptions): UnitCentrality[] {
  checkGraph('centrality', graph);
  const { betweennessSamples, seed } = resolveOptions(
    'centrality',
    options,
    METRIC_DEFAULTS.centrality,
  );
  checkInteger('centrality', 'betweennessSamples', betweennessSamples, 1, true);
  if (typeof seed !== 'number' || !Number.isFinite(seed)) {
    throw new RangeError(`centrality: seed must be a finite number, got ${String(seed)}`);
  }
  if (graph.order === 0) return [];
  const safe = safeKeyed(graph);
  const betweenness =
    betweennessSamples >= graph.order
      ? betweennessCentrality(safe.graph, { getEdgeWeight: null })
      : sampledBetweenness(safe.graph, { samples: betweennessSamples, seed });
  const rank = pagerank(safe.graph, { getEdgeWeight: 'weight' });
  return safe.nodes.map((node, k): UnitCentrality => {
    let weightedDegree = 0;
    graph.forEachEdge(node, (_edge, attributes) => (weightedDegree += edgeWeight(attributes)));
    const key = safe.keys[k]!;
    const id: unknown = graph.getNodeAttribute(node, 'id');
    return {
      unit: typeof id === 'string' ? id : node,
      degree: graph.degree(node),
      weightedDegree,
      betweenness: betweenness[key] ?? 0,
      pagerank: rank[key] ?? 0,
    };
  });
}
