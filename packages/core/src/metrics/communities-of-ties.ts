import { checkTies, type WeightedTie } from './check-ties.js';
import type { CommunitiesOptions } from './communities.js';
import { resolveCommunityOptions } from './community-options.js';
import { louvainOfTies } from './louvain-of-ties.js';
import { seededRandom } from './seeded-random.js';
import { tieTableOf, type TieTable } from './tie-table.js';

/**
 * `communities` over a plain array of ties between nodes `0 … count − 1`
 * (e.g. `coResponsibilityTies(inc)` over `inc.units.length` units), without
 * building a graph: the same Louvain as graphology-communities-louvain, run on
 * typed arrays built from the ties (`louvainOfTies`), with the same seed and
 * resolution, so the same ties give the same partition as `communities` over
 * the graph they make, without the library in a browser bundle.
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
  return communitiesOf('communitiesOfTies', count, tieTableOf(ties), options);
}

/** The Louvain walk and numbering of `communitiesOfTies` and `communitiesOfTieTable`. */
export function communitiesOf(
  fn: string,
  count: number,
  ties: TieTable,
  options: CommunitiesOptions | undefined,
): Int32Array {
  const { seed, resolution } = resolveCommunityOptions(fn, options);
  const out = new Int32Array(count);
  if (count === 0) return out;
  const found = louvainOfTies(count, ties, resolution, seededRandom(seed));
  const renumber = new Map<number, number>();
  for (let v = 0; v < count; v++) {
    const c = found[v]!;
    if (!renumber.has(c)) renumber.set(c, renumber.size);
    out[v] = renumber.get(c)!;
  }
  return out;
}
