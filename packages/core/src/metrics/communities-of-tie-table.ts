import { checkTieTable } from './check-ties.js';
import type { CommunitiesOptions } from './communities.js';
import { communitiesOf } from './communities-of-ties.js';
import type { TieTable } from './tie-table.js';

/**
 * `communitiesOfTies` over ties in columns (a `TieTable`, e.g.
 * `coResponsibilityTieTable(inc)`): the same Louvain, seed and partition,
 * without an object per tie.
 *
 * @example communitiesOfTieTable(inc.units.length, coResponsibilityTieTable(inc))[0] // 0
 */
export function communitiesOfTieTable(
  count: number,
  ties: TieTable,
  options?: CommunitiesOptions,
): Int32Array {
  checkTieTable('communitiesOfTieTable', count, ties);
  return communitiesOf('communitiesOfTieTable', count, ties, options);
}
