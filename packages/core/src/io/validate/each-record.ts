import { isRecord, type Checker } from './checker.js';
import { preview } from './read-scalars.js';

/**
 * Visits the objects of a list field (`items`, `units` …) with their field path
 * (`items[3]`). `null` entries are skipped with a warning; a string entry is
 * turned into an object by `fromString` (with a warning) when given; any other
 * entry is skipped with an error. A field that is not a list is an error.
 */
export function eachRecord(
  ck: Checker,
  list: unknown,
  at: string,
  visit: (record: Record<string, unknown>, field: string) => void,
  fromString?: (text: string) => Record<string, unknown>,
): void {
  if (list === undefined) return;
  if (!Array.isArray(list)) {
    ck.report(
      'error',
      'plan/wrong-type',
      `expected a list, found ${preview(list)}; ignored it.`,
      at,
    );
    return;
  }
  list.forEach((entry: unknown, index) => {
    const field = `${at}[${index}]`;
    if (entry === null) {
      ck.report('warning', 'plan/null-entry', 'skipped a null entry.', field);
    } else if (typeof entry === 'string' && fromString) {
      const record = fromString(entry);
      ck.report(
        'warning',
        'plan/wrong-type',
        `expected an object, found the text ${preview(entry)}; read it as ${preview(record)}.`,
        field,
      );
      visit(record, field);
    } else if (isRecord(entry)) {
      visit(entry, field);
    } else {
      ck.report(
        'error',
        'plan/wrong-type',
        `expected an object, found ${preview(entry)}; skipped it.`,
        field,
      );
    }
  });
}
