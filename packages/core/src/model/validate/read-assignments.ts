import { stableUnitName } from './stable-unit-name.js';
import { addAssignment } from './add-assignment.js';
import { isPlainText } from './clean-field-text.js';
import type { Draft } from './draft.js';
import { eachRecord } from './each-record.js';
import { newAssignment } from './new-assignment.js';
import { PairSet } from './pair-set.js';
import { ODD_KEYS, RecordShape } from './record-shape.js';
import { readRole } from './read-role.js';
import { readFlag, readId, readText } from './read-scalars.js';

const ASSIGNMENT = new RecordShape(['item', 'unit', 'role', 'inferred', 'raw']);
const ITEM = ASSIGNMENT.bit('item');
const UNIT = ASSIGNMENT.bit('unit');
const ROLE = ASSIGNMENT.bit('role');
const INFERRED = ASSIGNMENT.bit('inferred');
const RAW = ASSIGNMENT.bit('raw');

/**
 * Reads `assignments`. An assignment must name a known item id and a known
 * unit id (a unit name is accepted with a warning); otherwise it is dropped
 * with an error. When it has no `raw` and its unit's name was changed by
 * normalisation, the name as written becomes `raw`, so no spelling is lost.
 * Runs after items and units are read (their ids are final).
 */
export function readAssignments(draft: Draft, list: unknown): void {
  const { ck, itemIds, unitIds } = draft;
  const listed = Array.isArray(list) ? list.length : 0;
  // every pair added is an assignment kept, so the assignments replay the pairs
  const pairs = new PairSet(itemIds.size, unitIds.size, draft.assignments.length + listed, () =>
    draft.assignments.map((a) => [itemIds.indexOf(a.item), unitIds.indexOf(a.unit)] as const),
  );
  for (const a of draft.assignments) pairs.add(itemIds.indexOf(a.item), unitIds.indexOf(a.unit));
  // most plans spell no unit differently, and Map.get hashes even on an empty Map
  const written = draft.writtenName.size > 0 ? draft.writtenName : undefined;
  // assignments mostly come item by item: look each item up once
  let lastItem: string | undefined;
  let lastIndex = -1;
  eachRecord(ck, list, 'assignments', (record, index) => {
    const seen = ASSIGNMENT.scan(record);
    const item = seen & ITEM ? record['item'] : undefined;
    const unit = seen & UNIT ? record['unit'] : undefined;
    const role = seen & ROLE ? record['role'] : undefined;
    const inferred = seen & INFERRED ? record['inferred'] : undefined;
    const raw = seen & RAW ? record['raw'] : undefined;
    // Fast path: every field is as `readAssignment` would keep it without a
    // word (ids already held are clean text, see `cleanFieldText`), so no field
    // path is built.
    if (
      (seen & ODD_KEYS) === 0 &&
      typeof item === 'string' &&
      typeof unit === 'string' &&
      (role === 'lead' || role === 'member') &&
      (inferred === undefined || typeof inferred === 'boolean') &&
      (raw === undefined || isPlainText(raw))
    ) {
      if (item !== lastItem) {
        lastItem = item;
        lastIndex = itemIds.indexOf(item);
      }
      const u = lastIndex < 0 ? -1 : unitIds.indexOf(unit);
      if (u >= 0 && pairs.add(lastIndex, u)) {
        const spelled = raw ?? written?.get(unit);
        draft.assignments.push(newAssignment(item, unit, role, inferred, spelled));
        return;
      }
    }
    const at = `assignments[${index}]`;
    if ((seen & ODD_KEYS) !== 0) ASSIGNMENT.reportKeys(ck, record, at);
    readAssignment(draft, pairs, [item, unit, role, inferred, raw], at);
  });
}

/** One assignment, field by field, reporting what is wrong with it. */
function readAssignment(
  draft: Draft,
  pairs: PairSet,
  [itemValue, unitValue, roleValue, inferredValue, rawValue]: unknown[],
  at: string,
): void {
  const { ck } = draft;
  const item = readId(ck, itemValue, `${at}.item`);
  const unitRef = readId(ck, unitValue, `${at}.unit`);
  const role = readRole(ck, roleValue, `${at}.role`);
  const inferred = readFlag(ck, inferredValue, `${at}.inferred`);
  const raw = readText(ck, rawValue, `${at}.raw`, true);
  if (item === undefined || !draft.itemIds.has(item)) {
    ck.report(
      'error',
      'plan/unknown-item',
      item === undefined
        ? 'the assignment names no item; it is dropped.'
        : `no item has the id "${item}"; the assignment is dropped.`,
      `${at}.item`,
      item === undefined ? {} : { item },
    );
    if (unitRef !== undefined && draft.unitIds.has(unitRef)) draft.droppedUnits.add(unitRef);
    return;
  }
  const unit = resolveUnit(draft, unitRef, `${at}.unit`);
  if (unit === undefined) return;
  if (role === undefined) {
    draft.droppedUnits.add(unit);
    return;
  }
  const repeated = !pairs.add(draft.itemIds.indexOf(item), draft.unitIds.indexOf(unit));
  addAssignment(
    draft,
    repeated,
    item,
    unit,
    role,
    { inferred, raw: raw ?? draft.writtenName.get(unit) },
    at,
  );
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
      { ref: ref!, unit: byName },
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
    ref === undefined ? {} : { unit: ref },
  );
  return undefined;
}
