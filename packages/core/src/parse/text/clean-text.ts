import { diagnostic, type Diagnostic } from '../../model/diagnostic.js';

const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF\u00AD]/gu;
// C0 and C1 controls other than tab and line breaks
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F]/gu;

/**
 * Removes zero-width and bidirectional control characters (they change how a
 * name is shown without being part of it) and turns other control characters
 * into spaces. Each kind is reported once, at its first place.
 */
export function cleanText(
  text: string,
  source: string | undefined,
): { text: string; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const place = (within: string, index: number) => {
    const before = within.slice(0, index);
    const line = (before.match(/\r\n|[\n\r\u2028\u2029]/gu) ?? []).length + 1;
    const lineStart =
      Math.max(
        before.lastIndexOf('\n'),
        before.lastIndexOf('\r'),
        before.lastIndexOf('\u2028'),
        before.lastIndexOf('\u2029'),
      ) + 1;
    return { line, column: index - lineStart + 1, ...(source ? { source } : {}) };
  };
  let out = text;
  const invisible = firstAndCount(out, INVISIBLE);
  if (invisible) {
    diagnostics.push(
      diagnostic(
        'warning',
        'parse/invisible-characters',
        `parse: removed ${invisible.count} zero-width or bidirectional control character${invisible.count === 1 ? '' : 's'}; they would make names look different from what they are. Check the names near this place.`,
        place(out, invisible.first),
        { count: invisible.count },
      ),
    );
    out = out.replace(INVISIBLE, '');
  }
  const control = firstAndCount(out, CONTROL);
  if (control) {
    diagnostics.push(
      diagnostic(
        'warning',
        'parse/control-characters',
        `parse: read ${control.count} control character${control.count === 1 ? '' : 's'} as spaces; the input may be binary or damaged.`,
        place(out, control.first),
        { count: control.count },
      ),
    );
    out = out.replace(CONTROL, ' ');
  }
  return { text: out, diagnostics };
}

function firstAndCount(
  text: string,
  pattern: RegExp,
): { first: number; count: number } | undefined {
  let first = -1;
  let count = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    if (first < 0) first = m.index;
    count++;
  }
  return count === 0 ? undefined : { first, count };
}
