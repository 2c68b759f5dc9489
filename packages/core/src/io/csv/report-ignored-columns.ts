import { previewCell, shortCell, type CsvDraft } from './csv-draft.js';
import type { CsvColumns, IgnoredColumn } from './detect-layout.js';
import type { CsvRecord } from './tokenize-csv.js';

/** Warns once per ignored column that holds something, with how many cells it holds. */
export function reportIgnoredColumns(
  draft: CsvDraft,
  columns: CsvColumns,
  header: readonly string[],
  headerRecord: CsvRecord,
  filled: ReadonlyMap<number, number>,
): void {
  for (const [c, ignored] of columns.ignored) {
    const count = filled.get(c) ?? 0;
    if (count === 0) continue;
    const cell = headerRecord.fields[c]!;
    draft.report(
      'warning',
      'csv/ignored-column',
      `column ${c + 1} ${previewCell(header[c] ?? '')} is ${describe(ignored)}; its ${count} non-empty cell(s) are not read.`,
      { line: cell.line, column: cell.column, field: header[c] ?? '' },
      { column: c + 1, header: shortCell(header[c] ?? ''), count, ...ignored },
    );
  }
}

function describe(ignored: IgnoredColumn): string {
  switch (ignored.why) {
    case 'notes':
      return 'a notes column';
    case 'unknown':
      return 'an unknown column';
    case 'lists-unused':
      return 'a column the lists layout does not use';
    case 'list-beside-unit':
      return 'a unit list beside a unit column';
    case 'second':
      return `a second ${ignored.kind} column`;
  }
}
