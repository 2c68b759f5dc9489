import { UNIT_KINDS, type Unit, type UnitKind } from '../plan.js';
import { stableUnitName } from './stable-unit-name.js';
import { claimId } from './claim-id.js';
import { isPlainText } from './clean-field-text.js';
import type { Draft } from './draft.js';
import { eachRecord } from './each-record.js';
import { readUnitName } from './read-unit-name.js';
import { foundArgs, preview, readId, readText } from './read-scalars.js';
import { ODD_KEYS, RecordShape } from './record-shape.js';

const UNIT = new RecordShape(['id', 'name', 'canonical', 'aliases', 'kind', 'members']);
const ID = UNIT.bit('id');
const NAME = UNIT.bit('name');
const CANONICAL = UNIT.bit('canonical');
const ALIASES = UNIT.bit('aliases');
const KIND = UNIT.bit('kind');
const MEMBERS = UNIT.bit('members');

/**
 * Reads `units`. A unit without a usable name is an error and takes its id as
 * name, so it stays visible. Group members are resolved by `resolveMembers`
 * once all units are known.
 */
export function readUnits(draft: Draft, list: unknown): Map<Unit, string> {
  const { ck } = draft;
  const members = new Map<Unit, string>();
  eachRecord(
    ck,
    list,
    'units',
    (record, index) => {
      const seen = UNIT.scan(record);
      const values = [
        seen & ID ? record['id'] : undefined,
        seen & NAME ? record['name'] : undefined,
        seen & CANONICAL ? record['canonical'] : undefined,
        seen & ALIASES ? record['aliases'] : undefined,
        seen & KIND ? record['kind'] : undefined,
        seen & MEMBERS ? record['members'] : undefined,
      ];
      draft.listedAt.push(index);
      if (readPlainUnit(draft, values, seen)) return;
      const at = `units[${index}]`;
      if ((seen & ODD_KEYS) !== 0) UNIT.reportKeys(ck, record, at);
      readUnit(draft, members, values, at);
    },
    (text) => ({ name: text }),
  );
  return members;
}

/**
 * Fast path: adds the unit and returns true when it has a free plain id, a
 * name already in its stored form that no other unit has, and at most a known
 * `kind`; otherwise changes nothing and returns false.
 */
function readPlainUnit(draft: Draft, values: unknown[], seen: number): boolean {
  const [id, name, canonical, aliases, kind, members] = values;
  if (
    (seen & ODD_KEYS) !== 0 ||
    canonical !== undefined ||
    aliases !== undefined ||
    members !== undefined ||
    !(kind === undefined || isUnitKind(kind)) ||
    !isPlainText(id) ||
    id === '' ||
    draft.unitIds.has(id) ||
    !isPlainText(name) ||
    name === '' ||
    draft.unitByName.has(name) ||
    stableUnitName(name) !== name
  ) {
    return false;
  }
  const unit: Unit = { id: draft.unitIds.claim(id), name };
  if (kind !== undefined) unit.kind = kind;
  draft.units.push(unit);
  draft.unitByName.set(name, id);
  return true;
}

/** One unit, field by field, reporting what is wrong with it. */
function readUnit(draft: Draft, members: Map<Unit, string>, values: unknown[], at: string): void {
  const { ck } = draft;
  const [idValue, nameValue, canonicalValue, aliasesValue, kindValue, membersValue] = values;
  const id = claimId(ck, draft.unitIds, readId(ck, idValue, `${at}.id`), at, 'unit');
  const name = readUnitName(ck, nameValue, `${at}.name`);
  if (name === undefined) {
    ck.report(
      'error',
      'plan/missing-field',
      `the unit "${id}" has no name; its id is shown instead. Give it a name.`,
      `${at}.name`,
      { missing: 'unit-name-shown-as-id', unit: id },
    );
  }
  // the id stands in for a missing name, in the form a name is stored in
  const unit: Unit = { id, name: name?.name ?? (stableUnitName(id) || '?') };
  const canonical = readText(ck, canonicalValue, `${at}.canonical`, true);
  if (canonical !== undefined && canonical !== '') unit.canonical = canonical;
  const aliases = readNames(draft, aliasesValue, `${at}.aliases`);
  if (aliases !== undefined) unit.aliases = aliases;
  const kind = readKind(draft, kindValue, `${at}.kind`);
  if (kind !== undefined) unit.kind = kind;
  const written = readNames(draft, membersValue, `${at}.members`);
  if (written !== undefined) {
    unit.members = written;
    members.set(unit, `${at}.members`);
  }
  draft.units.push(unit);
  if (name === undefined) return;
  const twin = draft.unitByName.get(name.name);
  if (twin === undefined) draft.unitByName.set(name.name, id);
  else {
    ck.report(
      'warning',
      'plan/duplicate-name',
      `the unit "${twin}" has the same name "${name.name}"; both are kept. Merge them if they are one unit.`,
      `${at}.name`,
      { unit: twin, name: name.name },
    );
  }
  if (name.written !== name.name) draft.writtenName.set(id, name.written);
}

/**
 * Keeps group members that name a unit (by id, else by name); others are
 * dropped with a warning.
 */
export function resolveMembers(draft: Draft, members: Map<Unit, string>): void {
  for (const [unit, at] of members) {
    const ids: string[] = [];
    for (const member of unit.members ?? []) {
      const id = draft.unitIds.has(member) ? member : draft.unitByName.get(stableUnitName(member));
      if (id === undefined) {
        draft.ck.report(
          'warning',
          'plan/unknown-unit',
          `no unit has the id or name "${member}"; dropped it from the group's members.`,
          at,
          { unit: member, in: 'members' },
        );
      } else if (!ids.includes(id)) ids.push(id);
    }
    unit.members = ids;
  }
}

function readNames(draft: Draft, value: unknown, at: string): string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    draft.ck.report(
      'warning',
      'plan/wrong-type',
      `expected a list of names, found ${preview(value)}; ignored it.`,
      at,
      { expected: 'name-list', ...foundArgs(value), outcome: 'ignored' },
    );
    return undefined;
  }
  const names: string[] = [];
  value.forEach((entry: unknown, index) => {
    const name = readText(draft.ck, entry, `${at}[${index}]`, true);
    if (name !== undefined && name !== '') names.push(name);
  });
  return names;
}

function isUnitKind(value: unknown): value is UnitKind {
  return typeof value === 'string' && (UNIT_KINDS as readonly string[]).includes(value);
}

function readKind(draft: Draft, value: unknown, at: string): UnitKind | undefined {
  if (value === undefined) return undefined;
  if (isUnitKind(value)) return value;
  draft.ck.report(
    'warning',
    'plan/unknown-kind',
    `unknown unit kind ${preview(value)}; ignored it. Use one of ${UNIT_KINDS.join(', ')}.`,
    at,
    { kind: preview(value), kinds: UNIT_KINDS },
  );
  return undefined;
}
