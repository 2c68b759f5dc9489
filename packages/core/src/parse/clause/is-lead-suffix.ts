import { trailingRoleMarker } from '../lexicon/role-markers.js';
import { isUnitLike } from '../units/is-unit-like.js';
import { splitUnitList } from '../units/split-unit-list.js';

const MAX_CLAUSE = 600;

/**
 * True when folded text [s, e) is a clause of the form `市政府办公室牵头,市级各有关部门按
 * 职责分工负责` or `区教育局负责`: phrases of unit names, the first closed by a role
 * word (牵头, 负责 …), every name reading as a unit.
 */
export function isLeadSuffix(key: string, s: number, e: number): boolean {
  if (e - s > MAX_CLAUSE || e - s < 3) return false;
  const text = key.slice(s, e).replace(/[。.\s]+$/u, '');
  const phrases = text.split(/[,;]/u);
  const first = phrases[0]!.trim();
  const marker = trailingRoleMarker(first);
  if (!marker || marker[0].length >= first.length) return false;
  if (!first.includes('牵头') && !first.endsWith('负责')) return false;
  const { units } = splitUnitList(text, text, { role: 'member' });
  return units.length > 0 && units.every((u) => isUnitLike(u.raw));
}
