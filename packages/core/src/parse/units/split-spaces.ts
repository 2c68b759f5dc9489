import { isSpaceCode } from '../text/source-text.js';
import { isUnitLike, LONG_UNIT_NAME } from './is-unit-like.js';
import { trimEnd, trimStart, type Range } from './list-ranges.js';

/**
 * True when [s, e) of `key` (a trimmed stretch) holds white space: otherwise
 * `splitSpaces` gives the stretch whole, and a caller may skip it.
 */
export function isSpaced(key: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (isSpaceCode(key.charCodeAt(i))) return true;
  return false;
}

/**
 * Splits at runs of white space when both sides read as unit names (in tables, at any
 * space between words of two characters or more, and at a line break between two names).
 */
export function splitSpaces(key: string, from: number, to: number, table: boolean): Range[] {
  const s = trimStart(key, from, to);
  const e = trimEnd(key, s, to);
  if (!isSpaced(key, s, e)) return [[s, e]];
  const words: Range[] = [];
  const piece = key.slice(s, e);
  // outside tables a line break inside a list is a wrap, never a separator
  const space = table ? /\s+/gu : /[^\S\n\r]+/gu;
  let start = s;
  for (let m = space.exec(piece); m !== null; m = space.exec(piece)) {
    if (
      !table &&
      (/[\n\r]/u.test(piece[m.index - 1] ?? '') ||
        /[\n\r]/u.test(piece[m.index + m[0].length] ?? ''))
    ) {
      continue;
    }
    words.push([start, s + m.index]);
    start = s + m.index + m[0].length;
  }
  words.push([start, e]);
  if (words.length === 1) return words;
  const out: Range[] = [words[0]!];
  for (let i = 1; i < words.length; i++) {
    const prev = out[out.length - 1]!;
    const word = words[i]!;
    const prevLength = prev[1] - prev[0];
    const wordLength = word[1] - word[0];
    const separate = table
      ? prevLength >= 2 &&
        wordLength >= 2 &&
        (!wrapsAt(key, prev[1], word[0]) || wrapsBetweenNames(key, prev, word))
      : prevLength <= LONG_UNIT_NAME &&
        wordLength <= LONG_UNIT_NAME &&
        isUnitLike(key.slice(prev[0], prev[1])) &&
        isUnitLike(key.slice(word[0], word[1]));
    if (separate) out.push(word);
    else prev[1] = word[1];
  }
  return out;
}

/** True when the white space [s, e) holds a line break. */
function wrapsAt(key: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const c = key.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) return true;
  }
  return false;
}

/**
 * A line break in a table cell stands between two names when the name before it is
 * whole (`安监站` / `安监所`); otherwise it is a wrap inside one name, as a narrow merged
 * cell prints its name a few characters a line (`市政` / `府办` / `公厅`): the text after
 * it must read as a unit of three characters or more to start a name of its own.
 */
function wrapsBetweenNames(key: string, prev: Range, word: Range): boolean {
  return (
    word[1] - word[0] >= 3 &&
    isUnitLike(key.slice(prev[0], prev[1])) &&
    isUnitLike(key.slice(word[0], word[1]))
  );
}
