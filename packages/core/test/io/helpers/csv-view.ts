import type { Plan } from '../../../src/model/plan.js';

/**
 * What a CSV layout holds of a plan, in a form that does not depend on unit
 * ids, section ids or the order of units and assignments: items (id, title,
 * label, section title, deadline), unit names, and assignments by item id and
 * unit name. `wide` leaves out `inferred` and `raw`, which a matrix does not hold.
 */
export function csvView(plan: Plan, layout: 'long' | 'wide' = 'long') {
  const sectionTitle = new Map((plan.sections ?? []).map((s) => [s.id, s.title]));
  const unitName = new Map(plan.units.map((u) => [u.id, u.name]));
  const orEmpty = (text: string | undefined) => (text === '' ? undefined : text);
  return {
    items: plan.items.map((i) => ({
      id: i.id,
      title: i.title,
      label: orEmpty(i.label),
      section: orEmpty(i.section === undefined ? undefined : sectionTitle.get(i.section)),
      deadline: orEmpty(i.deadline),
    })),
    units: plan.units.map((u) => u.name).sort(),
    assignments: plan.assignments
      .map((a) => {
        const row = [a.item, unitName.get(a.unit)!, a.role];
        return layout === 'wide' ? row : [...row, a.inferred === true, orEmpty(a.raw) ?? ''];
      })
      .sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1)),
  };
}
