import type { Draft } from './draft.js';

/**
 * Reports each unit of `units` that no assignment names, as an info at
 * `units[k]`: it is kept and counts no items. Units whose assignments were
 * dropped with an error are left to that error; members of a group are left
 * alone, since the group's items reach them when groups are expanded.
 */
export function reportUnitsWithoutItems(draft: Draft): void {
  const used = new Set(draft.assignments.map((a) => a.unit));
  if (used.size === draft.units.length) return;
  for (const unit of draft.droppedUnits) used.add(unit);
  for (const unit of draft.units) for (const member of unit.members ?? []) used.add(member);
  draft.listedAt.forEach((index, k) => {
    const unit = draft.units[k]!;
    if (used.has(unit.id)) return;
    draft.ck.report(
      'info',
      'plan/unit-without-items',
      `the unit "${unit.name}" is listed but no assignment names it; kept it with no items.`,
      `units[${index}]`,
      { unit: unit.id, name: unit.name },
    );
  });
}
