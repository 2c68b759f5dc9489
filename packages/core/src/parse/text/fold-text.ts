import { TRADITIONAL_PAIRS } from './traditional-chars.js';

let table: Uint16Array | undefined;

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
  const out: string[] = [];
  const chunk = 8192;
  const buffer = new Uint16Array(chunk);
  for (let start = 0; start < text.length; start += chunk) {
    const end = Math.min(start + chunk, text.length);
    for (let i = start; i < end; i++) buffer[i - start] = map[text.charCodeAt(i)]!;
    out.push(String.fromCharCode(...buffer.subarray(0, end - start)));
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
