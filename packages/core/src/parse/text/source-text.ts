import { foldText } from './fold-text.js';

/** One line of the source: its 1-based number and where it sits in the text. */
export interface SourceLine {
  no: number;
  start: number;
  /** index just past the line's last character (line break excluded) */
  end: number;
}

/**
 * The document as the parser reads it: `raw` is the text as printed (invisible
 * characters removed), `key` the same text folded for matching (see `foldText`),
 * index for index.
 */
export interface SourceText {
  raw: string;
  key: string;
  lines: SourceLine[];
}

/** Builds a SourceText from cleaned text: folds it and finds its lines. */
export function sourceText(raw: string): SourceText {
  return { raw, key: foldText(raw), lines: splitLines(raw) };
}

/** Splits at \n, \r\n, \r, U+2028 and U+2029. */
export function splitLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  const breaks = /\r\n|[\n\r\u2028\u2029]/gu;
  let start = 0;
  for (let m = breaks.exec(text); m !== null; m = breaks.exec(text)) {
    lines.push({ no: lines.length + 1, start, end: m.index });
    start = m.index + m[0].length;
  }
  lines.push({ no: lines.length + 1, start, end: text.length });
  return lines;
}

/** The 1-based line and column of a text index. */
export function placeOf(text: SourceText, index: number): { line: number; column: number } {
  const lines = text.lines;
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid]!.start <= index) lo = mid;
    else hi = mid - 1;
  }
  const line = lines[lo]!;
  return { line: line.no, column: index - line.start + 1 };
}
