import type { Incidence } from '../model/incidence.js';

/**
 * Throws unless `inc` looks like an `Incidence` (or a `ResponsibilityMatrix`,
 * which has the same fields). Metrics call it once at their boundary.
 */
export function checkIncidence(fn: string, inc: unknown): asserts inc is Incidence {
  const i = inc as Partial<Incidence> | null | undefined;
  if (
    i == null ||
    !Array.isArray(i.items) ||
    !Array.isArray(i.units) ||
    !Array.isArray(i.byItem) ||
    !Array.isArray(i.byUnit) ||
    !(i.unitOf instanceof Int32Array) ||
    !(i.itemOf instanceof Int32Array)
  ) {
    throw new TypeError(`${fn}: expected an Incidence; build one with incidence(plan)`);
  }
}
