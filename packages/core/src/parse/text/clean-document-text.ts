import { diagnostic, type Diagnostic } from '../../model/diagnostic.js';
import { INVISIBLE } from '../../model/normalize-unit-name.js';

// C0 and C1 controls other than tab and line breaks
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F]/gu;

/**
 * A document's text before it is read: removes zero-width and bidirectional
 * control characters (they change how a name is shown without being part of
 * it) and turns other control characters into spaces, so that words they
 * separated stay apart and every place keeps its line and column. Each kind is
 * reported once, at its first place. (Fields of a Plan JSON or CSV, which have
 * no lines to keep, go through `cleanFieldText`, which removes them.)
 */
export function cleanDocumentText(
  text: string,
  source: string | undefined,
): { text: string; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  // most documents hold neither kind: one scan by code says so
  if (!hasInvisibleOrControl(text)) return { text, diagnostics };
  const place = (within: string, index: number) => {
    // counted by code, not by a search that lists every break before the place
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < index; i++) {
      const c = within.charCodeAt(i);
      if (c !== 0x0a && c !== 0x0d && c !== 0x2028 && c !== 0x2029) continue;
      // \r\n is one break
      if (c === 0x0d && i + 1 < index && within.charCodeAt(i + 1) === 0x0a) i++;
      line++;
      lineStart = i + 1;
    }
    return { line, column: index - lineStart + 1, ...(source ? { source } : {}) };
  };
  let out = text;
  const invisible = firstAndCount(out, isInvisibleCode);
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
  const control = firstAndCount(out, isControlCode);
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

/**
 * True when the text holds a character of `INVISIBLE` or `CONTROL`; compares
 * codes, with printable ASCII and the CJK blocks out of both ranges at once.
 */
function hasInvisibleOrControl(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x2070 ? c !== 0xfeff : c >= 0x20 && c < 0x7f) continue;
    if (isControlCode(c) || isInvisibleCode(c)) return true;
  }
  return false;
}

/** A character of `INVISIBLE`, by code. */
function isInvisibleCode(c: number): boolean {
  return (
    c === 0xad ||
    (c >= 0x200b && c <= 0x200f) ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2060 && c <= 0x2069) ||
    c === 0xfeff
  );
}

/** A character of `CONTROL`, by code. */
function isControlCode(c: number): boolean {
  return (
    c <= 0x08 ||
    c === 0x0b ||
    c === 0x0c ||
    (c >= 0x0e && c <= 0x1f) ||
    (c >= 0x7f && c <= 0x84) ||
    (c >= 0x86 && c <= 0x9f)
  );
}

/** The first index and the count of characters of a kind (no match objects made). */
function firstAndCount(
  text: string,
  isOfKind: (c: number) => boolean,
): { first: number; count: number } | undefined {
  let first = -1;
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isOfKind(text.charCodeAt(i))) continue;
    if (first < 0) first = i;
    count++;
  }
  return count === 0 ? undefined : { first, count };
}
