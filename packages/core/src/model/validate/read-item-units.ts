import { addAssignment } from './add-assignment.js';
import { isRecord } from './checker.js';
import { isPlainText } from './clean-field-text.js';
import type { Draft } from './draft.js';
import { eachRecord } from './each-record.js';
import { newAssignment } from './new-assignment.js';
import { ODD_KEYS, RecordShape } from './record-shape.js';
import { readRole } from './read-role.js';
import { readUnitName } from './read-unit-name.js';
import { readFlag, readText } from './read-scalars.js';
import { splitNameList } from './split-name-list.js';
import { stableUnitName } from './stable-unit-name.js';
import { unitForName } from './unit-for-name.js';

const NAMED = new RecordShape(['name', 'role', 'raw', 'inferred']);
const NAME = NAMED.bit('name');
const ROLE = NAMED.bit('role');
const RAW = NAMED.bit('raw');
const INFERRED = NAMED.bit('inferred');

/**
 * Reads the `units` of an item in the nested shape:
 * `[{ name, role, raw, inferred }]`, units found by name. Each assignment keeps
 * the name as this item wrote it as `raw` (its own `raw` when given). A single text
 * (`"区发改委、区财政局"`) is split at 、，, with a warning, each unit a member.
 * A unit named twice on the item is kept once, with a warning.
 */
export function readItemUnits(draft: Draft, item: string, value: unknown, at: string): void {
  const { ck } = draft;
  // the item's id is its own, so its units can only repeat within this list
  const units = new Set<string>();
  if (typeof value === 'string') {
    const names = splitNameList(value);
    ck.report(
      'warning',
      'plan/wrong-type',
      `expected a list of units, found the text "${value}"; read it as ${names.length} member unit(s).`,
      at,
      {
        expected: 'unit-list',
        found: `"${value}"`,
        outcome: 'read-as-members',
        count: names.length,
      },
    );
    names.forEach((name, index) =>
      addNamed(draft, item, units, { name, role: 'member' }, `${at}[${index}]`),
    );
    return;
  }
  eachRecord(
    ck,
    value,
    at,
    (record, index) => addNamed(draft, item, units, record, `${at}[${index}]`),
    (name) => ({ name, role: 'member' }),
  );
}

function addNamed(
  draft: Draft,
  item: string,
  units: Set<string>,
  record: unknown,
  at: string,
): void {
  if (!isRecord(record)) return;
  const { ck } = draft;
  const seen = NAMED.scan(record);
  const nameValue = seen & NAME ? record['name'] : undefined;
  const roleValue = seen & ROLE ? record['role'] : undefined;
  const rawValue = seen & RAW ? record['raw'] : undefined;
  const inferredValue = seen & INFERRED ? record['inferred'] : undefined;
  // fast path: a plain name already in its stored form, nothing to report
  if (
    (seen & ODD_KEYS) === 0 &&
    isPlainText(nameValue) &&
    nameValue !== '' &&
    (roleValue === 'lead' || roleValue === 'member') &&
    (rawValue === undefined || isPlainText(rawValue)) &&
    (inferredValue === undefined || typeof inferredValue === 'boolean') &&
    stableUnitName(nameValue) === nameValue
  ) {
    const unit = unitForName(draft, nameValue, nameValue);
    if (!units.has(unit)) {
      units.add(unit);
      const raw = rawValue ?? nameValue;
      draft.assignments.push(newAssignment(item, unit, roleValue, inferredValue, raw));
      return;
    }
  }
  if ((seen & ODD_KEYS) !== 0) NAMED.reportKeys(ck, record, at);
  const name = readUnitName(ck, nameValue ?? rawValue, `${at}.name`);
  if (name === undefined) {
    ck.report('error', 'plan/missing-field', 'the unit has no name; it is dropped.', `${at}.name`, {
      missing: 'unit-name',
    });
    return;
  }
  const role = readRole(ck, roleValue, `${at}.role`);
  if (role === undefined) return;
  const unit = unitForName(draft, name.name, name.written);
  const raw = readText(ck, rawValue, `${at}.raw`, true);
  const inferred = readFlag(ck, inferredValue, `${at}.inferred`);
  const repeated = units.has(unit);
  units.add(unit);
  addAssignment(draft, repeated, item, unit, role, { inferred, raw: raw ?? name.written }, at);
}
