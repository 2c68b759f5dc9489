import type { Role } from '../../model/plan.js';
import type { Draft } from './draft.js';

/**
 * Adds an assignment unless the unit already has one on this item (then a
 * warning; the first is kept). `inferred: false` and an empty `raw` are left out.
 */
export function addAssignment(
  draft: Draft,
  item: string,
  unit: string,
  role: Role,
  extra: { inferred?: boolean | undefined; raw?: string | undefined },
  at: string,
): void {
  const pair = `${item}\u0000${unit}`;
  if (draft.pairs.has(pair)) {
    draft.ck.report(
      'warning',
      'plan/duplicate-assignment',
      `the unit "${unit}" is already assigned to the item "${item}"; kept the first assignment only.`,
      at,
    );
    return;
  }
  draft.pairs.add(pair);
  const { raw } = extra;
  draft.assignments.push({
    item,
    unit,
    role,
    ...(extra.inferred ? { inferred: true } : {}),
    ...(raw !== undefined && raw !== '' ? { raw } : {}),
  });
}
