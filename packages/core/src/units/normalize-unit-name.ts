/**
 * Normalises a unit name as Remit stores it: Unicode NFKC (full-width letters,
 * digits and parentheses become ASCII), every kind of space removed, zero-width
 * and bidirectional control characters removed, brackets 【】〔〕［］ made `()` only
 * where NFKC already does so.
 *
 * Use it on every name read from input before comparing names.
 *
 * @example normalizeUnitName('区府办（政务服务办）\u3000') === '区府办(政务服务办)'
 */
export function normalizeUnitName(name: string): string {
  // Invisible characters go first and NFC closes: otherwise a mark separated from
  // its base by a zero-width space would compose only on a second pass.
  return name.replace(INVISIBLE, '').normalize('NFKC').replace(/\s+/gu, '').normalize('NFC');
}

/**
 * Zero-width characters, bidi controls and BOMs: they change how a name is
 * displayed without being part of it (RELIABILITY: displayed order must equal
 * logical order).
 */
export const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF\u00AD]/gu;

/** True when a name holds zero-width or bidi control characters. */
export function hasInvisibleCharacters(name: string): boolean {
  return /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF\u00AD]/u.test(name);
}
