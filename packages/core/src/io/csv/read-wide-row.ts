import { toRole } from '../../model/to-role.js';
import { previewCell, shortCell, type CsvDraft } from './csv-draft.js';
import { placeOf, type RowView } from './row-view.js';
import { reportUnreadRow } from './report-unread-row.js';

/** The unit of each unit column of a matrix (missing when its header is empty). */
export type MatrixUnits = Map<number, { id: string; written?: string; name: string } | undefined>;

/**
 * Reads a row of the wide layout: the item, then one cell per unit column,
 * `lead` / `member` / empty (also 牵头, 配合, ● for lead, ○ ✓ for member). An
 * unknown mark is an error naming the line, the column and its unit.
 */
export function readWideRow(draft: CsvDraft, view: RowView, units: MatrixUnits): void {
  let item: string | undefined | null = null;
  for (const [c, unit] of units) {
    const cell = view.record.fields[c];
    if (cell === undefined) continue;
    const field = unit?.name ?? `column ${c + 1}`;
    const mark = draft.text(cell, field).trim();
    if (mark === '') continue;
    if (item === null) item = draft.item(view.itemCells, view.headers);
    const at = placeOf(view, cell, field);
    if (unit === undefined) {
      draft.report(
        'warning',
        'csv/unnamed-column',
        `the mark ${previewCell(mark)} is under a column with no unit name; it is not read. Name the unit in the header.`,
        at,
        { text: shortCell(mark) },
      );
      continue;
    }
    if (item === undefined) {
      draft.report(
        'warning',
        'csv/no-item',
        `the mark ${previewCell(mark)} is on a row with no item; it is not read.`,
        at,
        { cell: 'mark', text: shortCell(mark) },
      );
      draft.dropUnit(unit.id);
      continue;
    }
    const role = toRole(mark)?.role;
    if (role === undefined) {
      draft.report(
        'error',
        'csv/unknown-role',
        `unknown mark ${previewCell(mark)}; use lead or member (牵头, 配合) or leave the cell empty.`,
        at,
        { cell: 'mark', text: shortCell(mark) },
      );
      draft.dropUnit(unit.id);
      continue;
    }
    draft.assign(item, unit.id, role, unit.written === undefined ? {} : { raw: unit.written }, at);
  }
  if (item === null && draft.item(view.itemCells, view.headers) === undefined) {
    reportUnreadRow(draft, view, 'no item', view.headers.item, 'item');
  }
}
