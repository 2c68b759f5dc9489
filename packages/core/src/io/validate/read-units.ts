import { UNIT_KINDS, type Unit, type UnitKind } from '../../model/plan.js';
import { stableUnitName } from './stable-unit-name.js';
import { claimId } from './claim-id.js';
import type { Draft } from './draft.js';
import { eachRecord } from './each-record.js';
import { readUnitName } from './read-unit-name.js';
import { preview, readId, readText } from './read-scalars.js';

const UNIT_KEYS = ['id', 'name', 'canonical', 'aliases', 'kind', 'members'];

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
    (record, at) => {
      const f = ck.fields(record, at, UNIT_KEYS);
      const id = claimId(ck, draft.unitIds, readId(ck, f.get('id'), `${at}.id`), at, 'unit');
      const name = readUnitName(ck, f.get('name'), `${at}.name`);
      if (name === undefined) {
        ck.report(
          'error',
          'plan/missing-field',
          `the unit "${id}" has no name; its id is shown instead. Give it a name.`,
          `${at}.name`,
        );
      }
      // the id stands in for a missing name, in the form a name is stored in
      const unit: Unit = { id, name: name?.name ?? (stableUnitName(id) || '?') };
      const canonical = readText(ck, f.get('canonical'), `${at}.canonical`, true);
      if (canonical !== undefined && canonical !== '') unit.canonical = canonical;
      const aliases = readNames(draft, f.get('aliases'), `${at}.aliases`);
      if (aliases !== undefined) unit.aliases = aliases;
      const kind = readKind(draft, f.get('kind'), `${at}.kind`);
      if (kind !== undefined) unit.kind = kind;
      const written = readNames(draft, f.get('members'), `${at}.members`);
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
        );
      }
      if (name.written !== name.name) draft.writtenName.set(id, name.written);
    },
    (text) => ({ name: text }),
  );
  return members;
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

function readKind(draft: Draft, value: unknown, at: string): UnitKind | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && (UNIT_KINDS as readonly string[]).includes(value)) {
    return value as UnitKind;
  }
  draft.ck.report(
    'warning',
    'plan/unknown-kind',
    `unknown unit kind ${preview(value)}; ignored it. Use one of ${UNIT_KINDS.join(', ')}.`,
    at,
  );
  return undefined;
}
