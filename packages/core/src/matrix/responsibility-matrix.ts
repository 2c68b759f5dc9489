import { table, type ColumnTable } from 'arquero';
import { incidence, type Incidence } from '../model/incidence.js';
import type { Assignment, Plan, Role } from '../model/plan.js';

/**
 * The item × unit responsibility matrix of a plan, for analysis.
 *
 * The long assignment table (`assignmentTable`: one row per assignment with
 * `item`, `unit`, `role`, `inferred`, `raw`, and the positions `itemIndex`,
 * `unitIndex`) is the source of truth; its position columns are the arrays of
 * the plan's `Incidence`, and the dense item × unit view (`dense()`) is derived
 * from it.
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
  const inc = incidence(plan);
  const { assignments, byItem, itemIndex, unitIndex, itemOf, unitOf } = inc;
  // The index columns are the incidence's own arrays: table and index are one data set.
  const assignmentTable = table({
    item: assignments.map((a) => a.item),
    unit: assignments.map((a) => a.unit),
    role: assignments.map((a) => a.role),
    inferred: assignments.map((a) => a.inferred === true),
    raw: assignments.map((a) => a.raw ?? null),
    itemIndex: itemOf,
    unitIndex: unitOf,
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
  const roleOf = (itemId: string, unitId: string): Role | undefined => {
    const i = itemIndex.get(itemId);
    const u = unitIndex.get(unitId);
    if (i === undefined || u === undefined) return undefined;
    let role: Role | undefined;
    for (const k of byItem[i]!) {
      if (unitOf[k] === u)
        role = role === 'lead' || assignments[k]!.role === 'lead' ? 'lead' : 'member';
    }
    return role;
  };
  return {
    ...inc,
    assignmentTable,
    itemTable,
    unitTable,
    dense: () => denseTable(plan, assignments, byItem, unitOf),
    unitsOf: (itemId) => (byItem[itemIndex.get(itemId) ?? -1] ?? []).map((k) => assignments[k]!),
    itemsOf: (unitId) =>
      (inc.byUnit[unitIndex.get(unitId) ?? -1] ?? []).map((k) => assignments[k]!),
    roleOf,
  };
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
