import { diagnostic, type Diagnostic, type Read } from '../model/diagnostic.js';
import type { Assignment, Plan, Unit } from '../model/plan.js';
import type { Directory } from './directory.js';
import { directoryIndex, type DirectoryEntry } from './directory-index.js';
import { normalizeUnitName } from '../model/normalize-unit-name.js';

/**
 * Maps a plan's units onto a directory: units the directory knows get their
 * canonical name, aliases and kind; units that are two names for one directory
 * entry (`区府办` and `区府办(政务服务办)`) become one unit, keeping the first id;
 * group names get kind `group` and their members' names.
 *
 * Nothing written is lost: every assignment keeps `raw`, the name as its item
 * wrote it (filled from the old unit name when the plan had none), and each
 * merge is reported. Units the directory does not know stay as they are and are
 * reported as `directory/unknown-unit` (info).
 *
 * When one item names two units that merge, one assignment remains; it is a lead
 * when either was.
 */
export function applyDirectory(plan: Plan, directory: Directory): Read<Plan> {
  const diagnostics: Diagnostic[] = [];
  const { byName, conflicts } = directoryIndex(directory);
  for (const name of conflicts) {
    diagnostics.push(
      diagnostic(
        'warning',
        'directory/conflict',
        `applyDirectory: the name ${name} belongs to two directory entries; the first is used.`,
        {},
        { name },
      ),
    );
  }
  const unitIdByEntry = new Map<DirectoryEntry['entry'], string>();
  const remap = new Map<string, string>();
  const units: Unit[] = [];
  const unitById = new Map<string, Unit>();
  for (const unit of plan.units) {
    const found = lookup(byName, unit);
    if (!found) {
      diagnostics.push(
        diagnostic(
          'info',
          'directory/unknown-unit',
          `applyDirectory: ${unit.name} is not in the directory; kept as written.`,
          {
            field: `units.${unit.id}`,
          },
          { unit: unit.name },
        ),
      );
      remap.set(unit.id, unit.id);
      const copy = { ...unit };
      units.push(copy);
      unitById.set(copy.id, copy);
      continue;
    }
    const existing = unitIdByEntry.get(found.entry);
    if (existing !== undefined) {
      remap.set(unit.id, existing);
      const target = unitById.get(existing)!;
      target.aliases = unique([
        ...(target.aliases ?? []),
        unit.name,
        ...(unit.aliases ?? []),
      ]).filter((n) => n !== target.name);
      diagnostics.push(
        diagnostic(
          'info',
          'directory/merged',
          `applyDirectory: ${unit.name} and ${target.name} are one unit (${target.canonical ?? target.name}).`,
          {
            field: `units.${unit.id}`,
          },
          { unit: unit.name, other: target.name, canonical: target.canonical ?? target.name },
        ),
      );
      continue;
    }
    const mapped = mappedUnit(unit, found);
    unitIdByEntry.set(found.entry, mapped.id);
    remap.set(unit.id, mapped.id);
    units.push(mapped);
    unitById.set(mapped.id, mapped);
  }
  const names = new Map(plan.units.map((u) => [u.id, u.name]));
  const assignments: Assignment[] = [];
  const byPair = new Map<string, Assignment>();
  for (const a of plan.assignments) {
    const unit = remap.get(a.unit) ?? a.unit;
    const raw = a.raw ?? names.get(a.unit);
    const key = `${a.item}\u0000${unit}`;
    const held = byPair.get(key);
    if (held && a.unit !== unit) {
      if (a.role === 'lead' && (held.role !== 'lead' || (held.inferred && !a.inferred))) {
        held.role = 'lead';
        if (a.inferred) held.inferred = true;
        else delete held.inferred;
      }
      continue;
    }
    const next: Assignment = { ...a, unit };
    if (raw !== undefined) next.raw = raw;
    if (!held) byPair.set(key, next);
    assignments.push(next);
  }
  return { value: { ...plan, units, assignments }, diagnostics };
}

function lookup(byName: Map<string, DirectoryEntry>, unit: Unit): DirectoryEntry | undefined {
  for (const name of [unit.name, unit.canonical, ...(unit.aliases ?? [])]) {
    if (name === undefined) continue;
    const found = byName.get(normalizeUnitName(name));
    if (found) return found;
  }
  return undefined;
}

function mappedUnit(unit: Unit, found: DirectoryEntry): Unit {
  if (found.type === 'group') {
    return {
      ...unit,
      kind: 'group',
      ...(found.entry.members.length > 0 ? { members: [...found.entry.members] } : {}),
    };
  }
  const entry = found.entry;
  const name = entry.short[0] ?? unit.name;
  const aliases = unique([
    unit.name,
    ...entry.short,
    ...entry.aliases,
    ...(unit.aliases ?? []),
  ]).filter((n) => n !== name && n !== entry.name);
  const mapped: Unit = { ...unit, name, canonical: entry.name };
  if (aliases.length > 0) mapped.aliases = aliases;
  else delete mapped.aliases;
  if (entry.kind) mapped.kind = entry.kind;
  return mapped;
}

function unique(names: string[]): string[] {
  return [...new Set(names)];
}
