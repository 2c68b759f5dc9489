import type { Item, Plan } from '../../model/plan.js';

/** Each section's title by id. */
export function sectionTitles(plan: Plan): Map<string, string> {
  return new Map((plan.sections ?? []).map((s) => [s.id, s.title]));
}

/** The cells of `MATRIX_ITEM_COLUMNS` for one item: id, title, section title, label, deadline. */
export function itemCells(item: Item, sectionTitle: ReadonlyMap<string, string>): string[] {
  return [
    item.id,
    item.title,
    item.section === undefined ? '' : (sectionTitle.get(item.section) ?? ''),
    item.label ?? '',
    item.deadline ?? '',
  ];
}
