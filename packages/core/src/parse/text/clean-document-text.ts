import { diagnostic, type Diagnostic } from '../../model/diagnostic.js';

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
  const first = firstInvisibleOrControl(text);
  if (first < 0) return { text, diagnostics };
  const place = (within: string, index: number) => {
    const { line, lineStart } = lineOf(within, index);
    return { line, column: index - lineStart + 1, ...(source ? { source } : {}) };
  };
  const scan = scanFrom(text, first);
  if (scan.invisible > 0) {
    diagnostics.push(
      diagnostic(
        'warning',
        'parse/invisible-characters',
        `parse: removed ${scan.invisible} zero-width or bidirectional control character${scan.invisible === 1 ? '' : 's'}; they would make names look different from what they are. Check the names near this place.`,
        place(text, scan.firstInvisible),
        { count: scan.invisible },
      ),
    );
  }
  if (scan.control > 0) {
    diagnostics.push(
      diagnostic(
        'warning',
        'parse/control-characters',
        `parse: read ${scan.control} control character${scan.control === 1 ? '' : 's'} as spaces; the input may be binary or damaged.`,
        place(scan.text, scan.firstControl),
        { count: scan.control },
      ),
    );
  }
  return { text: scan.text, diagnostics };
}

/**
 * The 1-based line of `index` in `text` and the index its line starts at,
 * counted by code, not by a search that lists every break before the place.
 */
export function lineOf(text: string, index: number): { line: number; lineStart: number } {
  let line = 1;
  let lineStart = 0;
  // the next break of each kind, each searched for again only once passed: the
  // engine's search is far quicker than a comparison per character
  const next = BREAKS.map((c) => text.indexOf(String.fromCharCode(c)));
  for (;;) {
    let at = -1;
    for (let k = 0; k < next.length; k++) {
      if (next[k]! >= 0 && next[k]! < lineStart) {
        next[k] = text.indexOf(String.fromCharCode(BREAKS[k]!), lineStart);
      }
      if (next[k]! >= 0 && (at < 0 || next[k]! < at)) at = next[k]!;
    }
    if (at < 0 || at >= index) return { line, lineStart };
    // \r\n is one break
    const width =
      text.charCodeAt(at) === 0x0d && at + 1 < index && text.charCodeAt(at + 1) === 0x0a ? 2 : 1;
    line++;
    lineStart = at + width;
  }
}

const BREAKS = [0x0a, 0x0d, 0x2028, 0x2029];

/**
 * The index of the first invisible or control character, or -1.
 */
function firstInvisibleOrControl(text: string): number {
  const special = (specialCodes ??= buildSpecialCodes());
  // one look-up a character: nearly all are neither kind
  for (let i = 0; i < text.length; i++) if (special[text.charCodeAt(i)] !== 0) return i;
  return -1;
}

let specialCodes: Uint8Array | undefined;
/** 1 for the codes of either kind, 0 for all others. */
function buildSpecialCodes(): Uint8Array {
  const codes = new Uint8Array(0x10000);
  for (let c = 0; c < codes.length; c++) {
    if (isControlCode(c) || isInvisibleCode(c)) codes[c] = 1;
  }
  return codes;
}

/** A zero-width or bidirectional control character, or a BOM (`INVISIBLE` of `normalizeUnitName`), by code. */
function isInvisibleCode(c: number): boolean {
  return (
    c === 0xad ||
    (c >= 0x200b && c <= 0x200f) ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2060 && c <= 0x2069) ||
    c === 0xfeff
  );
}

/** A C0 or C1 control other than tab and line breaks, by code. */
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

/**
 * One pass from `first` (the first character of either kind): the text with
 * invisible characters removed and controls made spaces, each kind's count, the
 * first invisible one's index in `text` and the first control's in the result
 * (as removing the one kind and then replacing the other would give, with no
 * match objects and no second copy).
 */
function scanFrom(
  text: string,
  first: number,
): {
  text: string;
  invisible: number;
  firstInvisible: number;
  control: number;
  firstControl: number;
} {
  const parts: string[] = [];
  let kept = 0;
  let length = 0;
  let invisible = 0;
  let firstInvisible = -1;
  let control = 0;
  let firstControl = -1;
  for (let i = first; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (specialCodes![c] === 0) continue;
    if (isInvisibleCode(c)) {
      if (invisible++ === 0) firstInvisible = i;
      parts.push(text.slice(kept, i));
      length += i - kept;
      kept = i + 1;
    } else if (isControlCode(c)) {
      if (control++ === 0) firstControl = length + i - kept;
      parts.push(text.slice(kept, i), ' ');
      length += i - kept + 1;
      kept = i + 1;
    }
  }
  parts.push(text.slice(kept));
  return {
    text: parts.join(''),
    invisible,
    firstInvisible,
    control,
    firstControl,
  };
}
