import type { Unit } from '../model/plan.js';
import type { Directory } from '../units/directory.js';
import { directoryIndex, type DirectoryEntry } from '../units/directory-index.js';
import { normalizeUnitName } from '../model/normalize-unit-name.js';

/** What makes units one unit across plans: a directory entry, or a normalised name. */
export interface UnitKey {
  /** equal keys (by `===`) are one unit */
  key: unknown;
  /** the directory entry, when the directory knows one of the unit's names */
  entry?: DirectoryEntry;
}

/**
 * A function giving each unit its key: its directory entry when the directory
 * knows its name, canonical name or one of its aliases (in that order), else
 * its normalised name. Without a directory, names alone decide.
 *
 * @example const keyOf = unitKeys(directory); keyOf({ id: 'u1', name: '区科技委' }).entry?.entry.name
 */
export function unitKeys(directory?: Directory): (unit: Unit) => UnitKey {
  const byName = directory ? directoryIndex(directory).byName : new Map<string, DirectoryEntry>();
  return (unit) => {
    for (const name of [unit.name, unit.canonical, ...(unit.aliases ?? [])]) {
      if (name === undefined) continue;
      const entry = byName.get(normalizeUnitName(name));
      if (entry) return { key: entry.entry, entry };
    }
    return { key: normalizeUnitName(unit.name) };
  };
}
