import { addAssignment } from './add-assignment.js';
import { isRecord } from './checker.js';
import type { Draft } from './draft.js';
import { eachRecord } from './each-record.js';
import { readRole } from './read-role.js';
import { readUnitName } from './read-unit-name.js';
import { readFlag, readText } from './read-scalars.js';
import { splitUnitList } from './split-unit-list.js';
import { unitForName } from './unit-for-name.js';

/**
 * Reads the `units` of an item in the nested shape:
 * `[{ name, role, raw, inferred }]`, units found by name. Each assignment keeps
 * the name as this item wrote it as `raw` (its own `raw` when given). A single text
 * (`"区发改委、区财政局"`) is split at 、，, with a warning, each unit a member.
 */
export function readItemUnits(draft: Draft, item: string, value: unknown, at: string): void {
  const { ck } = draft;
  if (typeof value === 'string') {
    const names = splitUnitList(value);
    ck.report(
      'warning',
      'plan/wrong-type',
      `expected a list of units, found the text "${value}"; read it as ${names.length} member unit(s).`,
      at,
    );
    names.forEach((name, index) =>
      addNamed(draft, item, { name, role: 'member' }, `${at}[${index}]`),
    );
    return;
  }
  eachRecord(
    ck,
    value,
    at,
    (record, field) => addNamed(draft, item, record, field),
    (name) => ({ name, role: 'member' }),
  );
}

function addNamed(draft: Draft, item: string, record: unknown, at: string): void {
  if (!isRecord(record)) return;
  const { ck } = draft;
  const f = ck.fields(record, at, ['name', 'role', 'raw', 'inferred']);
  const name = readUnitName(ck, f.get('name') ?? f.get('raw'), `${at}.name`);
  if (name === undefined) {
    ck.report('error', 'plan/missing-field', 'the unit has no name; it is dropped.', `${at}.name`);
    return;
  }
  const role = readRole(ck, f.get('role'), `${at}.role`);
  if (role === undefined) return;
  const unit = unitForName(draft, name.name, name.written);
  const raw = readText(ck, f.get('raw'), `${at}.raw`, true);
  const inferred = readFlag(ck, f.get('inferred'), `${at}.inferred`);
  addAssignment(draft, item, unit, role, { inferred, raw: raw ?? name.written }, at);
}
