import type { Incidence } from '../model/incidence.js';
import { checkIncidence } from './check-incidence.js';
import { countTies } from './count-ties.js';
import { distinctAssignments, type DistinctAssignments } from './distinct-assignments.js';
import { tieOf } from './tie-table.js';

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
 * counted one unit at a time in a row of n integers (no n × n table, no Map),
 * so memory is the ties and a few arrays of units and pairs. A plan of 2,000
 * units and 10,000 items of about 5 units takes tens of ms; three more items
 * naming all 2,000 units (two million ties) a few hundred.
 *
 * A caller that needs the distinct pairs for other figures too passes the
 * `distinctAssignments(inc)` it holds as `pairs`, so they are collected once.
 *
 * @example coResponsibilityTies(founding)[0] // { source: 0, target: 1, weight: 4, jaccard: 0.2857… }
 */
export function coResponsibilityTies(
  inc: Incidence,
  pairs?: DistinctAssignments,
): CoResponsibilityTie[] {
  const table = countTies(inc, pairsOf('coResponsibilityTies', inc, pairs));
  const ties: CoResponsibilityTie[] = new Array(table.count);
  for (let k = 0; k < table.count; k++) ties[k] = tieOf(table, k);
  return ties;
}

/**
 * `pairs` when given (checked to be of `inc`'s shape), else
 * `distinctAssignments(inc)`; `fn` names the caller in errors.
 */
export function pairsOf(
  fn: string,
  inc: Incidence,
  pairs: DistinctAssignments | undefined,
): DistinctAssignments {
  checkIncidence(fn, inc);
  if (pairs === undefined) return distinctAssignments(inc);
  if (
    pairs.itemStart?.length !== inc.items.length + 1 ||
    pairs.unitStart?.length !== inc.units.length + 1
  ) {
    throw new RangeError(`${fn}: pairs must be distinctAssignments(inc) of the same incidence`);
  }
  return pairs;
}
