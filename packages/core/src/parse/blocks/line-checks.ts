import { isBoilerplateLine } from '../text/is-boilerplate-line.js';

const MAX_FURNITURE = 200;
// a numbered paragraph of some length is document text, whatever words it holds
const MAX_NUMBERED_FURNITURE = 40;

/** True when a line is page furniture (see `isBoilerplateLine`). */
export function isFurniture(key: string, f: number, e: number, numbered: boolean): boolean {
  if (e - f > MAX_FURNITURE) return false;
  if (e - f > MAX_NUMBERED_FURNITURE && numbered) return false;
  return isBoilerplateLine(key.slice(f, e).trim());
}

const BULLETS = /[●•·▪■◆◇□○►\-\s]/u;

/** The index after bullets and dashes that open a line, when text follows them. */
export function skipBullets(key: string, s: number, e: number): number {
  let i = s;
  while (i < e && BULLETS.test(key[i]!)) i++;
  return i < e ? i : s;
}
