import { isBoilerplateLine } from '../text/is-boilerplate-line.js';
import { isWhiteSpaceCode } from '../text/white-space.js';

const MAX_FURNITURE = 200;
// a numbered paragraph of some length is document text, whatever words it holds
const MAX_NUMBERED_FURNITURE = 40;

/** True when a line is page furniture (see `isBoilerplateLine`). */
export function isFurniture(key: string, f: number, e: number, numbered: boolean): boolean {
  if (e - f > MAX_FURNITURE) return false;
  if (e - f > MAX_NUMBERED_FURNITURE && numbered) return false;
  return isBoilerplateLine(key.slice(f, e).trim());
}

/** The index after bullets and dashes that open a line, when text follows them. */
export function skipBullets(key: string, s: number, e: number): number {
  let i = s;
  while (i < e && isBulletCode(key.charCodeAt(i))) i++;
  return i < e ? i : s;
}

/** ● • · ▪ ■ ◆ ◇ □ ○ ► - and white space. */
function isBulletCode(c: number): boolean {
  return (
    c === 0x25cf ||
    c === 0x2022 ||
    c === 0xb7 ||
    c === 0x25aa ||
    c === 0x25a0 ||
    c === 0x25c6 ||
    c === 0x25c7 ||
    c === 0x25a1 ||
    c === 0x25cb ||
    c === 0x25ba ||
    c === 0x2d ||
    isWhiteSpaceCode(c)
  );
}
