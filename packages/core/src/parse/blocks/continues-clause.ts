import { isUnitLike } from '../units/is-unit-like.js';

const MAX_CONTINUATION = 30;
const MAX_VALUE_LINE = 300;
const SEPARATORS = /[、,;/\s]+/u;

/**
 * True when `next` (a short line) continues the unit list `value` broken by a
 * line wrap: the list is empty so far (`责任单位：` alone), ends with a separator,
 * or its last name is cut (`区发` + `改委` → `区发改委`).
 */
export function continuesClause(value: string, next: string): boolean {
  const v = value.trim();
  const n = next.trim();
  // `责任单位：` with the names on the next line
  if (v === '') return n.length > 0 && n.length <= MAX_VALUE_LINE && !n.includes(':');
  if (n.length === 0 || n.length > MAX_CONTINUATION || /[。:]/u.test(n)) return false;
  if (/[、,]$/u.test(v)) return true;
  const last = v.split(SEPARATORS).pop() ?? '';
  const first = n.split(SEPARATORS)[0] ?? '';
  return last.length > 0 && !isUnitLike(last) && isUnitLike(last + first);
}
