import { unquoteUnitName } from './quoted-unit-name.js';

/** Marks that separate the names of a list. */
const SEPARATOR = /[、，,；;]/u;
const SEPARATORS: ReadonlySet<number> = new Set([...'、，,；;'].map((c) => c.charCodeAt(0)));
/** The closing mark of each bracket (and paired quotation mark) a name may hold. */
const CLOSER: ReadonlyMap<number, number> = new Map(
  ['()', '（）', '[]', '［］', '【】', '〔〕', '《》', '〈〉', '「」', '『』', '“”', '‘’'].map(
    (pair) => [pair.charCodeAt(0), pair.charCodeAt(1)],
  ),
);
const CLOSERS: ReadonlySet<number> = new Set(CLOSER.values());
/** How far down the open brackets a closing one looks for its partner. */
const MAX_REACH = 8;

/**
 * Splits a list of unit names written as one text (`区发改委、区财政局`) at
 * `、` `，` `,` `；` `;`, dropping empty parts. A separator inside a closed
 * bracket or quotation (`各县(市、区)政府`, `“甲、乙”办`, `"区A;区B"`) does not
 * split; a bracket that never closes protects nothing. A part written in
 * double quotes (`quoteUnitName`) is read without them.
 *
 * For names given as data (a Plan JSON field, a CSV cell). Published prose is
 * read by parse's `splitUnitList`, which also reads role words, conjunctions
 * and names run together.
 */
export function splitNameList(text: string): string[] {
  if (!SEPARATOR.test(text)) {
    // one name, as most cells hold: no list of parts to build
    const name = unquoteUnitName(text.trim());
    return name === '' ? [] : [name];
  }
  const parts: string[] = [];
  const partner = partners(text);
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const end = partner.get(i);
    if (end !== undefined) i = end;
    else if (SEPARATORS.has(text.charCodeAt(i))) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((part) => unquoteUnitName(part.trim())).filter((part) => part !== '');
}

/**
 * The closing index of every opening mark that closes: double quotes pair with
 * the next double quote (nothing inside them counts), brackets with their
 * own closing mark, nesting allowed.
 */
function partners(text: string): Map<number, number> {
  const found = new Map<number, number>();
  const open: { at: number; closer: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      const close = text.indexOf('"', i + 1);
      if (close < 0) continue;
      found.set(i, close);
      i = close;
      continue;
    }
    const closer = CLOSER.get(c);
    if (closer !== undefined) open.push({ at: i, closer });
    else if (CLOSERS.has(c)) {
      for (let k = open.length - 1; k >= Math.max(0, open.length - MAX_REACH); k--) {
        if (open[k]!.closer !== c) continue;
        found.set(open[k]!.at, i);
        open.length = k;
        break;
      }
    }
  }
  return found;
}
