/**
 * True for exactly the characters `\s` matches in a regular expression: tab,
 * line breaks, space, no-break spaces and the Unicode space separators, BOM.
 * (`isSpaceCode` also takes U+0085, which `\s` does not.) Where a test runs for
 * every name of every list, a comparison of codes spares the regular expression
 * and the one-character strings that reading by index would make.
 */
export function isWhiteSpaceCode(c: number): boolean {
  return c <= 0x20
    ? c === 0x20 || (c >= 0x09 && c <= 0x0d)
    : c === 0xa0 ||
        c === 0x1680 ||
        (c >= 0x2000 && c <= 0x200a) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x3000 ||
        c === 0xfeff;
}

/** True when `text` holds a character `\s` matches (`/\s/u.test(text)`, without the search). */
export function hasWhiteSpace(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isWhiteSpaceCode(text.charCodeAt(i))) return true;
  return false;
}
