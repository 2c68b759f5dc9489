import { isUnitLike, LONG_UNIT_NAME } from './is-unit-like.js';
import { trimEnd, trimStart, type Range } from './list-ranges.js';

/** The name in [s, e): trimmed, `等…` after a name and a trailing 等 dropped, leading 由 dropped. */
export function nameRange(key: string, s0: number, e0: number): Range | undefined {
  let s = trimStart(key, s0, e0);
  let e = trimEnd(key, s, e0);
  if (key.startsWith('由', s) && e - s > 3) s++;
  for (let i = s + 1; i < e && i - s <= LONG_UNIT_NAME; i++) {
    if (key.charCodeAt(i) === 0x7b49 /* 等 */ && isUnitLike(key.slice(s, i))) {
      e = i;
      break;
    }
  }
  if (e > s && key.charCodeAt(e - 1) === 0x7b49 /* 等 */) e--;
  // a descriptor before the name: `包片单位县气象局`, `成员单位市发改委`
  const described = indexOfDescriptor(key, s, e);
  if (described > s && described + 5 <= e && isUnitLike(key.slice(described + 2, e))) {
    s = described + 2;
  }
  s = trimStart(key, s, e);
  e = trimEnd(key, s, e);
  return e > s ? [s, e] : undefined;
}

/** The first 单位 in [s, e), or -1: a search that stops at the name's end, not the list's. */
function indexOfDescriptor(key: string, s: number, e: number): number {
  for (let i = s; i + 1 < e; i++) {
    if (key.charCodeAt(i) === 0x5355 && key.charCodeAt(i + 1) === 0x4f4d) return i;
  }
  return -1;
}
