import { previewCell, shortCell, type CsvDraft } from './csv-draft.js';
import { placeOf, type RowView } from './row-view.js';

/**
 * Reports a row that is left out because it names `what` is missing (`no item`,
 * `neither an item nor a unit` …), quoting the row's text, at its first cell.
 * `missing` says the same for other languages.
 */
export function reportUnreadRow(
  draft: CsvDraft,
  view: RowView,
  what: string,
  field: string,
  missing: 'item' | 'item-and-unit',
): void {
  const text = view.record.fields
    .map((f) => f.value)
    .join(' ')
    .trim();
  draft.report(
    'warning',
    'csv/no-item-or-unit',
    `the row names ${what}; it is not read: ${previewCell(text)}.`,
    placeOf(view, view.record.fields[0], field),
    { missing, text: shortCell(text) },
  );
}
