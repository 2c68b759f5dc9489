import { planPart, type Plan, type Role } from '@remit/core/model';

/**
 * What the analyst narrowed the plan to. Sections and the unit are named as
 * the plan writes them (a section by its numbering and title, `三、提升城区
 * 依法治理水平`; a unit by its name), not by id, so that one filter applies
 * to this year's plan and to last year's alike, and reads as it is in the
 * page's address.
 */
export interface PlanFilter {
  /** sections kept, each with what lies under it; none: every section */
  readonly sections: readonly string[];
  /** the unit whose items are kept */
  readonly unit?: string;
  /** with `unit`: only the items where it has this role (a lead inferred by convention counts as lead) */
  readonly role?: Role;
  /** words the item's numbering, title or text holds (case and width folded) */
  readonly text?: string;
}

export const NO_FILTER: PlanFilter = { sections: [] };

/** True when the filter keeps less than the whole plan. */
export function isFiltered(filter: PlanFilter): boolean {
  return filter.sections.length > 0 || !!filter.unit || !!filter.text?.trim();
}

/** A section as the filter names it: its numbering and title as written. */
export function sectionName(section: { label?: string; title: string }): string {
  return `${section.label ?? ''}${section.title}`;
}

const fold = (text: string): string => text.normalize('NFKC').toLowerCase();

/**
 * The ids of the items the filter keeps, in plan order: in one of the
 * sections (or under one), assigned to the unit (in the role), and holding
 * the text.
 */
export function filteredItems(plan: Plan, filter: PlanFilter): string[] {
  const sections = new Map((plan.sections ?? []).map((s) => [s.id, s]));
  const wanted = new Set(filter.sections);
  const inSection = (id: string | undefined): boolean => {
    const seen = new Set<string>();
    for (let at = id; at !== undefined && !seen.has(at); at = sections.get(at)?.parent) {
      seen.add(at);
      const s = sections.get(at);
      if (s && wanted.has(sectionName(s))) return true;
    }
    return false;
  };
  let onUnit: Set<string> | undefined;
  if (filter.unit) {
    const ids = new Set(plan.units.filter((u) => u.name === filter.unit).map((u) => u.id));
    onUnit = new Set(
      plan.assignments
        .filter((a) => ids.has(a.unit) && (!filter.role || a.role === filter.role))
        .map((a) => a.item),
    );
  }
  const text = filter.text?.trim() ? fold(filter.text.trim()) : '';
  return plan.items
    .filter(
      (item) =>
        (wanted.size === 0 || inSection(item.section)) &&
        (!onUnit || onUnit.has(item.id)) &&
        (!text || fold(`${item.label ?? ''}${item.title}\n${item.text ?? ''}`).includes(text)),
    )
    .map((item) => item.id);
}

const parts = new WeakMap<Plan, { key: string; part: Plan }>();

/**
 * The part of the plan the filter keeps (core's `planPart`: the items kept
 * with every unit on them, ids unchanged, so selection still points into
 * the whole plan); the plan itself when nothing is filtered. Kept per plan
 * and filter: the same filter gives the same object.
 */
export function filteredPlan(plan: Plan, filter: PlanFilter): Plan {
  if (!isFiltered(filter)) return plan;
  const key = JSON.stringify([filter.sections, filter.unit, filter.role, filter.text?.trim()]);
  const known = parts.get(plan);
  if (known?.key === key) return known.part;
  const part = planPart(plan, { items: filteredItems(plan, filter) });
  parts.set(plan, { key, part });
  return part;
}
