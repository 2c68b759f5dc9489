import { TRADITIONAL_PAIRS } from './traditional-chars.js';

let table: Uint16Array | undefined;
let decoder: { decode(input: Uint16Array): string } | undefined;
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
  const units = new Uint16Array(text.length);
  for (let i = 0; i < first; i++) units[i] = text.charCodeAt(i);
  for (let i = first; i < text.length; i++) units[i] = map[text.charCodeAt(i)]!;
  if (LITTLE_ENDIAN) {
    // one native call instead of building the string in pieces; a lone surrogate
    // becomes U+FFFD, still one unit, so indexes hold
    return (decoder ??= new TextDecoder('utf-16le')).decode(units);
  }
  const out: string[] = [];
  for (let start = 0; start < units.length; start += 4096) {
    out.push(String.fromCharCode.apply(null, Array.from(units.subarray(start, start + 4096))));
  }
  return out.join('');
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
