import type { Plan } from '../model/plan.js';
import { PLAN_FORMAT_VERSION } from '../model/plan.js';

/** Key order of each record in the written file; keys not listed are not written. */
const ORDER = {
  plan: ['remit', 'meta', 'sections', 'items', 'units', 'assignments'],
  meta: ['title', 'issuer', 'docNumber', 'date', 'source', 'encoding'],
  section: ['id', 'title', 'label', 'parent'],
  item: ['id', 'title', 'label', 'section', 'text', 'deadline', 'line'],
  unit: ['id', 'name', 'canonical', 'aliases', 'kind', 'members'],
  assignment: ['item', 'unit', 'role', 'inferred', 'raw'],
} as const;

/**
 * Writes a plan as Plan JSON: `"remit": 1` first, keys in a fixed order,
 * 2-space indent, a trailing newline. Only fields of the Plan model are
 * written; `undefined` fields are left out. `readPlanJson` reads it back to an
 * equal plan (for any plan that `validatePlan` returns).
 */
export function writePlanJson(plan: Plan): string {
  const out = pick({ ...plan, remit: PLAN_FORMAT_VERSION }, ORDER.plan);
  if (plan.meta) out['meta'] = pick(plan.meta, ORDER.meta);
  if (plan.sections) out['sections'] = plan.sections.map((s) => pick(s, ORDER.section));
  out['items'] = plan.items.map((i) => pick(i, ORDER.item));
  out['units'] = plan.units.map((u) => pick(u, ORDER.unit));
  out['assignments'] = plan.assignments.map((a) => pick(a, ORDER.assignment));
  return JSON.stringify(out, null, 2) + '\n';
}

function pick(record: object, keys: readonly string[]): Record<string, unknown> {
  const source = record as Record<string, unknown>;
  const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const key of keys) {
    if (source[key] !== undefined) out[key] = source[key];
  }
  return out;
}
