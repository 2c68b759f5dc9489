import { isUnitLike } from '../../parse/units/is-unit-like.js';
import { splitNameList } from '../../model/validate/split-name-list.js';
import { stableUnitName } from '../../model/validate/stable-unit-name.js';
import { previewCell, shortCell, type CsvDraft } from './csv-draft.js';
import type { CsvField, CsvRecord } from './tokenize-csv.js';

/**
 * Warns about a row with more or fewer fields than the header, and returns
 * the extra fields to read as further units of the row. Fields are never
 * shifted. When `takesUnits` (a long row, whose units take its role, or a
 * lists row ending in a unit list), an extra field that names units
 * (`区财政局`, `区A、区B`: each name shaped like a unit) is returned and reported
 * as read; other extra fields are quoted in a warning and not read. Missing fields read as empty. Extra fields that are all empty
 * (trailing delimiters) pass silently.
 */
export function checkFieldCount(
  draft: CsvDraft,
  record: CsvRecord,
  expected: number,
  takesUnits: boolean,
): CsvField[] {
  const { fields } = record;
  if (fields.length > expected) {
    const extra = fields.slice(expected).filter((f) => f.value.trim() !== '');
    const units = takesUnits ? extra.filter(namesUnits) : [];
    const unread = extra.filter((f) => !units.includes(f));
    const counts = { fields: fields.length, expected };
    if (units.length > 0) {
      draft.report(
        'warning',
        'csv/extra-units',
        `the row has ${fields.length} fields, the header ${expected}; read the extra ${quoted(units)} as further units of this row, with its role. Quote cells that hold the delimiter.`,
        { line: units[0]!.line, column: units[0]!.column },
        { ...counts, extra: units.map((f) => shortCell(f.value)) },
      );
    }
    if (unread.length > 0) {
      draft.report(
        'warning',
        'csv/extra-fields',
        `the row has ${fields.length} fields, the header ${expected}; the extra ${quoted(unread)} are not read. Quote cells that hold the delimiter.`,
        { line: unread[0]!.line, column: unread[0]!.column },
        { ...counts, extra: unread.map((f) => shortCell(f.value)) },
      );
    }
    return units;
  }
  if (fields.length < expected) {
    const last = fields[fields.length - 1]!;
    draft.report(
      'warning',
      'csv/missing-fields',
      `the row has ${fields.length} fields, the header ${expected}; the missing ones read as empty.`,
      { line: last.line, column: last.column },
      { fields: fields.length, expected },
    );
  }
  return [];
}

function namesUnits(field: CsvField): boolean {
  const names = splitNameList(field.value);
  return names.length > 0 && names.every((name) => isUnitLike(stableUnitName(name)));
}

function quoted(fields: readonly CsvField[]): string {
  return fields.map((f) => previewCell(f.value)).join(', ');
}
