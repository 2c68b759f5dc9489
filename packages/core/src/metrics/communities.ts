import louvain from 'graphology-communities-louvain';
import type { AbstractGraph } from 'graphology-types';
import { checkGraph } from './check-graph.js';
import { resolveCommunityOptions } from './community-options.js';
import { safeKeyed } from './safe-keyed.js';
import { seededRandom } from './seeded-random.js';

export interface CommunitiesOptions {
  /** seed of Louvain's random node order (default 1): the same seed gives the same partition */
  seed?: number;
  /** Louvain's resolution γ (default 1): above 1 favours smaller communities */
  resolution?: number;
}

/**
 * Groups of units that work together: Louvain modularity optimisation
 * (graphology-communities-louvain) over weighted ties, maximising
 * Q = 1/(2m) Σ_{ij} [w_ij − γ k_i k_j / (2m)] δ(c_i, c_j),
 * with k_i the weighted degree of i and m the total weight.
 *
 * Deterministic: Louvain's randomness comes from a generator seeded with `seed`,
 * and communities are numbered 0, 1, 2 … in order of their first node in the
 * graph's node order, so the same graph and seed give the same map every run.
 * A node without ties is a community of its own. Without a graph,
 * `communitiesOfTies` does the same over a plain array of ties.
 *
 * @example communities(coResponsibilityGraph(inc)).get('u1') // 0
 */
export function communities(
  graph: AbstractGraph,
  options?: CommunitiesOptions,
): Map<string, number> {
  checkGraph('communities', graph);
  const { seed, resolution } = resolveCommunityOptions('communities', options);
  if (graph.order === 0) return new Map();
  const safe = safeKeyed(graph);
  const found = louvain(safe.graph, {
    getEdgeWeight: 'weight',
    resolution,
    rng: seededRandom(seed),
  });
  const renumber = new Map<number, number>();
  const result = new Map<string, number>();
  safe.nodes.forEach((node, k) => {
    const c = found[safe.keys[k]!]!;
    if (!renumber.has(c)) renumber.set(c, renumber.size);
    result.set(node, renumber.get(c)!);
  });
  return result;
}
