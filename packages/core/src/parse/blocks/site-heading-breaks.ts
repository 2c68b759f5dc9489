import { labelBefore } from '../clause/find-fields.js';
import { isCloseBracket, isOpenBracket } from '../text/brackets.js';
import { isSpaceCode, type SourceText } from '../text/source-text.js';
import { firstNonSpace } from './first-non-space.js';
import { withNumberingBefore } from './numbering-before.js';

// the longest name before its clause (a mirror may have written a long string into it)
const MAX_NAME = 40;
// the longest clause between the name and its colon
const MAX_CLAUSE = 60;

/**
 * Where an unnumbered entry of a page that lost its breaks starts: a name set apart by a
 * space, with its bracketed clause and a colon right after it, then what is said of it
 * (`… 整改未落实的点位 客运中心(责任单位:交通局):大门消防区域磨损;…`), as the list's
 * numbered entries are printed (`1、联盛快乐城(责任单位:县商务局):…`). The name holds no
 * space and no sentence punctuation; the clause opens with a field label. A numbered entry
 * whose number a space sets apart (`1、 联盛快乐城(…):`) starts at its number.
 */
export function siteHeadingBreaks(text: SourceText): number[] {
  const { key } = text;
  const breaks: number[] = [];
  for (let i = 0; i < text.lineCount; i++) {
    const end = text.ends[i]!;
    const f = firstNonSpace(key, text.starts[i]!, end);
    for (let at = key.indexOf(':', f); at >= 0 && at < end; at = key.indexOf(':', at + 1)) {
      const start = siteStart(key, f, at);
      if (start >= 0) breaks.push(start);
    }
  }
  return breaks;
}

/**
 * The start of the name whose clause closes right before the colon at `colon` (`名称(责任单位:X):`),
 * when a space stands before the name and after the line's start `f`; otherwise -1.
 */
function siteStart(key: string, f: number, colon: number): number {
  const close = colon - 1;
  if (close <= f || !isCloseBracket(key.charCodeAt(close))) return -1;
  let open = close - 1;
  while (open > f && close - open <= MAX_CLAUSE && !isOpenBracket(key.charCodeAt(open))) open--;
  if (!isOpenBracket(key.charCodeAt(open)) || close - open > MAX_CLAUSE) return -1;
  const labelEnd = key.indexOf(':', open + 1);
  if (labelEnd < 0 || labelEnd >= close || labelBefore(key, labelEnd, open + 1) !== open + 1) {
    return -1;
  }
  let s = open;
  while (s > f && open - s <= MAX_NAME && isNameCode(key.charCodeAt(s - 1))) s--;
  if (s === open || s <= f || open - s > MAX_NAME || !isSpaceCode(key.charCodeAt(s - 1))) return -1;
  return withNumberingBefore(key, f, s);
}

/** Not a space, a bracket or sentence punctuation (`。` `;` `,` `:` `、`). */
function isNameCode(c: number): boolean {
  return (
    !isSpaceCode(c) &&
    !isOpenBracket(c) &&
    !isCloseBracket(c) &&
    c !== 0x3002 &&
    c !== 0x3b &&
    c !== 0x2c &&
    c !== 0x3a &&
    c !== 0x3001
  );
}
