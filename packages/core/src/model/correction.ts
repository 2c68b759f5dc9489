/**
 * A correction a person made to a plan as it was read: what was done, when,
 * to which item or unit, and the reading it replaced. A plan's `corrections`
 * list them in the order they were made; the plan's items, units and
 * assignments are the corrected ones, so every reader and view sees the
 * corrected plan, and each correction keeps its `before` (the original
 * reading, as text) beside its `after`.
 *
 * - `item-title`: an item's title; `before`/`after` are the titles.
 * - `add-unit`: a unit put on an item; `after` is its name and role (`区司法局 lead`).
 * - `remove-unit`: a unit taken off an item; `before` is its name and role.
 * - `set-role`: a unit's role on an item; `before`/`after` are the roles (`member`, `lead`,
 *   `lead inferred`).
 * - `rename-unit`: a unit's name, everywhere; `before`/`after` are the names.
 * - `merge-units`: two names of one unit made one (an alias accepted); `before` is
 *   the name merged away, `after` the name kept (`unit`).
 * - `dismiss-alias`: a likely alias judged to be two units; `before` and `after`
 *   are the two names, and the suggestion is not made again.
 */
export interface Correction {
  kind: CorrectionKind;
  /** when it was made, ISO 8601 (`2026-12-07T01:45:00.000Z`) */
  at: string;
  /** the item it changed, by id */
  item?: string;
  /** the unit it changed, by id */
  unit?: string;
  /** the reading it replaced, as text */
  before?: string;
  /** what it became, as text */
  after?: string;
}

export type CorrectionKind =
  | 'item-title'
  | 'add-unit'
  | 'remove-unit'
  | 'set-role'
  | 'rename-unit'
  | 'merge-units'
  | 'dismiss-alias';

export const CORRECTION_KINDS: readonly CorrectionKind[] = [
  'item-title',
  'add-unit',
  'remove-unit',
  'set-role',
  'rename-unit',
  'merge-units',
  'dismiss-alias',
];
