import { isCloseBracket, isOpenBracket } from '../text/brackets.js';
import { isSpaceCode } from '../text/source-text.js';

/** A stretch [start, end) of a list's text. */
export type Range = [number, number];

/** Cuts [from, to) at separator characters outside brackets. */
export function cutAtDepth0(
  key: string,
  from: number,
  to: number,
  isSeparator: (code: number) => boolean,
): Range[] {
  const out: Range[] = [];
  let depth = 0;
  let start = from;
  for (let i = from; i < to; i++) {
    const code = key.charCodeAt(i);
    if (isOpenBracket(code)) depth++;
    else if (isCloseBracket(code)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && isSeparator(code)) {
      out.push([start, i]);
      start = i + 1;
    }
  }
  out.push([start, to]);
  return out;
}

/**
 * The index of the first separator outside brackets in [from, to), or `to`:
 * the end of the first range `cutAtDepth0` would give, for loops that read the
 * ranges one at a time and keep no list of them.
 */
export function endAtDepth0(
  key: string,
  from: number,
  to: number,
  isSeparator: (code: number) => boolean,
): number {
  let depth = 0;
  for (let i = from; i < to; i++) {
    const code = key.charCodeAt(i);
    if (isOpenBracket(code)) depth++;
    else if (isCloseBracket(code)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && isSeparator(code)) return i;
  }
  return to;
}

/** Bracket groups at depth 0 as [start, end) including the brackets; unclosed ones are left out. */
export function topLevelGroups(key: string): Range[] {
  const groups: Range[] = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    if (isOpenBracket(code)) {
      if (depth === 0) start = i;
      depth++;
    } else if (isCloseBracket(code) && depth > 0) {
      depth--;
      if (depth === 0) groups.push([start, i + 1]);
    }
  }
  return groups;
}

// white space, list punctuation and quotes around a name
function isTrimmed(c: number): boolean {
  return (
    isSpaceCode(c) ||
    c === 0x3001 || // 、
    c === 0x2c ||
    c === 0x3b ||
    c === 0x3002 || // 。
    c === 0x2e ||
    c === 0x3a ||
    c === 0x22 ||
    c === 0x27 ||
    c === 0x201c || // “
    c === 0x201d ||
    c === 0x2018 ||
    c === 0x2019
  );
}

export function trim(key: string, s: number, e: number): Range {
  const start = trimStart(key, s, e);
  return [start, trimEnd(key, start, e)];
}

/**
 * The start of [s, e) once trimmed (see `trim`). With `trimEnd`, for loops that
 * run on every piece of every list: two numbers, no range to allocate.
 */
export function trimStart(key: string, s: number, e: number): number {
  while (s < e && isTrimmed(key.charCodeAt(s))) s++;
  return s;
}

/** The end of [s, e) once trimmed (see `trim`); `s` is the trimmed start. */
export function trimEnd(key: string, s: number, e: number): number {
  while (e > s && isTrimmed(key.charCodeAt(e - 1))) e--;
  return e;
}
