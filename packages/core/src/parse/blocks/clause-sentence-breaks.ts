import { findInlineClauses } from '../clause/find-inline-clauses.js';
import { readNumbering } from '../numbering/read-numbering.js';
import { isOpenBracket } from '../text/brackets.js';
import type { SourceText } from '../text/source-text.js';
import { firstNonSpace } from './first-non-space.js';

const FULL_STOP = 0x3002;

/**
 * Where line breaks belong in unnumbered lines that run several targets together, each
 * closed by its own bracketed clause: `常住人口控制在1150万人左右。(市人口计生委牵头)万元地区
 * 生产总值能源消耗降低20%。(市经委牵头)…`, as a page joined a list of targets. A break goes
 * after each clause that closes a sentence (it follows `。`, or opens the line: the clause of
 * the last sentence of the line above) and has text after it. Lines that start with a number
 * are left alone (an item's sub-points may each carry a clause), and so are lines with
 * fewer than two such clauses.
 */
export function clauseSentenceBreaks(text: SourceText): number[] {
  const { key } = text;
  const breaks: number[] = [];
  for (let i = 0; i < text.lineCount; i++) {
    const end = text.ends[i]!;
    const f = firstNonSpace(key, text.starts[i]!, end);
    if (f >= end || !mayCloseSentences(key, f, end) || readNumbering(key, f)) continue;
    const closing = findInlineClauses(key, f, end).clauses.filter(
      (c) =>
        isOpenBracket(key.charCodeAt(c.start)) &&
        (c.start === f || key.charCodeAt(c.start - 1) === FULL_STOP),
    );
    if (closing.length < 2) continue;
    for (const c of closing) {
      const next = firstNonSpace(key, c.end, end);
      if (next < end) breaks.push(next);
    }
  }
  return breaks;
}

/** True when `。(` occurs twice in [f, end), or once with the line opening on a bracket. */
function mayCloseSentences(key: string, f: number, end: number): boolean {
  let count = isOpenBracket(key.charCodeAt(f)) ? 1 : 0;
  for (let at = key.indexOf('。', f); at >= 0 && at < end - 1; at = key.indexOf('。', at + 1)) {
    if (isOpenBracket(key.charCodeAt(at + 1)) && ++count >= 2) return true;
  }
  return false;
}
