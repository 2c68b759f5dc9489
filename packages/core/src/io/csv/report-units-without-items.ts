import type { Plan } from '../../model/plan.js';
import { previewCell, shortCell, type CsvDraft } from './csv-draft.js';

/**
 * Reports each unit that no assignment names (a matrix column without marks,
 * a row with a unit and no item), as an info where it is first named: it is
 * kept and counts no items. Units whose assignments were not read for a
 * reason already reported (`dropUnit`) are left to that report.
 */
export function reportUnitsWithoutItems(
  draft: CsvDraft,
  plan: Pick<Plan, 'units' | 'assignments'>,
): void {
  const used = new Set(plan.assignments.map((a) => a.unit));
  if (used.size === plan.units.length) return;
  for (const unit of plan.units) {
    const at = draft.unitPlace(unit.id);
    if (used.has(unit.id) || at === undefined || draft.isDropped(unit.id)) continue;
    draft.report(
      'info',
      'csv/unit-without-items',
      `the unit ${previewCell(unit.name)} has no items in the file; kept it with none.`,
      at,
      { name: shortCell(unit.name) },
    );
  }
}
