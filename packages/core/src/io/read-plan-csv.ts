import { diagnostic, type Read } from '../model/diagnostic.js';
import { PLAN_FORMAT_VERSION, type Plan } from '../model/plan.js';
import { CsvDraft, previewCell, shortCell } from './csv/csv-draft.js';
import { detectDelimiter } from './csv/detect-delimiter.js';
import { isBlankRecord } from './csv/find-header.js';
import { readListsRow } from './csv/read-lists-row.js';
import { readLongRow } from './csv/read-long-row.js';
import { readWideRow, type MatrixUnits } from './csv/read-wide-row.js';
import { isHeaderAgain } from './csv/is-header-again.js';
import { matrixUnits } from './csv/matrix-units.js';
import { reportIgnoredColumns } from './csv/report-ignored-columns.js';
import { reportUnitsWithoutItems } from './csv/report-units-without-items.js';
import { checkFieldCount } from './csv/check-field-count.js';
import { rowViewer } from './csv/row-view.js';
import { scanCsv } from './csv/scan-csv.js';
import { forEachCsvRecord } from './csv/tokenize-csv.js';

export interface ReadPlanCsvOptions {
  /** file name or URL, copied into diagnostics */
  source?: string;
  /** `,` `;` tab or `|`; detected when absent */
  delimiter?: string;
  /** longer cells keep their first this many characters (default `MAX_FIELD_LENGTH`, 100,000, as in Plan JSON) */
  maxFieldLength?: number;
}

/**
 * Reads a plan from CSV text. Never throws.
 *
 * Layouts, told from the header row (which may sit below a title line or two):
 * - long: `item,unit,role` plus optional `title`, `section`, `label`,
 *   `deadline`, `inferred`, `raw` (Chinese headers too: 序号, 事项/任务, 单位,
 *   角色; roles 牵头 → lead, 配合/责任/参与 → member). A row with an empty unit
 *   is an item without units; a row with an empty item and title is a unit
 *   without items. Items keep the ids in the `item` column; without one, items
 *   are told apart by title and get ids `i1`, `i2` ….
 * - wide: the first column holds items, then optional title/section/label/
 *   deadline columns, then one column per unit with cells `lead`, `member` or
 *   empty (also 牵头, 配合, ●).
 * - lists: one row per item with unit lists in 牵头单位 and 配合单位/责任单位 columns.
 *
 * The delimiter (`,` `;` tab `|`) is detected; the full-width `，` never is one.
 * A leading BOM is ignored; the `'` that `writeAssignmentsCsv` puts before
 * cells starting with = + - @ is removed. A unit cell is a list when it holds
 * 、，,;； or line breaks outside brackets and quotes (`各县(市、区)政府` is one
 * unit); a name in double quotes (`"区A;区B"`, quotes inside doubled, as
 * `assignmentsTable` and `matrixTable` write names that would read otherwise)
 * is one unit, read without them. Units get ids `u1`, `u2` … by name
 * (`PlanBuilder`), sections `s1` … by title.
 *
 * Every non-blank record ends up in the plan or in a diagnostic with its 1-based
 * line and column: an unclosed quote (error at the line where it opens, the
 * other records kept), too many or too few fields (warning; fields are never
 * shifted; extra ones that name units are read as further units of a long
 * row, or of a lists row ending in a unit list, the others are quoted in the
 * message), a repeated header row (info, skipped), an oversized cell (capped,
 * warning), an unknown role (error naming the line and column `role`), ignored
 * columns (warning with the count of cells they hold), a unit with no items
 * (info, kept).
 *
 * @example readPlanCsv(await file.text(), { source: file.name })
 */
