import { METRIC_DEFAULTS } from './defaults.js';
import type { BackboneOptions } from './backbone.js';
import { checkTieTable } from './check-ties.js';
import { checkInteger, resolveOptions } from './resolve-options.js';
import { skeleton } from './skeleton.js';
import type { TieTable } from './tie-table.js';

/**
 * `backboneOfTies` over ties in columns (a `TieTable`, e.g.
 * `coResponsibilityTieTable(inc)`): the same positions of the ties kept,
 * strongest first, without an object per tie.
 *
 * @example backboneOfTieTable(inc.units.length, coResponsibilityTieTable(inc))
 */
export function backboneOfTieTable(
  count: number,
  ties: TieTable,
  options?: BackboneOptions,
): number[] {
  checkTieTable('backboneOfTieTable', count, ties);
  const { strongest } = resolveOptions('backboneOfTieTable', options, METRIC_DEFAULTS.backbone);
  checkInteger('backboneOfTieTable', 'strongest', strongest, 0, true);
  return skeleton(count, ties, strongest);
}
