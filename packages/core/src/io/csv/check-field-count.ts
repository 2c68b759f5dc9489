import { previewCell, shortCell, type CsvDraft } from './csv-draft.js';
import type { CsvRecord } from './tokenize-csv.js';

/**
 * Warns about a row with more or fewer fields than the header. Fields are never
 * shifted: extra ones are quoted in the message, missing ones read as empty.
 * Extra fields that are all empty (trailing delimiters) pass silently.
 */
export function checkFieldCount(draft: CsvDraft, record: CsvRecord, expected: number): void {
  const { fields } = record;
  if (fields.length > expected) {
    const extra = fields.slice(expected).filter((f) => f.value.trim() !== '');
    if (extra.length === 0) return;
    draft.report(
      'warning',
      'csv/extra-fields',
      `the row has ${fields.length} fields, the header ${expected}; the extra ${extra.map((f) => previewCell(f.value)).join(', ')} are not read. Quote cells that hold the delimiter.`,
      { line: extra[0]!.line, column: extra[0]!.column },
      { fields: fields.length, expected, extra: extra.map((f) => shortCell(f.value)) },
    );
  } else if (fields.length < expected) {
    const last = fields[fields.length - 1]!;
    draft.report(
      'warning',
      'csv/missing-fields',
      `the row has ${fields.length} fields, the header ${expected}; the missing ones read as empty.`,
      { line: last.line, column: last.column },
      { fields: fields.length, expected },
    );
  }
}
