import type { Role } from './plan.js';

/** Words and marks read as a role besides `lead` and `member` themselves. */
const ROLE_WORDS: ReadonlyMap<string, Role> = new Map([
  ['牵头', 'lead'],
  ['牵头单位', 'lead'],
  ['牵头部门', 'lead'],
  ['主责', 'lead'],
  ['主责单位', 'lead'],
  ['主办', 'lead'],
  ['●', 'lead'],
  ['★', 'lead'],
  ['配合', 'member'],
  ['配合单位', 'member'],
  ['配合部门', 'member'],
  ['责任', 'member'],
  ['责任单位', 'member'],
  ['参与', 'member'],
  ['协办', 'member'],
  ['协同', 'member'],
  ['○', 'member'],
  ['√', 'member'],
  ['✓', 'member'],
]);

/**
 * Reads a role. `exact` is true only for `lead` and `member` as written; other
 * spellings that are read (`Lead`, 牵头, 配合, 责任, ● for lead, ○ or ✓ for
 * member) come back with `exact: false` so the caller can say so. Anything else
 * is `undefined`.
 */
export function toRole(value: string): { role: Role; exact: boolean } | undefined {
  if (value === 'lead' || value === 'member') return { role: value, exact: true };
  const word = value.trim().normalize('NFKC');
  const lower = word.toLowerCase();
  if (lower === 'lead' || lower === 'member') return { role: lower, exact: false };
  const role = ROLE_WORDS.get(word) ?? ROLE_WORDS.get(value.trim());
  return role === undefined ? undefined : { role, exact: false };
}
