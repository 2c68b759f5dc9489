import { previewCell, type CsvDraft } from './csv-draft.js';
import type { CsvColumns } from './detect-layout.js';
import type { CsvRecord } from './tokenize-csv.js';

/** Warns once per ignored column that holds something, with how many cells it holds. */
export function reportIgnoredColumns(
  draft: CsvDraft,
  columns: CsvColumns,
  header: readonly string[],
  headerRecord: CsvRecord,
  filled: ReadonlyMap<number, number>,
): void {
  for (const [c, why] of columns.ignored) {
    const count = filled.get(c) ?? 0;
    if (count === 0) continue;
    const cell = headerRecord.fields[c]!;
    draft.report(
      'warning',
      'csv/ignored-column',
      `column ${c + 1} ${previewCell(header[c] ?? '')} is ${why}; its ${count} non-empty cell(s) are not read.`,
      { line: cell.line, column: cell.column, field: header[c] ?? '' },
    );
  }
}
