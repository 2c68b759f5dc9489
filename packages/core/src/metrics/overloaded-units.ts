import { concentration } from './concentration.js';
import type { UnitWorkload } from './workload.js';

/**
 * The units that carry unusually many items, by Tukey's rule: items > q3 + 1.5 · iqr,
 * with the quartiles of all units' item counts (R-7 linear interpolation, see
 * `concentration`). Units keep their input order.
 *
 * On few units, or when most units carry the same, the fence can sit low (q3 =
 * q1 gives a fence equal to q3): read the result as "stands out", not "too much".
 *
 * @example overloadedUnits(workload(inc)).map((w) => w.name) // ['区委依法治区办', '区司法局', '各街镇']
 */
export function overloadedUnits(workloads: readonly UnitWorkload[]): UnitWorkload[] {
  if (!Array.isArray(workloads)) {
    throw new TypeError('overloadedUnits: expected the array returned by workload()');
  }
  const items = workloads.map((w, k) => {
    if (typeof w?.items !== 'number') {
      throw new TypeError(`overloadedUnits: workloads[${k}] has no numeric items count`);
    }
    return w.items;
  });
  const { upperFence } = concentration(items);
  return workloads.filter((w) => w.items > upperFence);
}
