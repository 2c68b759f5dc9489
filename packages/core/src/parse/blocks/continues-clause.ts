import { isUnitLike } from '../units/is-unit-like.js';

const MAX_CONTINUATION = 80;
const MAX_VALUE_LINE = 300;
const SEPARATORS = /[、,;/\s]+/u;

/**
 * True when `next` (a line after a clause line, neither numbered nor a clause
 * itself) continues the unit list `value` broken by a line wrap: the list is
 * empty so far (`责任单位：` alone), ends with a separator or an open bracket, the
 * next line starts with a separator, its last name is cut (`区发` + `改委` →
 * `区发改委`), or the next line is itself a list of unit names.
 */
export function continuesClause(value: string, next: string): boolean {
  if (next.length > MAX_VALUE_LINE * 2) return false;
  // only the end of a long value matters
  const v = value.slice(-MAX_CONTINUATION).trim();
  const n = next.trim();
  // `责任单位：` with the names on the next line
  if (v === '') return n.length > 0 && n.length <= MAX_VALUE_LINE && !n.includes(':');
  // the bracket that closes the clause (`贫办)`) is no part of the names
  const body = n.replace(/[)\]】〕]?[。;]*$/u, '');
  if (body.length === 0 || body.length > MAX_CONTINUATION || /[。:]/u.test(body)) return false;
  if (/[、,]$/u.test(v) || /^[、,;]/u.test(body) || opensBracket(v)) return true;
  const names = body
    .split(SEPARATORS)
    .map((p) => p.replace(/等$/u, ''))
    .filter(Boolean);
  const last = v.split(SEPARATORS).pop() ?? '';
  const first = names[0] ?? '';
  if (last.length > 0 && !isUnitLike(last) && isUnitLike(last + first)) return true;
  return names.length > 0 && names.every((name) => isUnitLike(name));
}

/** True when a bracket in `v` is left open (`市卫生健康委(除标注`). */
function opensBracket(v: string): boolean {
  let depth = 0;
  for (const c of v) {
    if (c === '(' || c === '[' || c === '【' || c === '〔') depth++;
    else if ((c === ')' || c === ']' || c === '】' || c === '〕') && depth > 0) depth--;
  }
  return depth > 0;
}
