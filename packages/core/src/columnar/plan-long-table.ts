import type { Plan } from '../model/plan.js';
import { guessUnitKind } from '../units/guess-unit-kind.js';
import type { ColumnTable, ColumnValue, TableSchema } from './column-table.js';

/**
 * The long table of one plan (`remit convert --to parquet|arrow`): the rows of
 * the long CSV (`assignmentsTable`), one per assignment, with typed values and
 * the item's source line and the unit's kind besides.
 */
export const PLAN_LONG_TABLE: TableSchema = {
  name: 'plan',
  columns: [
    { name: 'item', type: 'string', doc: "the item's id" },
    { name: 'title', type: 'string', doc: "the item's title" },
    { name: 'section', type: 'string', doc: "the title of the item's section" },
    { name: 'label', type: 'string', doc: 'the numbering as written' },
    { name: 'deadline', type: 'string', doc: 'the deadline as the item states it' },
    { name: 'line', type: 'int32', doc: "the source line of the item's label" },
    { name: 'unit', type: 'string', doc: "the unit's name" },
    { name: 'kind', type: 'string', doc: "the unit's kind (from the directory, else guessed)" },
    { name: 'role', type: 'string', doc: 'lead or member' },
    { name: 'inferred', type: 'boolean', doc: 'a lead inferred, not written' },
    { name: 'raw', type: 'string', doc: "the unit's name as this item wrote it" },
  ],
};

/**
 * One plan as its long table (`PLAN_LONG_TABLE`): a row per assignment in
 * the items' order; an item without units is one row whose unit is `null`,
 * and a unit without items one row whose item is `null`, after all items, so
 * that nothing of the matrix is lost.
 *
 * @example toParquet(planLongTable(plan))
 */
export function planLongTable(plan: Plan): ColumnTable {
  const columns: ColumnValue[][] = PLAN_LONG_TABLE.columns.map(() => []);
  const push = (row: readonly ColumnValue[]) => {
    for (let c = 0; c < columns.length; c++) columns[c]!.push(row[c]!);
  };
  const sectionTitle = new Map((plan.sections ?? []).map((s) => [s.id, s.title]));
  const unitOf = new Map(plan.units.map((u) => [u.id, u]));
  const byItem = new Map<string, Plan['assignments']>();
  for (const a of plan.assignments) {
    const list = byItem.get(a.item);
    if (list) list.push(a);
    else byItem.set(a.item, [a]);
  }
  const none = [null, null, null, null, null];
  for (const item of plan.items) {
    const cells = [
      item.id,
      item.title,
      item.section === undefined ? null : (sectionTitle.get(item.section) ?? null),
      item.label ?? null,
      item.deadline ?? null,
      item.line ?? null,
    ];
    const assignments = byItem.get(item.id) ?? [];
    if (assignments.length === 0) push([...cells, ...none]);
    for (const a of assignments) {
      const unit = unitOf.get(a.unit);
      const name = unit?.name ?? a.unit;
      push([
        ...cells,
        name,
        unit?.kind ?? guessUnitKind(name),
        a.role,
        a.inferred === true,
        a.raw ?? null,
      ]);
    }
  }
  const used = new Set(plan.assignments.map((a) => a.unit));
  for (const unit of plan.units) {
    if (used.has(unit.id)) continue;
    push([
      null,
      null,
      null,
      null,
      null,
      null,
      unit.name,
      unit.kind ?? guessUnitKind(unit.name),
      null,
      null,
      null,
    ]);
  }
  return { schema: PLAN_LONG_TABLE, columns };
}
