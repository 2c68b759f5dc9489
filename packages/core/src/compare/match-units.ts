import type { Unit } from '../model/plan.js';
import type { Directory } from '../units/directory.js';
import type { DirectoryEntry } from '../units/directory-index.js';
import { findLikelyAliases, type LikelyAlias } from '../units/find-likely-aliases.js';
import { normalizeUnitName } from '../model/normalize-unit-name.js';
import type { UnitMatchKind } from './types.js';
import { unitKeys } from './unit-key.js';

/** Units of the two plans that are one unit. */
export interface UnitPairing {
  kind: UnitMatchKind;
  before: Unit[];
  after: Unit[];
  /** for `alias`: the directory entry's full name */
  canonical?: string;
  /** for `likely-alias` */
  reason?: LikelyAlias['reason'];
}

/**
 * Finds each unit of one plan in the other:
 *
 * 1. Every unit gets a key (`unitKeys`): its directory entry when the directory
 *    knows one of its names, else its normalised name. Units of one key are one
 *    unit, on each side and across the two.
 * 2. A key with units on both sides is `same` when both sides write the same
 *    names, else `alias` (the directory says they are one).
 * 3. Among the keys left on one side only, a name before and a name after that
 *    `findLikelyAliases` pairs (`区府办` / `区府办(政务服务办)`, `司法局` / `区司法局`)
 *    are matched as `likely-alias`, to be confirmed by a person; each name
 *    pairs at most once, in the order the plans list them.
 * 4. The rest are `new` (after only) or `dropped` (before only).
 *
 * Pairings come in the order of the units after, then the dropped ones.
 */
export function matchUnits(
  before: readonly Unit[],
  after: readonly Unit[],
  directory?: Directory,
): UnitPairing[] {
  const keyOf = unitKeys(directory);
  interface Slot {
    before: Unit[];
    after: Unit[];
    entry?: DirectoryEntry;
    order: number;
  }
  const slots = new Map<unknown, Slot>();
  const slotOf = (unit: Unit, order: number): Slot => {
    const { key, entry } = keyOf(unit);
    let slot = slots.get(key);
    if (slot === undefined) {
      slot = { before: [], after: [], order, ...(entry ? { entry } : {}) };
      slots.set(key, slot);
    }
    return slot;
  };
  after.forEach((unit, i) => slotOf(unit, i).after.push(unit));
  before.forEach((unit, i) => slotOf(unit, after.length + i).before.push(unit));

  const pairings: { order: number; pairing: UnitPairing }[] = [];
  const beforeOnly: Slot[] = [];
  const afterOnly: Slot[] = [];
  for (const slot of slots.values()) {
    if (slot.before.length === 0) afterOnly.push(slot);
    else if (slot.after.length === 0) beforeOnly.push(slot);
    else {
      const names = (units: Unit[]) =>
        [...new Set(units.map((u) => normalizeUnitName(u.name)))].sort().join('\u0000');
      const same = names(slot.before) === names(slot.after);
      const pairing: UnitPairing = {
        kind: same ? 'same' : 'alias',
        before: slot.before,
        after: slot.after,
      };
      if (!same && slot.entry) pairing.canonical = slot.entry.entry.name;
      pairings.push({ order: slot.order, pairing });
    }
  }
  // Likely aliases, only between a name before and a name after.
  const beforeByName = new Map(beforeOnly.map((s) => [normalizeUnitName(s.before[0]!.name), s]));
  const afterByName = new Map(afterOnly.map((s) => [normalizeUnitName(s.after[0]!.name), s]));
  const taken = new Set<Slot>();
  const names = [...afterByName.keys(), ...beforeByName.keys()].map((name) => ({ name }));
  for (const alias of findLikelyAliases(names)) {
    const [b, a] =
      beforeByName.has(alias.a) && afterByName.has(alias.b)
        ? [beforeByName.get(alias.a)!, afterByName.get(alias.b)!]
        : [beforeByName.get(alias.b), afterByName.get(alias.a)];
    if (b === undefined || a === undefined || taken.has(b) || taken.has(a)) continue;
    taken.add(b);
    taken.add(a);
    pairings.push({
      order: a.order,
      pairing: { kind: 'likely-alias', before: b.before, after: a.after, reason: alias.reason },
    });
  }
  for (const slot of afterOnly) {
    if (!taken.has(slot))
      pairings.push({ order: slot.order, pairing: { kind: 'new', before: [], after: slot.after } });
  }
  for (const slot of beforeOnly) {
    if (!taken.has(slot))
      pairings.push({
        order: slot.order,
        pairing: { kind: 'dropped', before: slot.before, after: [] },
      });
  }
  return pairings.sort((x, y) => x.order - y.order).map((p) => p.pairing);
}
