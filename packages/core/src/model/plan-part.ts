import type { Assignment, Plan, Section, Unit } from './plan.js';

/** Which part of a plan to keep: items and units by id. */
export interface PlanPartOptions {
  /** the items kept, by id (default: every item) */
  items?: Iterable<string>;
  /** the units kept, by id (default: every unit with an assignment on a kept item) */
  units?: Iterable<string>;
}

/**
 * A part of a plan as a plan of its own: the items asked for (in the plan's
 * order), the assignments of kept units on them, the units asked for (or,
 * by default, those with an assignment on a kept item), the sections the kept
 * items sit in with their parents, the corrections of kept items and units
 * (and those of no item or unit, such as a dismissed alias), and the plan's
 * `meta` unchanged. Nothing
 * is renamed or renumbered, so every id still points into the whole plan; ids
 * that the plan does not have are ignored.
 *
 * For a page of a large plan (a slide of its first 30 items), or for what an
 * analyst narrowed the view to.
 *
 * @example
 * planPart(plan, { items: ['1', '2'] }).items.map((i) => i.id); // ['1', '2']
 */
export function planPart(plan: Plan, options: PlanPartOptions = {}): Plan {
  const keepItem = options.items ? new Set(options.items) : undefined;
  const items = keepItem ? plan.items.filter((i) => keepItem.has(i.id)) : plan.items.slice();
  const itemIds = new Set(items.map((i) => i.id));
  const keepUnit = options.units ? new Set(options.units) : undefined;
  const assignments: Assignment[] = plan.assignments.filter(
    (a) => itemIds.has(a.item) && (!keepUnit || keepUnit.has(a.unit)),
  );
  const unitIds = keepUnit ?? new Set(assignments.map((a) => a.unit));
  const units: Unit[] = plan.units.filter((u) => unitIds.has(u.id));
  const part: Plan = { remit: 1, items, units, assignments };
  if (plan.meta) part.meta = plan.meta;
  if (plan.sections) part.sections = sectionsOf(plan.sections, items);
  // the corrections of what is kept: of a kept item, of a kept unit, or of no one record
  const corrections = plan.corrections?.filter((c) =>
    c.item !== undefined ? itemIds.has(c.item) : c.unit !== undefined ? unitIds.has(c.unit) : true,
  );
  if (corrections && corrections.length > 0) part.corrections = corrections;
  return part;
}

/** The sections the items sit in, with their parents, in the plan's order. */
function sectionsOf(
  sections: readonly Section[],
  items: readonly { section?: string }[],
): Section[] {
  const byId = new Map(sections.map((s) => [s.id, s]));
  const kept = new Set<string>();
  for (const item of items) {
    // a parent chain that loops is walked once
    for (let id = item.section; id !== undefined && !kept.has(id); id = byId.get(id)?.parent) {
      if (!byId.has(id)) break;
      kept.add(id);
    }
  }
  return sections.filter((s) => kept.has(s.id));
}
