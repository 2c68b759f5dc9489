import { isRecord, type Checker } from './checker.js';
import { foundArgs, preview } from './read-scalars.js';

/**
 * Visits the objects of a list field (`items`, `units` …) with their position;
 * the visitor names a field as `${at}[${index}]` only when it reports one, so
 * that well-formed records cost no text. `null` entries are skipped with a
 * warning; a string entry is turned into an object by `fromString` (with a
 * warning) when given; any other entry is skipped with an error. Holes in a
 * sparse array are skipped. A field that is not a list is an error.
 */
export function eachRecord(
  ck: Checker,
  list: unknown,
  at: string,
  visit: (record: Record<string, unknown>, index: number) => void,
  fromString?: (text: string) => Record<string, unknown>,
): void {
  if (list === undefined) return;
  if (!Array.isArray(list)) {
    ck.report(
      'error',
      'plan/wrong-type',
      `expected a list, found ${preview(list)}; ignored it.`,
      at,
      { expected: 'list', ...foundArgs(list), outcome: 'ignored' },
    );
    return;
  }
  list.forEach((entry: unknown, index) => {
    if (isRecord(entry)) {
      visit(entry, index);
    } else if (entry === null) {
      ck.report('warning', 'plan/null-entry', 'skipped a null entry.', `${at}[${index}]`);
    } else if (typeof entry === 'string' && fromString) {
      const record = fromString(entry);
      ck.report(
        'warning',
        'plan/wrong-type',
        `expected an object, found the text ${preview(entry)}; read it as ${preview(record)}.`,
        `${at}[${index}]`,
        { expected: 'object', found: preview(entry), outcome: 'read-as', as: preview(record) },
      );
      visit(record, index);
    } else {
      ck.report(
        'error',
        'plan/wrong-type',
        `expected an object, found ${preview(entry)}; skipped it.`,
        `${at}[${index}]`,
        { expected: 'object', ...foundArgs(entry), outcome: 'skipped' },
      );
    }
  });
}
