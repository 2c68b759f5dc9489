import type { Plan } from '../model/plan.js';
import { PLAN_FORMAT_VERSION } from '../model/plan.js';

/** Key order of each record in the written file; keys not listed are not written. */
const ORDER = {
  meta: ['title', 'issuer', 'docNumber', 'date', 'source', 'encoding'],
  section: ['id', 'title', 'label', 'parent'],
  item: ['id', 'title', 'label', 'section', 'text', 'deadline', 'line'],
  unit: ['id', 'name', 'canonical', 'aliases', 'kind', 'members'],
  assignment: ['item', 'unit', 'role', 'inferred', 'raw'],
  correction: ['kind', 'at', 'item', 'unit', 'before', 'after'],
} as const;

/**
 * Writes a plan as Plan JSON: `"remit": 1` first, keys in a fixed order,
 * 2-space indent, a trailing newline. Only fields of the Plan model are
 * written; `undefined` fields are left out. `readPlanJson` reads it back to an
 * equal plan (for any plan that `validatePlan` returns).
 */
export function writePlanJson(plan: Plan): string {
  return [...planJsonPieces(plan)].join('');
}

/**
 * The text `writePlanJson` returns, in pieces of one record each, to be written
 * out as they come: a large plan's JSON is never held whole (the CLI writes a
 * 50 MB plan with a few kilobytes in hand).
 *
 * @example for (const piece of planJsonPieces(plan)) stream.write(piece);
 */
export function* planJsonPieces(plan: Plan): Generator<string> {
  yield `{\n  "remit": ${PLAN_FORMAT_VERSION}`;
  if (plan.meta) yield `,\n  "meta": ${nested(pick(plan.meta, ORDER.meta), '  ')}`;
  if (plan.sections) yield* records('sections', plan.sections, ORDER.section);
  yield* records('items', plan.items, ORDER.item);
  yield* records('units', plan.units, ORDER.unit);
  yield* records('assignments', plan.assignments, ORDER.assignment);
  if (plan.corrections && plan.corrections.length > 0)
    yield* records('corrections', plan.corrections, ORDER.correction);
  yield '\n}\n';
}

/** A top-level array as `JSON.stringify(…, null, 2)` writes it inside the plan, a record at a time. */
function* records(
  key: string,
  list: readonly object[],
  keys: readonly string[],
): Generator<string> {
  if (list.length === 0) {
    yield `,\n  "${key}": []`;
    return;
  }
  yield `,\n  "${key}": [`;
  for (let i = 0; i < list.length; i++) {
    yield `${i === 0 ? '' : ','}\n    ${nested(pick(list[i]!, keys), '    ')}`;
  }
  yield '\n  ]';
}

/** A value indented as it stands at `indent` in a document of 2-space indent. */
function nested(value: unknown, indent: string): string {
  // JSON escapes line breaks inside strings, so every \n is one of the layout's.
  return JSON.stringify(value, null, 2).replace(/\n/gu, '\n' + indent);
}

function pick(record: object, keys: readonly string[]): Record<string, unknown> {
  const source = record as Record<string, unknown>;
  const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const key of keys) {
    if (source[key] !== undefined) out[key] = source[key];
  }
  return out;
}
