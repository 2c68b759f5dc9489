import type { Draft } from './draft.js';

/**
 * The id of the unit with this normalised name, adding a unit on first sight
 * (as the nested answer files name units rather than refer to ids).
 */
export function unitForName(draft: Draft, name: string, written: string): string {
  const known = draft.unitByName.get(name);
  if (known !== undefined) return known;
  const id = draft.unitIds.fresh();
  draft.units.push({ id, name });
  draft.unitByName.set(name, id);
  if (written !== name) draft.writtenName.set(id, written);
  return id;
}
