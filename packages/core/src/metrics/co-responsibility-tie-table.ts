import type { Incidence } from '../model/incidence.js';
import { pairsOf } from './co-responsibility-ties.js';
import { countTies } from './count-ties.js';
import type { DistinctAssignments } from './distinct-assignments.js';
import type { TieTable } from './tie-table.js';

/**
 * `coResponsibilityTies` as columns of typed arrays (a `TieTable`): the same
 * ties in the same order, without an object per tie. Use it where ties can
 * number millions (a dense plan of 2,000 units has two million) and go on to
 * `backboneOfTieTable` and `communitiesOfTieTable`.
 *
 * @example coResponsibilityTieTable(founding).weight[0] // 4
 */
export function coResponsibilityTieTable(inc: Incidence, pairs?: DistinctAssignments): TieTable {
  return countTies(inc, pairsOf('coResponsibilityTieTable', inc, pairs));
}
