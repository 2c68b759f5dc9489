import { MAX_FIELD_LENGTH } from '../max-field-length.js';
import type { Checker } from './checker.js';
import { cleanFieldText } from './clean-field-text.js';

/**
 * Shortens a value for a message. A number too large for JSON to hold
 * (`1e400`, which `JSON.parse` reads as Infinity) is `a number out of range`.
 */
export function preview(value: unknown): string {
  if (isOutOfRange(value)) return 'a number out of range';
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** True for a number `JSON.parse` could not hold (`1e400` reads as Infinity). */
function isOutOfRange(value: unknown): boolean {
  return typeof value === 'number' && !Number.isFinite(value);
}

/**
 * The `found` args of a `plan/wrong-type` diagnostic: the value's `preview`,
 * or `foundKind: 'number-out-of-range'` for a number too large to hold.
 */
export function foundArgs(value: unknown): { found: string } | { foundKind: string } {
  return isOutOfRange(value) ? { foundKind: 'number-out-of-range' } : { found: preview(value) };
}

/**
 * Reads an optional text field. Strings are cleaned (`cleanFieldText`, with a warning
 * when something was removed) and cut to `MAX_FIELD_LENGTH` characters (with a
 * warning naming the field); numbers and booleans become strings with a
 * warning; `null`, objects, arrays and numbers out of range are dropped with a
 * warning. `undefined` means absent.
 */
export function readText(
  ck: Checker,
  value: unknown,
  field: string,
  name = false,
): string | undefined {
  if (value === undefined) return undefined;
  let text: string;
  if (typeof value === 'string') text = capText(ck, value, field);
  else if (isOutOfRange(value)) {
    ck.report(
      'warning',
      'plan/wrong-type',
      'expected text, found a number out of range; ignored it.',
      field,
      { expected: 'text', foundKind: 'number-out-of-range', outcome: 'ignored' },
    );
    return undefined;
  } else if (typeof value === 'number' || typeof value === 'boolean') {
    text = String(value);
    ck.report(
      'warning',
      'plan/wrong-type',
      `expected text, found ${typeof value} ${preview(value)}; read it as "${text}".`,
      field,
      { expected: 'text', found: preview(value), outcome: 'read-as', as: `"${text}"` },
    );
  } else {
    const kind = value === null ? 'null' : Array.isArray(value) ? 'array' : 'object';
    ck.report(
      'warning',
      'plan/wrong-type',
      `expected text, found ${kind === 'null' ? 'null' : `an ${kind}`}; ignored it.`,
      field,
      { expected: 'text', foundKind: kind, outcome: 'ignored' },
    );
    return undefined;
  }
  const cleaned = cleanFieldText(text, name);
  if (cleaned.removed.length > 0) {
    ck.report(
      'warning',
      'plan/invisible-characters',
      `removed ${cleaned.removed.join(' and ')} from ${preview(cleaned.text)}; they hide or reorder what is displayed.`,
      field,
      { removed: cleaned.removed, text: preview(cleaned.text) },
    );
  }
  return cleaned.text;
}

/** Text cut to its first `MAX_FIELD_LENGTH` characters (never inside a surrogate pair), with a warning. */
function capText(ck: Checker, text: string, field: string): string {
  if (text.length <= MAX_FIELD_LENGTH) return text;
  const high = text.charCodeAt(MAX_FIELD_LENGTH - 1);
  const kept = high >= 0xd800 && high <= 0xdbff ? MAX_FIELD_LENGTH - 1 : MAX_FIELD_LENGTH;
  ck.report(
    'warning',
    'plan/field-too-long',
    `a text of ${text.length.toLocaleString('en')} characters; kept its first ${kept.toLocaleString('en')}. A plan's fields are short: check the file.`,
    field,
    { length: text.length, kept },
  );
  return text.slice(0, kept);
}

/** Reads an optional id: text as `readText`, but an empty id counts as absent (with a warning). */
export function readId(ck: Checker, value: unknown, field: string): string | undefined {
  const id = readText(ck, value, field, true);
  if (id === '') {
    ck.report('warning', 'plan/empty-id', 'the id is empty; a new one is given.', field);
    return undefined;
  }
  return id;
}

/** Reads an optional flag; `"true"`/`"false"`, 1/0 are read with a warning, anything else is dropped. */
export function readFlag(ck: Checker, value: unknown, field: string): boolean | undefined {
  if (value === undefined || typeof value === 'boolean') return value;
  const known = new Map<unknown, boolean>([
    ['true', true],
    ['false', false],
    [1, true],
    [0, false],
  ]);
  const flag = known.get(value);
  ck.report(
    'warning',
    'plan/wrong-type',
    flag === undefined
      ? `expected true or false, found ${preview(value)}; ignored it.`
      : `expected true or false, found ${preview(value)}; read it as ${String(flag)}.`,
    field,
    flag === undefined
      ? { expected: 'flag', ...foundArgs(value), outcome: 'ignored' }
      : { expected: 'flag', found: preview(value), outcome: 'read-as', as: String(flag) },
  );
  return flag;
}

/** Reads an optional positive integer (a line number); anything else is dropped with a warning. */
export function readLine(ck: Checker, value: unknown, field: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1) return value;
  ck.report(
    'warning',
    'plan/wrong-type',
    `expected a line number (1, 2, …), found ${preview(value)}; ignored it.`,
    field,
    { expected: 'line', ...foundArgs(value), outcome: 'ignored' },
  );
  return undefined;
}
