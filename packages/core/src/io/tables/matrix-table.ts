import type { Plan } from '../../model/plan.js';
import type { Table, TableOptions } from '../table.js';
import { itemCells, sectionTitles } from './item-cells.js';
import { MATRIX_ITEM_COLUMNS, planWords } from './plan-words.js';
import { toUnitHeader } from './unit-cell.js';

/**
 * A plan as a wide item × unit matrix: `item,title,section,label,deadline`,
 * then one column per unit (by name, in plan order); cells `lead`, `member`
 * (牵头, 配合 in Chinese) or empty. Items without units are rows with no
 * marks; units without items are columns with no marks. A unit name that
 * `readPlanCsv` would read as another column (`单位`, `备注`) is written in
 * double quotes (`toUnitHeader`). Besides what
 * `assignmentsTable` leaves out, the matrix does not hold `inferred` or `raw`.
 */
export function matrixTable(plan: Plan, options: TableOptions = {}): Table {
  const w = planWords(options);
  const sectionTitle = sectionTitles(plan);
  const column = new Map(plan.units.map((u, c) => [u.id, c]));
  const marks = new Map<string, string[]>();
  for (const a of plan.assignments) {
    const c = column.get(a.unit);
    if (c === undefined) continue;
    let row = marks.get(a.item);
    if (!row) {
      row = plan.units.map(() => '');
      marks.set(a.item, row);
    }
    if (row[c] === '') row[c] = w.role(a.role);
  }
  return {
    header: [...MATRIX_ITEM_COLUMNS.map(w.header), ...plan.units.map((u) => toUnitHeader(u.name))],
    rows: plan.items.map((item) => [
      ...itemCells(item, sectionTitle),
      ...(marks.get(item.id) ?? plan.units.map(() => '')),
    ]),
  };
}
