import { isHan } from '../text/is-han.js';
import { isSpaceCode, type SourceLine, type SourceText } from '../text/source-text.js';

/** A cell: its trimmed range in the source text. */
export interface TableCell {
  start: number;
  end: number;
  line: SourceLine;
  /** a heading between rows (`一、经济发展`), not a cell of a row */
  heading?: boolean;
}

const PIPE = 0x7c;
const TAB = 0x09;

/** True when a cell separator (`|` or a tab) occurs in [s, e). */
export function hasSeparator(key: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const c = key.charCodeAt(i);
    if (c === PIPE || c === TAB) return true;
  }
  return false;
}

/**
 * Cells of a line split at `|` and tabs; a leading or trailing separator does
 * not make an empty cell, unless `leadingBlank` (a table whose header has no border
 * before its first cell: ` | 危险化学品 | 2月份` then starts with a blank cell). With
 * `spaces`, white space separates cells too (a table whose cells were printed side by
 * side: `1 地区生产总值增长6.5%左右。 区发改委`).
 */
export function splitCells(
  text: SourceText,
  line: SourceLine,
  spaces = false,
  leadingBlank = false,
): TableCell[] {
  const [f, e] = trimRange(text.key, line.start, line.end);
  const bounds: [number, number][] = [];
  let start = f;
  for (let i = f; i < e; i++) {
    const c = text.key.charCodeAt(i);
    if (c === PIPE || c === TAB) {
      bounds.push([start, i]);
      start = i + 1;
    } else if (spaces && isSpaceCode(c)) {
      if (i > start) bounds.push([start, i]);
      start = i + 1;
    }
  }
  bounds.push([start, e]);
  if (spaces) joinSpacedLetters(text.key, bounds);
  if (bounds.length > 1 && bounds[0]![0] === bounds[0]![1] && !leadingBlank) bounds.shift();
  const last = bounds[bounds.length - 1]!;
  if (bounds.length > 1 && last[0] === last[1]) bounds.pop();
  return bounds.map(([a, b]) => {
    const [s, t] = trimRange(text.key, a, b);
    return { start: s, end: t, line };
  });
}

/**
 * Cells of one Han character each, one space apart, are one word spaced out
 * (`工 作 任 务`, `责 任 单 位`), as headers are typeset: joined in place.
 */
function joinSpacedLetters(key: string, bounds: [number, number][]): void {
  const single = (b: [number, number] | undefined) =>
    b !== undefined && b[1] - b[0] === 1 && isHan(key.charCodeAt(b[0]));
  for (let k = 0; k + 1 < bounds.length; k++) {
    let j = k;
    while (single(bounds[j]) && single(bounds[j + 1]) && bounds[j + 1]![0] === bounds[j]![1] + 1)
      j++;
    if (j > k) bounds.splice(k, j - k + 1, [bounds[k]![0], bounds[j]![1]]);
  }
}

/** The line's range without surrounding white space. */
export function lineCell(text: SourceText, line: SourceLine): TableCell {
  const [s, e] = trimRange(text.key, line.start, line.end);
  return { start: s, end: e, line };
}

export function trimRange(key: string, s: number, e: number): [number, number] {
  while (s < e && isSpaceCode(key.charCodeAt(s))) s++;
  while (e > s && isSpaceCode(key.charCodeAt(e - 1))) e--;
  return [s, e];
}
