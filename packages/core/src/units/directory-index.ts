import type { Directory, DirectoryGroup, DirectoryUnit } from './directory.js';
import { normalizeUnitName } from '../model/normalize-unit-name.js';

export type DirectoryEntry =
  { type: 'unit'; entry: DirectoryUnit } | { type: 'group'; entry: DirectoryGroup };

/**
 * Indexes a directory by every name it knows (full names, short names, aliases,
 * group names), normalised. When two entries claim one name the first keeps it
 * and the name is returned in `conflicts`.
 */
export function directoryIndex(directory: Directory): {
  byName: Map<string, DirectoryEntry>;
  conflicts: string[];
} {
  const byName = new Map<string, DirectoryEntry>();
  const conflicts: string[] = [];
  const claim = (name: string, value: DirectoryEntry) => {
    const key = normalizeUnitName(name);
    const held = byName.get(key);
    if (held === undefined) byName.set(key, value);
    else if (held.entry !== value.entry) conflicts.push(key);
  };
  for (const entry of directory.units) {
    for (const name of [entry.name, ...entry.short, ...entry.aliases])
      claim(name, { type: 'unit', entry });
  }
  for (const entry of directory.groups) claim(entry.name, { type: 'group', entry });
  return { byName, conflicts };
}
