import type { Incidence } from '../model/incidence.js';
import { checkIncidence } from './check-incidence.js';
import { countTies } from './count-ties.js';
import { distinctAssignments } from './distinct-assignments.js';

/** A tie between two units that share items, by unit position. */
export interface CoResponsibilityTie {
  /** the first unit's position in `inc.units` (always below `target`) */
  source: number;
  /** the second unit's position in `inc.units` */
  target: number;
  /** items both units carry: |I(a) ∩ I(b)| */
  weight: number;
  /** |I(a) ∩ I(b)| / |I(a) ∪ I(b)|, 0 … 1 */
  jaccard: number;
}

/**
 * The ties of the unit co-responsibility graph as a plain array, without
 * building a graph: one tie per pair of units that share at least one item,
 * with I(u) the distinct items of unit u, weight = |I(a) ∩ I(b)| and
 * jaccard = weight / (|I(a)| + |I(b)| − weight). Units are positions in
 * `inc.units`; ties come in order of (source, target), source first, which is
 * the edge order of `coResponsibilityGraph`.
 *
 * Use it where the graph object is not needed (a browser bundle: it keeps
 * graphology out); `backboneOfTies` and `communitiesOfTies` take its result.
 * Cost: Σ over items of n(i)² / 2 pair visits, n(i) = the item's distinct units,
 * counted in a dense n × n array up to 4,096 units (64 MB at most), in a Map beyond.
 *
 * @example coResponsibilityTies(founding)[0] // { source: 0, target: 1, weight: 4, jaccard: 0.2857… }
 */
export function coResponsibilityTies(inc: Incidence): CoResponsibilityTie[] {
  checkIncidence('coResponsibilityTies', inc);
  return countTies(inc, distinctAssignments(inc));
}
