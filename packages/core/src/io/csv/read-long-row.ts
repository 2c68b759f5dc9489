import { toRole } from '../../model/to-role.js';
import { previewCell, shortCell, type CellPlace, type CsvDraft } from './csv-draft.js';
import { placeOf, type RowView } from './row-view.js';
import { reportUnreadRow } from './report-unread-row.js';
import type { CsvField } from './tokenize-csv.js';

/**
 * Reads a row of the long layout: the item (by id, or title), the unit (or a
 * list of units) and the role. A row with an item and no unit keeps an item without units; a row with
 * a unit and no item keeps a unit without items. An unknown role is an error
 * naming the line and the `role` column; the item and unit are still kept.
 * `extraUnits` are fields past the header that name further units of the row
 * (see `checkFieldCount`); they take the row's role.
 */
export function readLongRow(
  draft: CsvDraft,
  view: RowView,
  roleHeader: string,
  extraUnits: readonly CsvField[] = [],
): void {
  const item = draft.item(view.itemCells, view.headers);
  const unitCell = view.cell('unit');
  const units = unitsOf(draft, view, unitCell);
  for (const cell of extraUnits) units.push(...unitsOf(draft, view, cell));
  const roleCell = view.cell('role');
  const roleText = draft.text(roleCell, roleHeader).trim();
  if (item === undefined || units.length === 0) {
    if (item === undefined && units.length === 0) {
      reportUnreadRow(draft, view, 'neither an item nor a unit', 'item', 'item-and-unit');
    } else if (roleText !== '') {
      draft.report(
        'warning',
        'csv/role-without-pair',
        `a role ${previewCell(roleText)} on a row with ${item === undefined ? 'no item' : 'no unit'}; there is nothing to assign.`,
        placeOf(view, roleCell, roleHeader),
        { role: shortCell(roleText), missing: item === undefined ? 'item' : 'unit' },
      );
    }
    return;
  }
  let role = toRole(roleText)?.role;
  if (roleText === '') {
    role = 'member';
    if (roleCell !== undefined) {
      draft.report(
        'warning',
        'csv/missing-role',
        'no role given; read as "member".',
        placeOf(view, roleCell, roleHeader),
      );
    }
  }
  if (role === undefined) {
    draft.report(
      'error',
      'csv/unknown-role',
      `unknown role ${previewCell(roleText)}; the assignment is not read. Use lead or member (牵头, 配合).`,
      placeOf(view, roleCell, roleHeader),
      { cell: 'role', text: shortCell(roleText) },
    );
    for (const unit of units) draft.dropUnit(unit.id);
    return;
  }
  const inferredCell = view.cell('inferred');
  const inferred = readInferred(
    draft,
    draft.text(inferredCell, 'inferred').trim(),
    view,
    inferredCell,
  );
  const raw = draft.text(view.cell('raw'), 'raw', true);
  for (const unit of units) {
    const written = raw !== '' && units.length === 1 ? raw : unit.written;
    draft.assign(item, unit.id, role, { inferred, raw: written }, unit.at);
  }
}

/**
 * The units a unit cell names: one, or several when the cell is a list
 * (`区发改委、区财政局`, split at 、，,;； and line breaks; reported as info).
 */
function unitsOf(
  draft: CsvDraft,
  view: RowView,
  cell: CsvField | undefined,
): { id: string; written?: string; at: CellPlace }[] {
  if (cell === undefined) return [];
  const names = draft.unitNames(cell, 'unit');
  const at = placeOf(view, cell, 'unit');
  if (names.length > 1) {
    draft.report(
      'info',
      'csv/unit-list',
      `read ${names.length} units from the list ${previewCell(names.join('、'))}, each with this row's role.`,
      at,
      { count: names.length, text: shortCell(names.join('、')) },
    );
  }
  const units: { id: string; written?: string; at: CellPlace }[] = [];
  for (const name of names) {
    const unit = draft.unitNamed(name, at);
    if (unit) units.push(unit.written === undefined ? { id: unit.id, at } : { ...unit, at });
  }
  return units;
}

const TRUE = new Set(['true', '1', 'yes', 'y', '是']);
const FALSE = new Set(['', 'false', '0', 'no', 'n', '否']);

function readInferred(
  draft: CsvDraft,
  text: string,
  view: RowView,
  cell: CsvField | undefined,
): boolean {
  const lower = text.toLowerCase();
  if (TRUE.has(lower)) return true;
  if (!FALSE.has(lower)) {
    draft.report(
      'warning',
      'csv/wrong-type',
      `expected true or false, found ${previewCell(text)}; read as false.`,
      placeOf(view, cell, 'inferred'),
      { text: shortCell(text) },
    );
  }
  return false;
}
