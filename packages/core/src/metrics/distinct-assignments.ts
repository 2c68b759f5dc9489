import type { Incidence } from '../model/incidence.js';
import { checkIncidence } from './check-incidence.js';

/** How a unit stands on an item once its assignments there are merged. */
export const LeadKind = { None: 0, Inferred: 1, Written: 2 } as const;

/**
 * The distinct (item, unit) pairs of a plan, grouped by item in item order, and
 * each unit's pairs in unit order: the counting basis of every metric.
 *
 * A unit assigned twice to one item is one pair. Its `lead` is the strongest of
 * its assignments there: `Written` when any is `role: 'lead'` without
 * `inferred`, else `Inferred` when any is a lead marked `inferred`, else `None`.
 * Within an item, units keep the order of their first assignment.
 */
export interface DistinctAssignments {
  /** number of distinct pairs */
  readonly count: number;
  /** for each pair: the item position */
  readonly item: Int32Array;
  /** for each pair: the unit position */
  readonly unit: Int32Array;
  /** for each pair: a `LeadKind` */
  readonly lead: Uint8Array;
  /** pairs of item `i` are `itemStart[i] … itemStart[i + 1] - 1` (length items + 1) */
  readonly itemStart: Int32Array;
  /** pair numbers grouped by unit, in item order within a unit */
  readonly byUnit: Int32Array;
  /** pairs of unit `u` are `byUnit[unitStart[u]] … byUnit[unitStart[u + 1] - 1]` (length units + 1) */
  readonly unitStart: Int32Array;
}

/** Merges an incidence's assignments into distinct (item, unit) pairs. Linear time. */
export function distinctAssignments(inc: Incidence): DistinctAssignments {
  checkIncidence('distinctAssignments', inc);
  return collect(inc);
}

function collect(inc: Incidence): DistinctAssignments {
  const nItems = inc.items.length;
  const nUnits = inc.units.length;
  let upper = 0;
  for (let i = 0; i < nItems; i++) upper += inc.byItem[i]?.length ?? 0;
  const item = new Int32Array(upper);
  const unit = new Int32Array(upper);
  const lead = new Uint8Array(upper);
  const itemStart = new Int32Array(nItems + 1);
  // pairAt[u] is the pair of unit u on the current item, valid while seenOn[u] === that item
  const seenOn = new Int32Array(nUnits).fill(-1);
  const pairAt = new Int32Array(nUnits);
  let count = 0;
  for (let i = 0; i < nItems; i++) {
    itemStart[i] = count;
    for (const k of inc.byItem[i] ?? []) {
      const u = inc.unitOf[k]!;
      const a = inc.assignments[k]!;
      const kind =
        a.role === 'lead'
          ? a.inferred === true
            ? LeadKind.Inferred
            : LeadKind.Written
          : LeadKind.None;
      if (seenOn[u] === i) {
        const p = pairAt[u]!;
        if (kind > lead[p]!) lead[p] = kind;
        continue;
      }
      seenOn[u] = i;
      pairAt[u] = count;
      item[count] = i;
      unit[count] = u;
      lead[count] = kind;
      count++;
    }
  }
  itemStart[nItems] = count;
  const unitStart = new Int32Array(nUnits + 1);
  for (let p = 0; p < count; p++) unitStart[unit[p]! + 1]!++;
  for (let u = 0; u < nUnits; u++) unitStart[u + 1]! += unitStart[u]!;
  const fill = unitStart.slice(0, nUnits);
  const byUnit = new Int32Array(count);
  for (let p = 0; p < count; p++) byUnit[fill[unit[p]!]!++] = p;
  return {
    count,
    item: item.subarray(0, count),
    unit: unit.subarray(0, count),
    lead: lead.subarray(0, count),
    itemStart,
    byUnit,
    unitStart,
  };
}
