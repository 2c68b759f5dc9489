import type { Plan } from '../../model/plan.js';
import type { Table, TableCell, TableOptions } from '../table.js';
import { itemCells, sectionTitles } from './item-cells.js';
import { ASSIGNMENT_COLUMNS, planWords } from './plan-words.js';
import { toUnitCell } from './unit-cell.js';

/**
 * A plan as a long table, one row per assignment:
 * `item,title,section,label,deadline,unit,role,inferred,raw` (section is the
 * section's title, unit the unit's name, inferred `true` or empty), in English
 * or Chinese (`TableOptions`). An item without units gets one row with empty
 * unit and role; a unit without items gets one row with empty item columns,
 * after all items. Rows follow the items' order, each item's assignments in
 * plan order. Every cell is text. A unit name that `readPlanCsv` would read
 * as a list (`区A;区B`) or otherwise change is written in double quotes
 * (`toUnitCell`), so the names read back exactly.
 *
 * Not held: meta, section labels and nesting, item text and line, unit ids,
 * kinds, canonical names, aliases, group members.
 */
export function assignmentsTable(plan: Plan, options: TableOptions = {}): Table {
  const w = planWords(options);
  const sectionTitle = sectionTitles(plan);
  const unitCell = new Map(plan.units.map((u) => [u.id, toUnitCell(u.name)]));
  const byItem = new Map<string, Plan['assignments']>();
  for (const a of plan.assignments) {
    const list = byItem.get(a.item);
    if (list) list.push(a);
    else byItem.set(a.item, [a]);
  }
  const used = new Set(plan.assignments.map((a) => a.unit));
  const rows: TableCell[][] = [];
  for (const item of plan.items) {
    const cells = itemCells(item, sectionTitle);
    const assignments = byItem.get(item.id) ?? [];
    if (assignments.length === 0) rows.push([...cells, '', '', '', '']);
    for (const a of assignments) {
      rows.push([
        ...cells,
        unitCell.get(a.unit) ?? toUnitCell(a.unit),
        w.role(a.role),
        a.inferred ? w.yes : '',
        a.raw ?? '',
      ]);
    }
  }
  for (const unit of plan.units) {
    if (!used.has(unit.id)) rows.push(['', '', '', '', '', unitCell.get(unit.id)!, '', '', '']);
  }
  return { header: ASSIGNMENT_COLUMNS.map(w.header), rows };
}
