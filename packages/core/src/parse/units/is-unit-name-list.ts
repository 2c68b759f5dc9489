import { isUnitLike } from './is-unit-like.js';
import { splitUnitList } from './split-unit-list.js';

/** True when `text` is a list of names (`市税务局等,各县、市、区政府`) that all read as units. */
export function isUnitNameList(text: string): boolean {
  const { units } = splitUnitList(text, text, { role: 'member' });
  return units.length > 0 && units.every((u) => isUnitLike(u.raw));
}
