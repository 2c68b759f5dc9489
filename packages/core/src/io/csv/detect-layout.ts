import { columnKind, type ColumnKind } from './column-kind.js';

/** The CSV layouts Remit reads. */
export type CsvLayout =
  /** one row per assignment: `item,unit,role` (+ title, section, label, deadline, inferred, raw) */
  | 'long'
  /** items as rows, units as columns, cells `lead` / `member` / empty */
  | 'wide'
  /** one row per item, with lists of units in `牵头单位` / `配合单位` columns */
  | 'lists';

/** How a header row is read. */
export interface CsvColumns {
  layout: CsvLayout;
  /** column index of each kind (the first column of that kind) */
  index: Map<ColumnKind, number>;
  /** wide: column index → unit name as written; lists: column index → role of its units */
  units: Map<number, string>;
  /** column indexes whose cells are not read, with why */
  ignored: Map<number, IgnoredColumn>;
}

/**
 * Why a column is not read: a notes column, an unknown header, a column the
 * lists layout does not use, a unit list beside a unit column, or a second
 * column of a `kind`.
 */
export type IgnoredColumn =
  | { why: 'notes' | 'unknown' | 'lists-unused' | 'list-beside-unit' }
  | { why: 'second'; kind: ColumnKind };

const ITEM_FIELDS: ReadonlySet<ColumnKind> = new Set([
  'item',
  'title',
  'section',
  'label',
  'deadline',
]);

/**
 * Reads a header row: `long` when it has a unit column, `lists` when it has
 * 牵头单位/配合单位 columns, else `wide`, where the first column holds items
 * (ids, or titles under a title header), the item columns right after it
 * (title, section, label, deadline, each once) describe them, and every later
 * column is a unit. A second column of a kind, notes and unknown columns are
 * ignored (`ignored`).
 */
export function detectLayout(header: readonly string[]): CsvColumns {
  const kinds = header.map(columnKind);
  const layout: CsvLayout = kinds.includes('unit')
    ? 'long'
    : kinds.some((k) => k === 'leads' || k === 'members')
      ? 'lists'
      : 'wide';
  const index = new Map<ColumnKind, number>();
  const units = new Map<number, string>();
  const ignored = new Map<number, IgnoredColumn>();
  if (layout === 'wide') {
    index.set(kinds[0] === 'title' ? 'title' : 'item', 0);
    let block = true;
    for (let c = 1; c < header.length; c++) {
      const kind = kinds[c];
      if (block && kind !== undefined && ITEM_FIELDS.has(kind) && !index.has(kind)) {
        index.set(kind, c);
      } else if (kind === 'note') {
        ignored.set(c, { why: 'notes' });
      } else {
        block = false;
        units.set(c, header[c]!);
      }
    }
    return { layout, index, units, ignored };
  }
  kinds.forEach((kind, c) => {
    if (kind === undefined) ignored.set(c, { why: 'unknown' });
    else if (kind === 'note') ignored.set(c, { why: 'notes' });
    else if (layout === 'lists' && (kind === 'leads' || kind === 'members')) {
      units.set(c, kind === 'leads' ? 'lead' : 'member');
    } else if (
      layout === 'lists' &&
      (kind === 'unit' || kind === 'role' || kind === 'inferred' || kind === 'raw')
    ) {
      ignored.set(c, { why: 'lists-unused' });
    } else if (layout === 'long' && (kind === 'leads' || kind === 'members')) {
      ignored.set(c, { why: 'list-beside-unit' });
    } else if (index.has(kind)) ignored.set(c, { why: 'second', kind });
    else index.set(kind, c);
  });
  return { layout, index, units, ignored };
}
