/** How much of the start of a file `detectUtf16` looks at. */
const SAMPLE = 64 * 1024;

/**
 * Guesses UTF-16 without a byte order mark from where NUL bytes fall: text in
 * UTF-16LE has a NUL in the high (odd) byte of every ASCII character, UTF-16BE
 * in the low (even) byte. Returns `undefined` when the NULs show no such
 * pattern (or there are none).
 *
 * Text with fewer NULs, most in one half, is taken for UTF-16 when nine in ten of
 * its code units are Chinese text (ASCII, CJK punctuation, Han, full-width
 * forms). Text with no ASCII at all (not even a line break or a tab) cannot be
 * told apart this way; such files need a byte order mark.
 */
export function detectUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, SAMPLE) & ~1;
  if (n < 2) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const units = n / 2;
  // ASCII in UTF-16 puts a NUL in one half of each unit and almost never in the
  // other; binary files scatter NULs over both halves.
  if (oddNul >= units * 0.1 && evenNul * 10 <= oddNul) return 'utf-16le';
  if (evenNul >= units * 0.1 && oddNul * 10 <= evenNul) return 'utf-16be';
  // Chinese with little ASCII (a line break per paragraph) has too few NULs for
  // the rule above; its code units still fall almost all in a few CJK blocks.
  // (一, U+4E00, puts a NUL in the other half: NULs lean to one side, not all.)
  if (oddNul > evenNul * 4 && mostlyChinese(bytes, n, 0)) return 'utf-16le';
  if (evenNul > oddNul * 4 && mostlyChinese(bytes, n, 1)) return 'utf-16be';
  return undefined;
}

/** True when nine in ten code units (low byte at `low`) are ASCII, CJK punctuation, Han or full-width forms. */
function mostlyChinese(bytes: Uint8Array, n: number, low: 0 | 1): boolean {
  let chinese = 0;
  for (let i = 0; i < n; i += 2) {
    const unit = bytes[i + low]! | (bytes[i + 1 - low]! << 8);
    if (
      unit < 0x80 ||
      (unit >= 0x2000 && unit <= 0x206f) ||
      (unit >= 0x3000 && unit <= 0x303f) ||
      (unit >= 0x3400 && unit <= 0x9fff) ||
      (unit >= 0xff00 && unit <= 0xffef)
    )
      chinese++;
  }
  return chinese * 10 >= (n / 2) * 9;
}
