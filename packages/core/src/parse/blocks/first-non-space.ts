import { isSpaceCode } from '../text/source-text.js';

/** The index of the first character of [s, e) that is not white space, or e. */
export function firstNonSpace(key: string, s: number, e: number): number {
  let i = s;
  while (i < e && isSpaceCode(key.charCodeAt(i))) i++;
  return i;
}

/**
 * The index of the first character of a line's text in [s, e): past white space and the
 * bar that opens a row of a table the reader did not take as one (`| 牵头单位: | 市城管局 |`,
 * a table of keys and values whose rows open with a bar), when text follows it; or e.
 */
export function firstOfText(key: string, s: number, e: number): number {
  const f = firstNonSpace(key, s, e);
  if (key.charCodeAt(f) !== 0x7c) return f;
  const g = firstNonSpace(key, f + 1, e);
  return g < e ? g : f;
}
