import type { Role } from '../../model/plan.js';
import { previewCell, shortCell, type CsvDraft } from './csv-draft.js';
import { placeOf, type RowView } from './row-view.js';
import { reportUnreadRow } from './report-unread-row.js';
import type { CsvField } from './tokenize-csv.js';

/**
 * Reads a row of the lists layout: the item, and unit lists in 牵头单位 (lead)
 * and 配合单位 / 责任单位 (member) columns, split at 、，,;； and line breaks.
 * `extraUnits` are fields past the header that name further units (see
 * `checkFieldCount`); they take the role of the last column, a unit list.
 */
export function readListsRow(
  draft: CsvDraft,
  view: RowView,
  lists: Map<number, string>,
  header: readonly string[],
  extraUnits: readonly CsvField[] = [],
): void {
  const item = draft.item(view.itemCells, view.headers);
  const last = header.length - 1;
  const cells = [
    ...[...lists].map(([c, role]) => ({
      cell: view.record.fields[c],
      role,
      field: header[c] ?? role,
    })),
    ...extraUnits.map((cell) => ({
      cell,
      role: lists.get(last) ?? 'member',
      field: header[last] ?? 'member',
    })),
  ];
  for (const { cell, role, field } of cells) {
    if (cell === undefined || cell.value.trim() === '') continue;
    const at = placeOf(view, cell, field);
    const names = draft.unitNames(cell, field);
    if (item === undefined) {
      draft.report(
        'warning',
        'csv/no-item',
        `units ${previewCell(names.join('、'))} on a row with no item; they are not read.`,
        at,
        { cell: 'units', text: shortCell(names.join('、')) },
      );
      continue;
    }
    for (const name of names) {
      const unit = draft.unitNamed(name, at);
      if (unit)
        draft.assign(
          item,
          unit.id,
          role as Role,
          unit.written === undefined ? {} : { raw: unit.written },
          at,
        );
    }
  }
  if (
    item === undefined &&
    ![...lists.keys()].some((c) => (view.record.fields[c]?.value ?? '').trim() !== '')
  ) {
    reportUnreadRow(draft, view, 'no item and no unit', view.headers.item, 'item-and-unit');
  }
}
