import { INVISIBLE } from '../normalize-unit-name.js';
import { MAX_FIELD_LENGTH } from '../max-field-length.js';

/**
 * Control characters that have no place in a name or title: C0 controls except
 * tab, line feed and carriage return, DEL, and C1 controls. NUL is among them.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/gu;
// eslint-disable-next-line no-control-regex -- as above
const CONTROL_OR_NEWLINE = /[\u0000-\u001F\u007F-\u009F]/gu;
/**
 * A surrogate half without its partner (cannot be written as UTF-8). With the
 * `u` flag a well-formed pair is one code point, so only lone halves match.
 */
const LONE_SURROGATE = /[\uD800-\uDFFF]/gu;
/** Bidirectional controls: they make the displayed order differ from the logical one. */
const BIDI = /[\u200E\u200F\u202A-\u202E\u2066-\u2069\u061C]/gu;

/**
 * Every character any of the patterns above (and `INVISIBLE`) can match, in
 * one class: most text holds none, and one test is cheaper than four. Kept to
 * exactly their union, so that Chinese punctuation (“” — … in U+2010–U+2027)
 * does not send text down the slow path.
 */
const MAYBE_UNCLEAN =
  // eslint-disable-next-line no-control-regex -- as above
  /[\u0000-\u001F\u007F-\u009F\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uD800-\uDFFF\uFEFF]/u;

/**
 * True for a string that readers keep as it is without a report: `cleanFieldText`
 * returns it unchanged in either mode, because it holds none of the
 * characters it may remove, and it is no longer than `MAX_FIELD_LENGTH`. Lets
 * readers accept well-formed text without building a field path.
 */
export function isPlainText(value: unknown): value is string {
  return (
    typeof value === 'string' && value.length <= MAX_FIELD_LENGTH && !MAYBE_UNCLEAN.test(value)
  );
}

/** What `cleanFieldText` removed, by kind, for the diagnostic. */
export type Removed = 'control characters' | 'lone surrogates' | 'invisible characters';

/**
 * One field of structured input (a Plan JSON's or a CSV's title, name, id…),
 * cleaned: removes characters that would hide or reorder what a person reads: control
 * characters (NUL included), lone surrogates and bidi controls everywhere; in
 * names (`name: true`) also line breaks, tabs and zero-width characters.
 * Returns the text and what kinds were removed (empty when nothing was).
 */
export function cleanFieldText(text: string, name = false): { text: string; removed: Removed[] } {
  if (!MAYBE_UNCLEAN.test(text)) return { text, removed: [] };
  const removed: Removed[] = [];
  let out = text;
  const control = name ? CONTROL_OR_NEWLINE : CONTROL;
  if (hasMatch(control, out)) {
    removed.push('control characters');
    out = out.replace(control, '');
  }
  if (hasMatch(LONE_SURROGATE, out)) {
    removed.push('lone surrogates');
    out = out.replace(LONE_SURROGATE, '');
  }
  const invisible = name ? INVISIBLE : BIDI;
  if (hasMatch(invisible, out)) {
    removed.push('invisible characters');
    out = out.replace(invisible, '');
  }
  return { text: out, removed };
}

function hasMatch(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  const found = pattern.test(text);
  pattern.lastIndex = 0;
  return found;
}
