import { foldText } from './fold-text.js';
import { isWhiteSpaceCode } from './white-space.js';

/** One line of the source: its 1-based number and where it sits in the text. */
export interface SourceLine {
  /** 0-based index among the lines the parser reads (restored breaks count) */
  index: number;
  /** 1-based line number in the document as given */
  no: number;
  start: number;
  /** index just past the line's last character (line break excluded) */
  end: number;
}

/**
 * The document as the parser reads it: `raw` is the text as printed (invisible
 * characters removed), `key` the same text folded for matching (see `foldText`),
 * index for index. Lines are kept as two lists of numbers, so a file of many
 * short lines costs no object per line; `lineAt` gives one line.
 */
export interface SourceText {
  raw: string;
  key: string;
  lineCount: number;
  starts: readonly number[];
  ends: readonly number[];
  /**
   * Where the document lost its line breaks (a page printed as one paragraph),
   * the parser reads it with breaks restored (see `withRestoredBreaks`): then
   * `numbers` gives each line read its 1-based line in the document and
   * `columnBase` the index that line's columns count from.
   */
  numbers?: readonly number[];
  columnBase?: readonly number[];
}

/** Builds a SourceText from cleaned text: folds it and finds its lines. */
export function sourceText(raw: string): SourceText {
  const { starts, ends } = splitLines(raw);
  return { raw, key: foldText(raw), lineCount: starts.length, starts, ends };
}

/**
 * The same text read with a line break before each index of `breaks` (sorted,
 * each inside a line). No character changes: a restored break is only where
 * one line read ends and the next begins, and places still name the document's
 * own line and column.
 */
export function withRestoredBreaks(text: SourceText, breaks: readonly number[]): SourceText {
  const starts: number[] = [];
  const ends: number[] = [];
  const numbers: number[] = [];
  const columnBase: number[] = [];
  let b = 0;
  for (let i = 0; i < text.lineCount; i++) {
    let start = text.starts[i]!;
    const end = text.ends[i]!;
    while (b < breaks.length && breaks[b]! <= start) b++;
    // a text read with breaks restored already keeps naming the document's own lines
    const no = text.numbers ? text.numbers[i]! : i + 1;
    const base = text.columnBase ? text.columnBase[i]! : text.starts[i]!;
    for (; b < breaks.length && breaks[b]! < end; b++) {
      starts.push(start);
      ends.push(breaks[b]!);
      numbers.push(no);
      columnBase.push(base);
      start = breaks[b]!;
    }
    starts.push(start);
    ends.push(end);
    numbers.push(no);
    columnBase.push(base);
  }
  return { ...text, lineCount: starts.length, starts, ends, numbers, columnBase };
}

/** The line at 0-based index `i`. */
export function lineAt(text: SourceText, i: number): SourceLine {
  return {
    index: i,
    no: text.numbers ? text.numbers[i]! : i + 1,
    start: text.starts[i]!,
    end: text.ends[i]!,
  };
}

/** Splits at \n, \r\n, \r, U+2028 and U+2029. */
function splitLines(text: string): { starts: number[]; ends: number[] } {
  // lists of small integers: the engine keeps them packed, grows them cheaply
  // and allocates them on its own heap (a typed array's memory is allocated
  // apart, which costs more than these documents' lines)
  const starts: number[] = [];
  const ends: number[] = [];
  let start = 0;
  if (text.indexOf('\r') < 0 && text.indexOf('\u2028') < 0 && text.indexOf('\u2029') < 0) {
    // most texts break lines with \n alone: the engine's search for it is far
    // quicker than a comparison per character
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
      starts.push(start);
      ends.push(i);
      start = i + 1;
    }
  } else {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c > 0x2029 || (c !== 0x0a && c !== 0x0d && c !== 0x2028 && c !== 0x2029)) continue;
      starts.push(start);
      ends.push(i);
      if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
      start = i + 1;
    }
  }
  starts.push(start);
  ends.push(text.length);
  return { starts, ends };
}

/** The 0-based index of the line read that holds a text index (the last line starting at or before it). */
export function lineIndexOf(text: SourceText, index: number): number {
  let lo = 0;
  let hi = text.lineCount - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (text.starts[mid]! <= index) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The 1-based line and column of a text index. */
export function placeOf(text: SourceText, index: number): { line: number; column: number } {
  const lo = lineIndexOf(text, index);
  if (text.numbers && text.columnBase) {
    return { line: text.numbers[lo]!, column: index - text.columnBase[lo]! + 1 };
  }
  return { line: lo + 1, column: index - text.starts[lo]! + 1 };
}

/**
 * True for white space (folded text: ideographic and no-break spaces are already spaces): what
 * `\s` matches, and U+0085 (next line) besides.
 */
export function isSpaceCode(c: number): boolean {
  return c === 0x85 || isWhiteSpaceCode(c);
}
