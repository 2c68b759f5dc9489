import type { Role } from '../plan.js';
import type { Draft } from './draft.js';
import { newAssignment } from './new-assignment.js';

/**
 * Adds an assignment unless `repeated` says the unit already has one on this
 * item (then a warning naming `at`; the first is kept). `inferred: false` and
 * an empty `raw` are left out.
 */
export function addAssignment(
  draft: Draft,
  repeated: boolean,
  item: string,
  unit: string,
  role: Role,
  extra: { inferred?: boolean | undefined; raw?: string | undefined },
  at: string,
): void {
  if (repeated) {
    draft.ck.report(
      'warning',
      'plan/duplicate-assignment',
      `the unit "${unit}" is already assigned to the item "${item}"; kept the first assignment only.`,
      at,
      { unit, item },
    );
    return;
  }
  draft.assignments.push(newAssignment(item, unit, role, extra.inferred, extra.raw));
}
