import { validatePlan, type Plan, type Read } from '@remit/core/model';

/**
 * Checks a value given to an element's `data` property with core's
 * `validatePlan` (unknown and dangerous keys dropped, names normalised, every
 * repair reported) and returns the clean Plan.
 *
 * The minimal `{ items: [{ id, title }], units: [{ id, name }], assignments:
 * [{ item, unit, role }] }` is enough. `value` is `undefined` only when the
 * input is not a plan at all (see `isUnreadable`).
 */
export function toPlan(input: unknown, source?: string): Read<Plan | undefined> {
  const read = validatePlan(input, source === undefined ? {} : { source });
  return isUnreadable(read) ? { value: undefined, diagnostics: read.diagnostics } : read;
}

/**
 * True when a reader's result holds nothing to draw because of an error (not a
 * plan, a JSON syntax error, binary bytes): an error diagnostic and a plan with
 * no items and no units. A plan that is merely empty is not unreadable.
 */
export function isUnreadable(read: Read<Plan>): boolean {
  const plan = read.value;
  return (
    read.diagnostics.some((d) => d.severity === 'error') &&
    plan.items.length === 0 &&
    plan.units.length === 0
  );
}
