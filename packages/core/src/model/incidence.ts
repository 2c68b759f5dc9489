import type { Assignment, Item, Plan, Unit } from './plan.js';

/**
 * An index over a plan's assignments that answers "which units does this item
 * have" and "which items does this unit carry" in constant time.
 *
 * It is plain data (arrays and maps, no arquero), so metrics and widgets can use
 * it in any browser under a strict Content-Security-Policy. `ResponsibilityMatrix`
 * extends it with arquero tables for analysis.
 *
 * Positions are indexes into `items`, `units` and `assignments`, which keep the
 * plan's order (document order for a parsed plan).
 */
export interface Incidence {
  readonly plan: Plan;
  readonly items: readonly Item[];
  readonly units: readonly Unit[];
  readonly assignments: readonly Assignment[];
  /** item id → position in `items` */
  readonly itemIndex: ReadonlyMap<string, number>;
  /** unit id → position in `units` */
  readonly unitIndex: ReadonlyMap<string, number>;
  /** for each assignment: the position of its item */
  readonly itemOf: Int32Array;
  /** for each assignment: the position of its unit */
  readonly unitOf: Int32Array;
  /** for each item position: positions of its assignments, in plan order */
  readonly byItem: readonly (readonly number[])[];
  /** for each unit position: positions of its assignments, in plan order */
  readonly byUnit: readonly (readonly number[])[];
}

/**
 * Builds the incidence index of a plan.
 *
 * Assignments whose item or unit id is unknown are skipped here; validate the
 * plan first (`validatePlan`) to have them reported. When one unit appears twice
 * on one item, both assignments are kept: the plan says so, and metrics count
 * distinct units per item (see `distinctUnits`).
 */
export function incidence(plan: Plan): Incidence {
  const itemIndex = new Map<string, number>();
  plan.items.forEach((item, i) => {
    if (!itemIndex.has(item.id)) itemIndex.set(item.id, i);
  });
  const unitIndex = new Map<string, number>();
  plan.units.forEach((unit, i) => {
    if (!unitIndex.has(unit.id)) unitIndex.set(unit.id, i);
  });
  // One pass, two lookups an assignment: a dense plan has millions of assignments.
  const assignments: Assignment[] = [];
  const all = plan.assignments.length;
  let itemOf = new Int32Array(all);
  let unitOf = new Int32Array(all);
  const byItem: number[][] = plan.items.map(() => []);
  const byUnit: number[][] = plan.units.map(() => []);
  for (const a of plan.assignments) {
    const i = itemIndex.get(a.item);
    const u = i === undefined ? undefined : unitIndex.get(a.unit);
    if (i === undefined || u === undefined) continue;
    const k = assignments.length;
    assignments.push(a);
    itemOf[k] = i;
    unitOf[k] = u;
    byItem[i]!.push(k);
    byUnit[u]!.push(k);
  }
  if (assignments.length < all) {
    itemOf = itemOf.slice(0, assignments.length);
    unitOf = unitOf.slice(0, assignments.length);
  }
  return {
    plan,
    items: plan.items,
    units: plan.units,
    assignments,
    itemIndex,
    unitIndex,
    itemOf,
    unitOf,
    byItem,
    byUnit,
  };
}

/** The distinct unit positions of an item, in order of first appearance. */
export function distinctUnits(inc: Incidence, item: number): number[] {
  const seen = new Set<number>();
  for (const k of inc.byItem[item] ?? []) seen.add(inc.unitOf[k]!);
  return [...seen];
}

/** The distinct item positions of a unit, in plan order. */
export function distinctItems(inc: Incidence, unit: number): number[] {
  const seen = new Set<number>();
  for (const k of inc.byUnit[unit] ?? []) seen.add(inc.itemOf[k]!);
  return [...seen];
}
