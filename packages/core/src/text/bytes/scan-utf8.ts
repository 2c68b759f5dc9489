import { weightOf, type ReadingScore } from './score-reading.js';

/** One line of bytes as `scanUtf8Lines` found it. */
export interface Utf8Line {
  /** byte offset of the line's first byte */
  start: number;
  /** byte offset of its line feed (or the end of the bytes) */
  end: number;
  /** true when the line holds a byte above 0x7F */
  nonAscii: boolean;
  /** ill-formed sequences, each counted once, as a decoder would replace it */
  invalid: number;
  /** the line read as UTF-8, scored as `scoreReading` would score its lenient decoding */
  score: ReadingScore;
}

/**
 * Splits bytes into lines at LF and reads each as UTF-8 without decoding it,
 * following the WHATWG decoder's rules (no overlongs, no surrogates, nothing
 * above U+10FFFF). Decoding text in a legacy encoding leniently as UTF-8 is
 * slow (every bad byte costs); this loop is not.
 */
export function scanUtf8Lines(bytes: Uint8Array): Utf8Line[] {
  const lines: Utf8Line[] = [];
  let line: Utf8Line = fresh(0);
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      if (b === 0x0a) {
        line.end = i;
        lines.push(line);
        line = fresh(i + 1);
      }
      i++;
      continue;
    }
    line.nonAscii = true;
    let need = 0;
    let lower = 0x80;
    let upper = 0xbf;
    let code = 0;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      code = b & 0x1f;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      code = b & 0x0f;
      if (b === 0xe0) lower = 0xa0;
      if (b === 0xed) upper = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      code = b & 0x07;
      if (b === 0xf0) lower = 0x90;
      if (b === 0xf4) upper = 0x8f;
    }
    let k = 0;
    if (need > 0) {
      for (k = 1; k <= need; k++) {
        const c = bytes[i + k];
        const lo = k === 1 ? lower : 0x80;
        const hi = k === 1 ? upper : 0xbf;
        if (c === undefined || c < lo || c > hi) break;
        code = (code << 6) | (c & 0x3f);
      }
    }
    if (need > 0 && k > need) {
      // a character outside the BMP is two code units of weight 0
      const w = code > 0xffff ? 0 : weightOf(code, 'utf-8');
      if (w >= 0) {
        line.score.count += code > 0xffff ? 2 : 1;
        line.score.sum += w;
      }
      i += need + 1;
    } else {
      line.invalid++;
      line.score.count++;
      // A decoder replaces the lead and the continuations that matched, then
      // looks at the byte that broke the sequence again.
      i += Math.max(1, k);
    }
  }
  line.end = n;
  lines.push(line);
  return lines;
}

function fresh(start: number): Utf8Line {
  return { start, end: start, nonAscii: false, invalid: 0, score: { sum: 0, count: 0 } };
}
