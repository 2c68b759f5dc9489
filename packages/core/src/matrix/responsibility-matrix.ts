import { table, type ColumnTable } from 'arquero';
import type { Incidence } from '../model/incidence.js';
import type { Assignment, Plan, Role } from '../model/plan.js';

/**
 * The item × unit responsibility matrix of a plan, for analysis.
 *
 * The long assignment table (`assignments`: one row per assignment with
 * `item`, `unit`, `role`, `inferred`, `raw`, and the positions `itemIndex`,
 * `unitIndex`) is the source of truth; the index arrays of `Incidence` are read
 * from its columns, and the dense item × unit view (`dense()`) is derived from it.
 * Every metric in `@remit/core/metrics` takes a matrix, since a matrix is an
 * Incidence.
 *
 * Built on arquero, so it belongs to Node and analysis pages; widgets use the
 * plain `incidence(plan)` instead (arquero compiles expressions with `Function`,
 * which a strict Content-Security-Policy forbids).
 *
 * @example
 * const m = responsibilityMatrix(plan);
 * m.assignmentTable.groupby('unit').count().objects();
 * m.roleOf('i1', 'u2'); // 'member'
 */
export interface ResponsibilityMatrix extends Incidence {
  /** one row per assignment: item, unit, role, inferred, raw, itemIndex, unitIndex */
  readonly assignmentTable: ColumnTable;
  /** one row per item: id, label, title, section */
  readonly itemTable: ColumnTable;
  /** one row per unit: id, name, canonical, kind */
  readonly unitTable: ColumnTable;
  /** The dense view: one row per item (`item`, `title`), one column per unit id, cells `lead` / `member` / null. */
  dense(): ColumnTable;
  /** The assignments of an item, in plan order. */
  unitsOf(itemId: string): Assignment[];
  /** The assignments of a unit, in plan order. */
  itemsOf(unitId: string): Assignment[];
  /** The role a unit has on an item (a lead wins over a member), or undefined. */
  roleOf(itemId: string, unitId: string): Role | undefined;
}

/**
 * Builds the responsibility matrix of a plan. Assignments that name an unknown
 * item or unit are left out; validate the plan first to have them reported.
 */
export function responsibilityMatrix(plan: Plan): ResponsibilityMatrix {
  const itemIndex = firstIndex(plan.items.map((i) => i.id));
  const unitIndex = firstIndex(plan.units.map((u) => u.id));
  const kept = plan.assignments.filter((a) => itemIndex.has(a.item) && unitIndex.has(a.unit));
  const assignmentTable = table({
    item: kept.map((a) => a.item),
    unit: kept.map((a) => a.unit),
    role: kept.map((a) => a.role),
    inferred: kept.map((a) => a.inferred === true),
    raw: kept.map((a) => a.raw ?? null),
    itemIndex: Int32Array.from(kept, (a) => itemIndex.get(a.item)!),
    unitIndex: Int32Array.from(kept, (a) => unitIndex.get(a.unit)!),
  });
  const itemTable = table({
    id: plan.items.map((i) => i.id),
    label: plan.items.map((i) => i.label ?? null),
    title: plan.items.map((i) => i.title),
    section: plan.items.map((i) => i.section ?? null),
  });
  const unitTable = table({
    id: plan.units.map((u) => u.id),
    name: plan.units.map((u) => u.name),
    canonical: plan.units.map((u) => u.canonical ?? null),
    kind: plan.units.map((u) => u.kind ?? null),
  });
  // The index arrays are the table's own columns: one source of truth.
  const itemOf = Int32Array.from(assignmentTable.array('itemIndex') as ArrayLike<number>);
  const unitOf = Int32Array.from(assignmentTable.array('unitIndex') as ArrayLike<number>);
  const byItem: number[][] = plan.items.map(() => []);
  const byUnit: number[][] = plan.units.map(() => []);
  for (let k = 0; k < kept.length; k++) {
    byItem[itemOf[k]!]!.push(k);
    byUnit[unitOf[k]!]!.push(k);
  }
  const roleOf = (itemId: string, unitId: string): Role | undefined => {
    const i = itemIndex.get(itemId);
    const u = unitIndex.get(unitId);
    if (i === undefined || u === undefined) return undefined;
    let role: Role | undefined;
    for (const k of byItem[i]!) {
      if (unitOf[k] === u) role = role === 'lead' || kept[k]!.role === 'lead' ? 'lead' : 'member';
    }
    return role;
  };
  return {
    plan,
    items: plan.items,
    units: plan.units,
    assignments: kept,
    itemIndex,
    unitIndex,
    itemOf,
    unitOf,
    byItem,
    byUnit,
    assignmentTable,
    itemTable,
    unitTable,
    dense: () => denseTable(plan, kept, byItem, unitOf),
    unitsOf: (itemId) => (byItem[itemIndex.get(itemId) ?? -1] ?? []).map((k) => kept[k]!),
    itemsOf: (unitId) => (byUnit[unitIndex.get(unitId) ?? -1] ?? []).map((k) => kept[k]!),
    roleOf,
  };
}

function firstIndex(ids: readonly string[]): Map<string, number> {
  const index = new Map<string, number>();
  ids.forEach((id, i) => {
    if (!index.has(id)) index.set(id, i);
  });
  return index;
}

function denseTable(
  plan: Plan,
  assignments: readonly Assignment[],
  byItem: readonly (readonly number[])[],
  unitOf: Int32Array,
): ColumnTable {
  const columns: Record<string, unknown[]> = Object.create(null) as Record<string, unknown[]>;
  columns.item = plan.items.map((i) => i.id);
  columns.title = plan.items.map((i) => i.title);
  const unitColumns = plan.units.map(() => new Array<Role | null>(plan.items.length).fill(null));
  byItem.forEach((ks, i) => {
    for (const k of ks) {
      const column = unitColumns[unitOf[k]!]!;
      column[i] = column[i] === 'lead' ? 'lead' : assignments[k]!.role;
    }
  });
  const names = ['item', 'title'];
  plan.units.forEach((unit, u) => {
    // A unit id equal to `item` or `title` would clash; such ids get a prefix.
    const name = unit.id === 'item' || unit.id === 'title' ? `unit:${unit.id}` : unit.id;
    columns[name] = unitColumns[u]!;
    names.push(name);
  });
  return table(columns, names);
}
