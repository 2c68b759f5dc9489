import { stableUnitName } from './stable-unit-name.js';
import { addAssignment } from './add-assignment.js';
import type { Draft } from './draft.js';
import { eachRecord } from './each-record.js';
import { readRole } from './read-role.js';
import { readFlag, readId, readText } from './read-scalars.js';

/**
 * Reads `assignments`. An assignment must name a known item id and a known
 * unit id (a unit name is accepted with a warning); otherwise it is dropped
 * with an error. When it has no `raw` and its unit's name was changed by
 * normalisation, the name as written becomes `raw`, so no spelling is lost.
 */
export function readAssignments(draft: Draft, list: unknown): void {
  const { ck } = draft;
  eachRecord(ck, list, 'assignments', (record, at) => {
    const f = ck.fields(record, at, ['item', 'unit', 'role', 'inferred', 'raw']);
    const item = readId(ck, f.get('item'), `${at}.item`);
    const unitRef = readId(ck, f.get('unit'), `${at}.unit`);
    const role = readRole(ck, f.get('role'), `${at}.role`);
    const inferred = readFlag(ck, f.get('inferred'), `${at}.inferred`);
    const raw = readText(ck, f.get('raw'), `${at}.raw`, true);
    if (item === undefined || !draft.itemIds.has(item)) {
      ck.report(
        'error',
        'plan/unknown-item',
        item === undefined
          ? 'the assignment names no item; it is dropped.'
          : `no item has the id "${item}"; the assignment is dropped.`,
        `${at}.item`,
      );
      return;
    }
    const unit = resolveUnit(draft, unitRef, `${at}.unit`);
    if (unit === undefined || role === undefined) return;
    addAssignment(
      draft,
      item,
      unit,
      role,
      { inferred, raw: raw ?? draft.writtenName.get(unit) },
      at,
    );
  });
}

function resolveUnit(draft: Draft, ref: string | undefined, at: string): string | undefined {
  if (ref !== undefined && draft.unitIds.has(ref)) return ref;
  const byName = ref === undefined ? undefined : draft.unitByName.get(stableUnitName(ref));
  if (byName !== undefined) {
    draft.ck.report(
      'warning',
      'plan/unit-by-name',
      `no unit has the id "${ref}", but unit "${byName}" has that name; used it. Refer to units by id.`,
      at,
    );
    return byName;
  }
  draft.ck.report(
    'error',
    'plan/unknown-unit',
    ref === undefined
      ? 'the assignment names no unit; it is dropped.'
      : `no unit has the id "${ref}"; the assignment is dropped.`,
    at,
  );
  return undefined;
}
