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
  // most names are Han and ASCII only: the steps below would return them as they are
  if (isNormalUnitName(name)) return name;
  // Invisible characters go first and NFC closes: otherwise a mark separated from
  // its base by a zero-width space would compose only on a second pass.
  return name.replace(INVISIBLE, '').normalize('NFKC').replace(/\s+/gu, '').normalize('NFC');
}

/**
 * True when `normalizeUnitName` would return the name unchanged because every
 * character is one that no step touches: printable ASCII other than space, CJK
 * unified ideographs (basic block and extension A) and the ideographic
 * punctuation 、。〈〉《》「」『』【】〔〕〖〗〘〙〚〛. None of these decomposes under NFKC,
 * composes with another or is a space, so a name of them alone is already normal.
 * A cheap check that spares the three passes of `normalizeUnitName`.
 */
export function isNormalUnitName(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= 0x4e00 ? c > 0x9fff : !isNormalCode(c)) return false;
  }
  return true;
}

function isNormalCode(c: number): boolean {
  return (
    (c >= 0x21 && c <= 0x7e) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    c === 0x3001 ||
    c === 0x3002 ||
    (c >= 0x3008 && c <= 0x3011) ||
    (c >= 0x3014 && c <= 0x301b)
  );
}

/**
 * Zero-width characters, bidi controls and BOMs: they change how a name is
 * displayed without being part of it (RELIABILITY: displayed order must equal
 * logical order).
 */
export const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF\u00AD]/gu;

/** `INVISIBLE` without the `g` flag, whose `lastIndex` would make `test` depend on the call before. */
const HAS_INVISIBLE = new RegExp(INVISIBLE.source, 'u');

/** True when a name holds zero-width or bidi control characters. */
export function hasInvisibleCharacters(name: string): boolean {
  return HAS_INVISIBLE.test(name);
}
