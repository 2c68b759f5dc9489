import type { Incidence } from '../model/incidence.js';
import { isGroup } from '../units/is-group.js';
import { checkIncidence } from './check-incidence.js';
import { METRIC_DEFAULTS } from './defaults.js';
import { distinctAssignments, LeadKind } from './distinct-assignments.js';
import { checkInteger, resolveOptions } from './resolve-options.js';

/**
 * What may be wrong with an item's assignment, in this order:
 * - `no-unit`: no unit at all;
 * - `single-unit`: exactly one unit;
 * - `no-lead`: no written lead (an item without units has none either);
 * - `many-units`: more distinct units than the `manyUnits` threshold.
 */
export type ItemFlag = 'no-unit' | 'single-unit' | 'no-lead' | 'many-units';

/** Who answers for one item. Every count is of distinct units. */
export interface ItemCoverage {
  /** item id */
  item: string;
  title: string;
  /** section id, when the item has one */
  section?: string;
  /** units assigned to the item */
  units: number;
  /** units that are written leads of the item */
  leads: number;
  /** `leads > 0` */
  hasLead: boolean;
  /** some unit is an inferred lead of the item */
  hasInferredLead: boolean;
  /** units that stand for several (`isGroup`: kind `group`, listed members, or a name like 各街镇) */
  groups: number;
  flags: ItemFlag[];
}

export interface CoverageOptions {
  /** flag `many-units` when an item has more units than this (default 8) */
  manyUnits?: number;
}

/**
 * Who answers for each item, in item order, with flags for items that need a look.
 *
 * For item i with distinct units U(i): units = |U(i)|;
 * leads = |{u ∈ U(i) : u is a written lead of i}|; groups = |{u ∈ U(i) : isGroup(u)}|;
 * flags as in `ItemFlag`, `many-units` when units > manyUnits.
 *
 * @example coverage(incidence(plan), { manyUnits: 4 }).filter((c) => c.flags.includes('many-units'))
 */
export function coverage(inc: Incidence, options?: CoverageOptions): ItemCoverage[] {
  checkIncidence('coverage', inc);
  const { manyUnits } = resolveOptions('coverage', options, METRIC_DEFAULTS.coverage);
  checkInteger('coverage', 'manyUnits', manyUnits, 0, true);
  const pairs = distinctAssignments(inc);
  const group = inc.units.map((u) => isGroup(u));
  return inc.items.map((item, i): ItemCoverage => {
    let leads = 0;
    let hasInferredLead = false;
    let groups = 0;
    const from = pairs.itemStart[i]!;
    const to = pairs.itemStart[i + 1]!;
    for (let p = from; p < to; p++) {
      if (pairs.lead[p] === LeadKind.Written) leads++;
      else if (pairs.lead[p] === LeadKind.Inferred) hasInferredLead = true;
      if (group[pairs.unit[p]!]) groups++;
    }
    const units = to - from;
    const flags: ItemFlag[] = [];
    if (units === 0) flags.push('no-unit');
    if (units === 1) flags.push('single-unit');
    if (leads === 0) flags.push('no-lead');
    if (units > manyUnits) flags.push('many-units');
    return {
      item: item.id,
      title: item.title,
      ...(item.section !== undefined ? { section: item.section } : {}),
      units,
      leads,
      hasLead: leads > 0,
      hasInferredLead,
      groups,
      flags,
    };
  });
}
