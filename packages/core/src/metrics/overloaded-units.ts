import { concentration } from './concentration.js';
import type { UnitWorkload } from './workload.js';

/**
 * Units a plan needs before any is said to stand out: on fewer, the quartiles
 * rest on a handful of counts and one extra item crosses the fence.
 */
export const STANDOUT_MIN_UNITS = 8;
/** A unit that stands out carries at least this many items more than the median unit. */
export const STANDOUT_MIN_EXCESS = 3;

/**
 * The units that carry clearly more items than the others. A unit stands out
 * when all of these hold:
 * - the plan has at least `STANDOUT_MIN_UNITS` units;
 * - its items are above Tukey's upper fence, q3 + 1.5 · max(iqr, 1), with the
 *   quartiles of all units' item counts (R-7, see `concentration`): the floor
 *   of 1 keeps a flat plan (most units with 1 item, iqr 0) from calling 2 items
 *   an outlier;
 * - it carries at least twice the median unit's items, and at least
 *   `STANDOUT_MIN_EXCESS` more.
 * On a small or flat plan nothing stands out: better silent than overstated.
 * Units keep their input order.
 *
 * @example overloadedUnits(workload(inc)).map((w) => w.name) // ['区委依法治区办', '区司法局', '各街镇']
 */
export function overloadedUnits<T extends Pick<UnitWorkload, 'items'>>(
  workloads: readonly T[],
): T[] {
  if (!Array.isArray(workloads)) {
    throw new TypeError('overloadedUnits: expected the array returned by workload()');
  }
  const items = workloads.map((w, k) => {
    if (typeof w?.items !== 'number') {
      throw new TypeError(`overloadedUnits: workloads[${k}] has no numeric items count`);
    }
    return w.items;
  });
  const rule = standoutRule(items);
  return rule ? workloads.filter((w) => standsOut(w.items, rule)) : [];
}

/** The figures a unit is measured against (see `overloadedUnits`). */
export interface StandoutRule {
  /** q3 + 1.5 · max(iqr, 1) */
  fence: number;
  median: number;
  q3: number;
}

/** The rule for a plan's unit item counts, or undefined when it has too few units for any to stand out. */
export function standoutRule(counts: readonly number[]): StandoutRule | undefined {
  if (counts.length < STANDOUT_MIN_UNITS) return undefined;
  const { q3, iqr, median } = concentration(counts);
  return { fence: q3 + 1.5 * Math.max(iqr, 1), median, q3 };
}

/** True when a unit of `items` items stands out under `rule`. */
function standsOut(items: number, rule: StandoutRule): boolean {
  return (
    items > rule.fence && items >= 2 * rule.median && items >= rule.median + STANDOUT_MIN_EXCESS
  );
}
