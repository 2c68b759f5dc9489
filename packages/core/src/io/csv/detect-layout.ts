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
  ignored: Map<number, string>;
}

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
  const ignored = new Map<number, string>();
  if (layout === 'wide') {
    index.set(kinds[0] === 'title' ? 'title' : 'item', 0);
    let block = true;
    for (let c = 1; c < header.length; c++) {
      const kind = kinds[c];
      if (block && kind !== undefined && ITEM_FIELDS.has(kind) && !index.has(kind)) {
        index.set(kind, c);
      } else if (kind === 'note') {
        ignored.set(c, 'a notes column');
      } else {
        block = false;
        units.set(c, header[c]!);
      }
    }
    return { layout, index, units, ignored };
  }
  kinds.forEach((kind, c) => {
    if (kind === undefined) ignored.set(c, 'an unknown column');
    else if (kind === 'note') ignored.set(c, 'a notes column');
    else if (layout === 'lists' && (kind === 'leads' || kind === 'members')) {
      units.set(c, kind === 'leads' ? 'lead' : 'member');
    } else if (
      layout === 'lists' &&
      (kind === 'unit' || kind === 'role' || kind === 'inferred' || kind === 'raw')
    ) {
      ignored.set(c, 'a column the lists layout does not use');
    } else if (layout === 'long' && (kind === 'leads' || kind === 'members')) {
      ignored.set(c, 'a unit list beside a unit column');
    } else if (index.has(kind)) ignored.set(c, `a second ${kind} column`);
    else index.set(kind, c);
  });
  return { layout, index, units, ignored };
}
