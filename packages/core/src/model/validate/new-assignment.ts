import type { Assignment, Role } from '../plan.js';

/**
 * An assignment as `validatePlan` stores it: `inferred` only when true, `raw`
 * only when not empty, keys always in the order item, unit, role, inferred, raw.
 */
export function newAssignment(
  item: string,
  unit: string,
  role: Role,
  inferred: boolean | undefined,
  raw: string | undefined,
): Assignment {
  const withRaw = raw !== undefined && raw !== '';
  if (inferred === true) {
    return withRaw ? { item, unit, role, inferred, raw } : { item, unit, role, inferred };
  }
  return withRaw ? { item, unit, role, raw } : { item, unit, role };
}
