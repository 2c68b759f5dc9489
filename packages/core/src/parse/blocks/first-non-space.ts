import { isSpaceCode } from '../text/source-text.js';

/** The index of the first character of [s, e) that is not white space, or e. */
export function firstNonSpace(key: string, s: number, e: number): number {
  let i = s;
  while (i < e && isSpaceCode(key.charCodeAt(i))) i++;
  return i;
}