export function readPlanCsv(text: string, options: ReadPlanCsvOptions = {}): Read<Plan> {
  const source = options.source;
  const place = source === undefined ? {} : { source };
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const empty = (): Plan => ({ remit: PLAN_FORMAT_VERSION, items: [], units: [], assignments: [] });
  if (body.trim() === '') {
    return {
      value: empty(),
      diagnostics: [
        diagnostic(
          'info',
          'csv/empty',
          'readPlanCsv: the text is empty; read an empty plan.',
          place,
        ),
      ],
    };
  }
  const delimiter = options.delimiter ?? detectDelimiter(body);
  const maxField = options.maxFieldLength;
  const scan = scanCsv(body, delimiter, maxField);
  const tokenizing = { delimiter, ...(maxField === undefined ? {} : { maxFieldLength: maxField }) };
  if (scan.header === undefined) {
    const problems = forEachCsvRecord(body, tokenizing, () => {});
    return {
      value: empty(),
      diagnostics: [
        ...problems.map((p) =>
          diagnostic(
            p.severity,
            p.code,
            `readPlanCsv: ${p.message}`,
            { ...place, line: p.line, column: p.column },
            p.args,
          ),
        ),
        diagnostic(
          'error',
          'csv/no-header',
          'readPlanCsv: no header row found; start the file with item,unit,role (one row per assignment) or with an item column followed by one column per unit.',
          { ...place, line: scan.firstLine || 1, column: 1 },
        ),
      ],
    };
  }
  const { cells: header, columns, record: headerRecord, ordinal: headerOrdinal } = scan.header;
  const draft = new CsvDraft(source, scan.itemIds);
  for (const record of scan.lead) {
    const text = record.fields
      .map((f) => f.value)
      .join(' ')
      .trim();
    draft.report(
      'info',
      'csv/before-header',
      `skipped a line above the header: ${previewCell(text)}.`,
      { line: record.line, column: 1 },
      { text: shortCell(text) },
    );
  }
  reportIgnoredColumns(draft, columns, header, headerRecord, scan.filled);
  if (columns.layout === 'long' && !columns.index.has('role')) {
    draft.report(
      'warning',
      'csv/no-role-column',
      'no role column; every assignment reads as member.',
      {
        line: headerRecord.line,
        column: 1,
      },
    );
  }
  const units: MatrixUnits =
    columns.layout === 'wide' ? matrixUnits(draft, columns, headerRecord) : new Map();
  const roleHeader = header[columns.index.get('role') ?? -1] ?? 'role';
  const rowView = rowViewer(columns, header);
  // fields past the header name further units where a row's units share one role
  const takesExtraUnits =
    columns.layout === 'long' ||
    (columns.layout === 'lists' && columns.units.has(header.length - 1));
  let ordinal = -1;
  const problems = forEachCsvRecord(body, tokenizing, (record) => {
    if (++ordinal <= headerOrdinal || isBlankRecord(record)) return;
    if (isHeaderAgain(record, header)) {
      draft.report('info', 'csv/repeated-header', 'the header row is repeated here; skipped it.', {
        line: record.line,
        column: 1,
      });
      return;
    }
    const extraUnits = checkFieldCount(draft, record, header.length, takesExtraUnits);
    const view = rowView(record);
    if (columns.layout === 'long') readLongRow(draft, view, roleHeader, extraUnits);
    else if (columns.layout === 'wide') readWideRow(draft, view, units);
    else readListsRow(draft, view, columns.units, header, extraUnits);
  });
  for (const p of problems) draft.report(p.severity, p.code, p.message, p, p.args);
  const built = draft.builder.build();
  reportUnitsWithoutItems(draft, built);
  const diagnostics = draft.diagnostics
    .map((d, order) => ({ d, order }))
    .sort(
      (a, b) =>
        (a.d.line ?? 0) - (b.d.line ?? 0) ||
        (a.d.column ?? 0) - (b.d.column ?? 0) ||
        a.order - b.order,
    )
    .map(({ d }) => d);
  return {
    value: {
      remit: PLAN_FORMAT_VERSION,
      ...(built.sections && built.sections.length > 0 ? { sections: built.sections } : {}),
      items: built.items,
      units: built.units,
      assignments: built.assignments,
    },
    diagnostics,
  };
}
