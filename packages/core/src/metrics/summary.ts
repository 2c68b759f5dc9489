import type { Incidence } from '../model/incidence.js';
import { checkIncidence } from './check-incidence.js';
import { concentration } from './concentration.js';
import { coverage, type ItemFlag } from './coverage.js';
import { METRIC_DEFAULTS } from './defaults.js';
import { busiestFirst } from './busiest-first.js';
import { overloadedUnits } from './overloaded-units.js';
import { checkInteger, resolveOptions } from './resolve-options.js';
import { workload } from './workload.js';

/** The headline figures of a plan. */
export interface PlanSummary {
  items: number;
  units: number;
  /** distinct (item, unit) pairs: a unit assigned twice to one item counts once */
  assignments: number;
  /** sections declared by the plan */
  sections: number;
  itemsWithoutUnit: number;
  /** items with no written lead (inferred leads do not count; items without units are included) */
  itemsWithoutLead: number;
  singleUnitItems: number;
  manyUnitItems: number;
  unitsWithoutItem: number;
  /** `concentration` of the units' item counts, every unit included */
  gini: number;
  hhi: number;
  top3Share: number;
  cv: number;
  /** the units with most items (by items, then written leads, then unit order); none with 0 items */
  busiest: { unit: string; name: string; items: number; lead: number }[];
  /** ids of `overloadedUnits`, in unit order */
  overloaded: string[];
}

export interface SummaryOptions {
  /** as in `coverage` (default 8) */
  manyUnits?: number;
  /** how many units `busiest` lists (default 3) */
  busiest?: number;
}

/**
 * The headline figures of a plan: sizes, items needing a look (counts of the
 * `coverage` flags), and how concentrated the workload is.
 *
 * gini, hhi, top3Share and cv are `concentration(workload(inc).map((w) => w.items))`:
 * each unit's distinct items, units without items included as 0; hhi is therefore
 * over each unit's share of all assignments.
 *
 * @example summary(incidence(plan)).busiest.map((b) => b.name)
 */
export function summary(inc: Incidence, options?: SummaryOptions): PlanSummary {
  checkIncidence('summary', inc);
  const { manyUnits, busiest } = resolveOptions('summary', options, METRIC_DEFAULTS.summary);
  checkInteger('summary', 'manyUnits', manyUnits, 0, true);
  checkInteger('summary', 'busiest', busiest, 0);
  const units = workload(inc);
  const items = coverage(inc, { manyUnits });
  const counts = units.map((w) => w.items);
  const { gini, hhi, top3Share, cv, total } = concentration(counts);
  const flagged = (flag: ItemFlag) => items.filter((c) => c.flags.includes(flag)).length;
  const order = busiestFirst(units)
    .map((u) => ({ w: units[u]! }))
    .filter(({ w }) => w.items > 0);
  return {
    items: inc.items.length,
    units: inc.units.length,
    assignments: total,
    sections: inc.plan?.sections?.length ?? 0,
    itemsWithoutUnit: flagged('no-unit'),
    itemsWithoutLead: flagged('no-lead'),
    singleUnitItems: flagged('single-unit'),
    manyUnitItems: flagged('many-units'),
    unitsWithoutItem: counts.filter((c) => c === 0).length,
    gini,
    hhi,
    top3Share,
    cv,
    busiest: order
      .slice(0, busiest)
      .map(({ w }) => ({ unit: w.unit, name: w.name, items: w.items, lead: w.lead })),
    overloaded: overloadedUnits(units).map((w) => w.unit),
  };
}
