import { METRIC_DEFAULTS } from './defaults.js';
import type { BackboneOptions } from './backbone.js';
import { checkTies, type WeightedTie } from './check-ties.js';
import { checkInteger, resolveOptions } from './resolve-options.js';
import { skeleton } from './skeleton.js';
import { tieTableOf } from './tie-table.js';

/**
 * `backbone` over a plain array of ties between nodes `0 … count − 1` (e.g.
 * `coResponsibilityTies(inc)` over `inc.units.length` units), without a graph:
 * every tie that is among the `strongest` k strongest ties of either of its
 * nodes, plus a maximum spanning forest (Kruskal). Returns the positions in
 * `ties` of the ties kept, strongest first.
 *
 * Ties are ranked by weight, then `jaccard` (when given), then the lower and
 * the higher of their two nodes; self-loops are ignored. The same ties give
 * the same backbone as `backbone` over the graph they make.
 *
 * Cost: O(m) to group m ties by weight, then a sort of only the weights walked
 * before every node has its `strongest` ties and the forest is whole (O(m log m)
 * at worst).
 *
 * @example backboneOfTies(inc.units.length, coResponsibilityTies(inc), { strongest: 3 })
 */
export function backboneOfTies(
  count: number,
  ties: readonly WeightedTie[],
  options?: BackboneOptions,
): number[] {
  checkTies('backboneOfTies', count, ties);
  const { strongest } = resolveOptions('backboneOfTies', options, METRIC_DEFAULTS.backbone);
  checkInteger('backboneOfTies', 'strongest', strongest, 0, true);
  return skeleton(count, tieTableOf(ties), strongest);
}
