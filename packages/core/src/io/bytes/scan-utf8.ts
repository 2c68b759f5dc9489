/** What `scanUtf8` found in a byte array. */
export interface Utf8Scan {
  /** well-formed sequences of two to four bytes */
  multiByte: number;
  /** ill-formed sequences (each counted once, as a decoder would replace it) */
  invalid: number;
  /** byte offset of the first ill-formed sequence, or -1 */
  firstInvalid: number;
}

/**
 * Counts well-formed multi-byte and ill-formed UTF-8 sequences, following the
 * WHATWG decoder's rules (no overlongs, no surrogates, nothing above U+10FFFF).
 *
 * Used to tell "UTF-8 with a few bad bytes" (many good sequences, few bad) from
 * text in another encoding (almost every non-ASCII byte is bad).
 */
export function scanUtf8(bytes: Uint8Array): Utf8Scan {
  let multiByte = 0;
  let invalid = 0;
  let firstInvalid = -1;
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need = 0;
    let lower = 0x80;
    let upper = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lower = 0xa0;
      if (b === 0xed) upper = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
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
      }
    }
    if (need > 0 && k > need) {
      multiByte++;
      i += need + 1;
    } else {
      invalid++;
      if (firstInvalid < 0) firstInvalid = i;
      // A decoder replaces the lead and the continuations that matched, then
      // looks at the byte that broke the sequence again.
      i += Math.max(1, k);
    }
  }
  return { multiByte, invalid, firstInvalid };
}
