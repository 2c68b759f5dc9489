import type { NetworkTie } from './network.model.js';
import { tiesByWeight } from './ties-by-weight.js';

/** Community detection reads at most about this many ties (plus the backbone). */
export const MAX_COMMUNITY_TIES = 150_000;

/**
 * The ties community detection reads: all of them up to `MAX_COMMUNITY_TIES`;
 * beyond, the heaviest whole weight groups that fit in that many, and the
 * `backbone` (so every part of the graph stays joined as it is). Louvain's
 * time grows with the ties, and in a plan of thousands of units the light
 * ties (one or two items shared among millions of pairs) blur the groups more
 * than they shape them.
 */
export function communityTies(
  ties: readonly NetworkTie[],
  backbone: readonly number[],
): readonly NetworkTie[] {
  if (ties.length <= MAX_COMMUNITY_TIES) return ties;
  const kept = new Uint8Array(ties.length);
  let total = 0;
  for (const group of tiesByWeight(ties)) {
    if (total + group.length > MAX_COMMUNITY_TIES) break;
    total += group.length;
    for (const k of group) kept[k] = 1;
  }
  for (const k of backbone) kept[k] = 1;
  return ties.filter((_, k) => kept[k]);
}
