import { foldText } from './fold-text.js';

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
 * index for index. Lines are kept as two typed arrays, so a file of many short
 * lines costs little memory; `lineAt` gives one line.
 */
export interface SourceText {
  raw: string;
  key: string;
  lineCount: number;
  starts: Int32Array;
  ends: Int32Array;
  /**
   * Where the document lost its line breaks (a page printed as one paragraph),
   * the parser reads it with breaks restored (see `withRestoredBreaks`): then
   * `numbers` gives each line read its 1-based line in the document and
   * `columnBase` the index that line's columns count from.
   */
  numbers?: Int32Array;
  columnBase?: Int32Array;
}

/** Builds a SourceText from cleaned text: folds it and finds its lines. */
export function sourceText(raw: string): SourceText {
  const { starts, ends, count } = splitLines(raw);
  return { raw, key: foldText(raw), lineCount: count, starts, ends };
}

/**
 * The same text read with a line break before each index of `breaks` (sorted,
 * each inside a line). No character changes: a restored break is only where
 * one line read ends and the next begins, and places still name the document's
 * own line and column.
 */
export function withRestoredBreaks(text: SourceText, breaks: readonly number[]): SourceText {
  const count = text.lineCount + breaks.length;
  const starts = new Int32Array(count);
  const ends = new Int32Array(count);
  const numbers = new Int32Array(count);
  const columnBase = new Int32Array(count);
  let k = 0;
  let b = 0;
  for (let i = 0; i < text.lineCount; i++) {
    let start = text.starts[i]!;
    const end = text.ends[i]!;
    while (b < breaks.length && breaks[b]! <= start) b++;
    for (; b < breaks.length && breaks[b]! < end; b++) {
      starts[k] = start;
      ends[k] = breaks[b]!;
      numbers[k] = i + 1;
      columnBase[k++] = text.starts[i]!;
      start = breaks[b]!;
    }
    starts[k] = start;
    ends[k] = end;
    numbers[k] = i + 1;
    columnBase[k++] = text.starts[i]!;
  }
  return { ...text, lineCount: k, starts, ends, numbers, columnBase };
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
function splitLines(text: string): { starts: Int32Array; ends: Int32Array; count: number } {
  // a line of these documents holds a few dozen characters: room for most lines
  // at once (a small document costs no large arrays), grown by doubling when a
  // text has more. Written out in one loop, with no closure over the counters:
  // this runs once for every character of the input.
  let capacity = Math.max(64, text.length >> 4);
  let starts = new Int32Array(capacity);
  let ends = new Int32Array(capacity);
  let count = 0;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    let next: number;
    if (i === text.length) next = i;
    else {
      const c = text.charCodeAt(i);
      if (c > 0x2029 || (c !== 0x0a && c !== 0x0d && c !== 0x2028 && c !== 0x2029)) continue;
      next = c === 0x0d && text.charCodeAt(i + 1) === 0x0a ? i + 2 : i + 1;
    }
    if (count === capacity) {
      capacity *= 2;
      starts = grown(starts, capacity);
      ends = grown(ends, capacity);
    }
    starts[count] = start;
    ends[count] = i;
    count++;
    if (i === text.length) break;
    start = next;
    i = next - 1;
  }
  return { starts: starts.subarray(0, count), ends: ends.subarray(0, count), count };
}

function grown(list: Int32Array, capacity: number): Int32Array<ArrayBuffer> {
  const out = new Int32Array(capacity);
  out.set(list);
  return out;
}

/** The 1-based line and column of a text index. */
export function placeOf(text: SourceText, index: number): { line: number; column: number } {
  let lo = 0;
  let hi = text.lineCount - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (text.starts[mid]! <= index) lo = mid;
    else hi = mid - 1;
  }
  if (text.numbers && text.columnBase) {
    return { line: text.numbers[lo]!, column: index - text.columnBase[lo]! + 1 };
  }
  return { line: lo + 1, column: index - text.starts[lo]! + 1 };
}

/** True for white space (folded text: ideographic and no-break spaces are already spaces). */
export function isSpaceCode(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
