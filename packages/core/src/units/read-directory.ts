import { diagnostic, type Diagnostic, type Read } from '../model/diagnostic.js';
import { UNIT_KINDS, type UnitKind } from '../model/plan.js';
import type { Directory, DirectoryGroup, DirectoryUnit } from './directory.js';
import { normalizeUnitName } from '../model/normalize-unit-name.js';

/**
 * Reads a unit directory from JSON text. Entries that cannot be used are
 * reported and skipped; everything else is kept. Names are normalised with
 * `normalizeUnitName`. Kinds outside the known set become `other` with a warning
 * (`congress`-like synonyms are not guessed).
 */
export function readDirectory(text: string, options: { source?: string } = {}): Read<Directory> {
  const source = options.source;
  const diagnostics: Diagnostic[] = [];
  const empty: Directory = { units: [], groups: [] };
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/u, ''));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    diagnostics.push(
      diagnostic(
        'error',
        'directory/syntax',
        `readDirectory: not valid JSON (${message}); fix the file and try again.`,
        {
          ...(source ? { source } : {}),
        },
        { error: message },
      ),
    );
    return { value: empty, diagnostics };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    diagnostics.push(
      diagnostic(
        'error',
        'directory/shape',
        'readDirectory: expected an object with "units" and "groups" arrays.',
        {
          ...(source ? { source } : {}),
        },
        { shape: 'top' },
      ),
    );
    return { value: empty, diagnostics };
  }
  const record = value as Record<string, unknown>;
  const version = record['remit-directory'];
  if (version !== undefined && version !== 1) {
    diagnostics.push(
      diagnostic(
        'error',
        'directory/version',
        `readDirectory: unsupported version ${String(version)}; this reader knows version 1.`,
        {
          field: 'remit-directory',
          ...(source ? { source } : {}),
        },
        { version: String(version) },
      ),
    );
    return { value: empty, diagnostics };
  }
  const place = (field: string) => ({ field, ...(source ? { source } : {}) });
  // Both lists hold named entries: those without a name are reported and
  // skipped, the others read in order (so diagnostics keep the file's order).
  const named = <T>(
    key: 'units' | 'groups',
    what: 'unit' | 'group',
    read: (entry: Record<string, unknown>, name: string, at: string) => T,
  ): T[] =>
    arrayField(record, key, diagnostics, place).flatMap((entry, i) => {
      const name = stringField(entry, 'name');
      if (name) return [read(entry, normalizeUnitName(name), `${key}[${i}]`)];
      diagnostics.push(
        diagnostic(
          'warning',
          'directory/no-name',
          `readDirectory: ${what} without a name skipped.`,
          place(`${key}[${i}].name`),
          { record: what },
        ),
      );
      return [];
    });
  const units = named('units', 'unit', (entry, name, at): DirectoryUnit => ({
    name,
    short: stringList(entry, 'short').map(normalizeUnitName),
    aliases: stringList(entry, 'aliases').map(normalizeUnitName),
    ...kindOf(entry, diagnostics, place(`${at}.kind`)),
  }));
  const groups = named('groups', 'group', (entry, name, at): DirectoryGroup => ({
    name,
    members: stringList(entry, 'members').map(normalizeUnitName),
    ...kindOf(entry, diagnostics, place(`${at}.kind`)),
  }));
  const about = typeof record.about === 'string' ? { about: record.about } : {};
  return { value: { ...about, units, groups }, diagnostics };
}

function arrayField(
  record: Record<string, unknown>,
  key: string,
  diagnostics: Diagnostic[],
  place: (field: string) => { field: string },
): Record<string, unknown>[] {
  const value = record[key];
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    diagnostics.push(
      diagnostic(
        'error',
        'directory/shape',
        `readDirectory: "${key}" must be an array.`,
        place(key),
        { shape: 'array', key },
      ),
    );
    return [];
  }
  return value.filter(
    (v): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v),
  );
}

function stringField(entry: Record<string, unknown>, key: string): string | undefined {
  const v = entry[key];
  return typeof v === 'string' && v.trim() !== '' ? v : undefined;
}

function stringList(entry: Record<string, unknown>, key: string): string[] {
  const v = entry[key];
  if (typeof v === 'string') return [v];
  return Array.isArray(v)
    ? v.filter((x): x is string => typeof x === 'string' && x.trim() !== '')
    : [];
}

function kindOf(
  entry: Record<string, unknown>,
  diagnostics: Diagnostic[],
  place: { field: string },
): { kind?: UnitKind } {
  const kind = entry.kind;
  if (kind === undefined) return {};
  if (typeof kind === 'string' && (UNIT_KINDS as readonly string[]).includes(kind))
    return { kind: kind as UnitKind };
  diagnostics.push(
    diagnostic(
      'warning',
      'directory/kind',
      `readDirectory: unknown kind ${JSON.stringify(kind)}; use one of ${UNIT_KINDS.join(', ')}. Taken as "other".`,
      place,
      { kind: JSON.stringify(kind) ?? String(kind), kinds: UNIT_KINDS },
    ),
  );
  return { kind: 'other' };
}
