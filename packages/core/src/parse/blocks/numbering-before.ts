import { readNumbering } from '../numbering/read-numbering.js';
import { isSpaceCode } from '../text/source-text.js';

/**
 * Where the text at `s` starts with its numbering: the numbering's start when a number alone,
 * set apart by a space, stands right before it (`2. 扩大有效投资`, `1、 城东市场`), else `s`.
 * `f` is the start of the line, which the search does not pass.
 */
export function withNumberingBefore(key: string, f: number, s: number): number {
  let p = s;
  while (p > f && isSpaceCode(key.charCodeAt(p - 1))) p--;
  if (p === s) return s;
  while (p > f && !isSpaceCode(key.charCodeAt(p - 1))) p--;
  return readNumbering(key, p)?.contentStart === s ? p : s;
}
