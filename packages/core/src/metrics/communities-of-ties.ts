import louvain from 'graphology-communities-louvain';
import type { AbstractGraph } from 'graphology-types';
import { checkTies, type WeightedTie } from './check-ties.js';
import type { CommunitiesOptions } from './communities.js';
import { resolveCommunityOptions } from './community-options.js';
import { seededRandom } from './seeded-random.js';
import { tiesGraph } from './ties-graph.js';

/**
 * `communities` over a plain array of ties between nodes `0 … count − 1`
 * (e.g. `coResponsibilityTies(inc)` over `inc.units.length` units), without
 * building a graph: the same Louvain (graphology-communities-louvain, run on a
 * read-only view of the arrays) with the same seed and resolution, so the same
 * ties give the same partition as `communities` over the graph they make.
 *
 * Returns each node's community, numbered 0, 1, 2 … in order of first node; a
 * node without ties is a community of its own.
 *
 * @example communitiesOfTies(inc.units.length, coResponsibilityTies(inc))[0] // 0
 */
export function communitiesOfTies(
  count: number,
  ties: readonly WeightedTie[],
  options?: CommunitiesOptions,
): Int32Array {
  checkTies('communitiesOfTies', count, ties);
  const { seed, resolution } = resolveCommunityOptions('communitiesOfTies', options);
  const out = new Int32Array(count);
  if (count === 0) return out;
  const found = louvain(tiesGraph(count, ties) as unknown as AbstractGraph, {
    getEdgeWeight: 'weight',
    resolution,
    rng: seededRandom(seed),
  });
  const renumber = new Map<number, number>();
  for (let v = 0; v < count; v++) {
    const c = found[String(v)]!;
    if (!renumber.has(c)) renumber.set(c, renumber.size);
    out[v] = renumber.get(c)!;
  }
  return out;
}
