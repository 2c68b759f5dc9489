import { isHighSurrogate } from '../../text/is-high-surrogate.js';
import { TRADITIONAL_PAIRS } from './traditional-chars.js';

let table: Uint16Array | undefined;
let decoder: { decode(input: Uint16Array): string } | undefined;
let scratch: Uint16Array | undefined;
// Code units folded and decoded at a time. The UTF-16 decoder takes an output
// buffer of 8 bytes per unit: for a whole document (6 MB for 1 MB of text) the C
// library maps it apart and, once it is freed, serves every later allocation below
// that size from its heap, which it then seldom gives back to the system (the
// command's peak grew by 5 MB at 1 MB of text). A chunk's buffer, 64 KB, is an
// ordinary allocation, reused from chunk to chunk.
const CHUNK = 4096;
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * Folds text for matching, keeping every index: full-width ASCII becomes ASCII
 * (`（责任单位：` → `(责任单位:`), ideographic and no-break spaces become spaces,
 * small-form punctuation (`﹒` `﹐` `﹔` `﹕`) becomes ASCII, and traditional
 * characters become simplified ones.
 *
 * Use the folded text to find things and the original text (same indexes) to
 * write them out as printed.
 *
 * @example foldText('（責任單位：區財政局）') === '(责任单位:区财政局)'
 */
export function foldText(text: string): string {
  const map = (table ??= buildTable());
  // the first unit that folds (surrogates count: the decoder below makes a lone one U+FFFD)
  let first = 0;
  for (; first < text.length; first++) {
    const c = text.charCodeAt(first);
    if (map[c] !== c || (c >= 0xd800 && c <= 0xdfff)) break;
  }
  // nothing to fold: the text is its own key, and no copy is made
  if (first === text.length) return text;
  // every unit before `first` folds to itself
  const units = (scratch ??= new Uint16Array(CHUNK));
  const out: string[] = [];
  for (let start = 0; start < text.length;) {
    let end = Math.min(start + CHUNK, text.length);
    // a surrogate pair stays in one chunk, or each half would be decoded alone
    if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end--;
    for (let i = start; i < end; i++) units[i - start] = map[text.charCodeAt(i)]!;
    out.push(decodeUnits(units.subarray(0, end - start)));
    start = end;
  }
  return out.join('');
}

/** The string of UTF-16 code units; where the decoder is used, a lone surrogate becomes U+FFFD, still one unit, so indexes hold. */
function decodeUnits(units: Uint16Array): string {
  if (LITTLE_ENDIAN) return (decoder ??= new TextDecoder('utf-16le')).decode(units);
  return String.fromCharCode.apply(null, Array.from(units));
}

function buildTable(): Uint16Array {
  const t = new Uint16Array(0x10000);
  for (let c = 0; c < t.length; c++) t[c] = c;
  for (let c = 0xff01; c <= 0xff5e; c++) t[c] = c - 0xfee0;
  t[0x3000] = 0x20;
  t[0x00a0] = 0x20;
  t[0xfe52] = 0x2e; // ﹒
  t[0xfe50] = 0x2c; // ﹐
  t[0xfe51] = 0x3001; // ﹑ → 、
  t[0xfe54] = 0x3b; // ﹔
  t[0xfe55] = 0x3a; // ﹕
  t[0xfe59] = 0x28; // ﹙
  t[0xfe5a] = 0x29; // ﹚
  t[0x2236] = 0x3a; // ∶ ratio, used as a colon
  for (let i = 0; i + 1 < TRADITIONAL_PAIRS.length; i += 2) {
    t[TRADITIONAL_PAIRS.charCodeAt(i)] = TRADITIONAL_PAIRS.charCodeAt(i + 1);
  }
  return t;
}
