import type { Unit } from '../model/plan.js';
import { isGroupName } from './guess-unit-kind.js';

/**
 * True when a unit stands for several units: its kind is `group`, it lists
 * members, or (kind unknown) its name reads as a group (`各街镇`).
 */
export function isGroup(unit: Unit): boolean {
  if (unit.kind === 'group' || (unit.members?.length ?? 0) > 0) return true;
  if (unit.kind !== undefined) return false;
  return isGroupName(unit.name);
}
