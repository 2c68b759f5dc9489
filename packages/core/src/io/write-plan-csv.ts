import type { Item, Plan, Role } from '../model/plan.js';
import { formatCsvRow } from './csv/format-csv-row.js';

/** The columns of the long layout, in order. */
export const ASSIGNMENT_COLUMNS = [
  'item',
  'title',
  'section',
  'label',
  'deadline',
  'unit',
  'role',
  'inferred',
  'raw',
] as const;

/** The item columns that open the wide layout, before one column per unit. */
export const MATRIX_ITEM_COLUMNS = ['item', 'title', 'section', 'label', 'deadline'] as const;

/** The Chinese header of each column: words `readPlanCsv` reads as the same column. */
const CHINESE_HEADERS: Record<(typeof ASSIGNMENT_COLUMNS)[number], string> = {
  item: '任务编号',
  title: '任务',
  section: '章节',
  label: '标号',
  deadline: '完成时限',
  unit: '单位',
  role: '角色',
  inferred: '推断',
  raw: '原文',
};
const CHINESE_ROLES: Record<Role, string> = { lead: '牵头', member: '配合' };

/** How a plan CSV is written for the people who open it. */
export interface WriteCsvOptions {
  /**
   * `en` (default): headers `item,title,…` and roles `lead`/`member`; `zh`:
   * headers `任务编号,任务,…`, roles 牵头/配合 and 是 for inferred. `readPlanCsv`
   * reads both.
   */
  lang?: 'en' | 'zh';
  /**
   * Start with a byte-order mark (default false): Excel on Windows then opens
   * the UTF-8 file as UTF-8 instead of showing the Chinese as mojibake.
   * `readPlanCsv` skips it.
   */
  bom?: boolean;
}

interface CsvWords {
  header(column: (typeof ASSIGNMENT_COLUMNS)[number]): string;
  role(role: Role): string;
  yes: string;
  start: string;
}

function csvWords(options: WriteCsvOptions): CsvWords {
  const zh = options.lang === 'zh';
  return {
    header: (column) => (zh ? CHINESE_HEADERS[column] : column),
    role: (role) => (zh ? CHINESE_ROLES[role] : role),
    yes: zh ? '是' : 'true',
    start: options.bom ? '\uFEFF' : '',
  };
}

/**
 * Writes a plan as long CSV, one row per assignment:
 * `item,title,section,label,deadline,unit,role,inferred,raw` (section is the
 * section's title, unit the unit's name, inferred `true` or empty). An item
 * without units gets one row with empty unit and role; a unit without items
 * gets one row with empty item columns, after all items. Rows follow the
 * items' order, each item's assignments in plan order.
 *
 * Comma-separated, CRLF line ends (as RFC 4180 and spreadsheets expect); a BOM
 * and Chinese headers and roles on request (`WriteCsvOptions`).
 * Cells starting with = + - @, tab or CR get a leading `'` (formula injection);
 * `readPlanCsv` removes it again. Not held: meta, section labels and nesting,
 * item text and line, unit ids, kinds, canonical names, aliases, group members.
 */
export function writeAssignmentsCsv(plan: Plan, options: WriteCsvOptions = {}): string {
  const w = csvWords(options);
  const sectionTitle = sectionTitles(plan);
  const unitName = new Map(plan.units.map((u) => [u.id, u.name]));
  const byItem = new Map<string, Plan['assignments']>();
  for (const a of plan.assignments) {
    const list = byItem.get(a.item);
    if (list) list.push(a);
    else byItem.set(a.item, [a]);
  }
  const used = new Set(plan.assignments.map((a) => a.unit));
  const rows = [formatCsvRow(ASSIGNMENT_COLUMNS.map(w.header))];
  for (const item of plan.items) {
    const cells = itemCells(item, sectionTitle);
    const assignments = byItem.get(item.id) ?? [];
    if (assignments.length === 0) rows.push(formatCsvRow([...cells, '', '', '', '']));
    for (const a of assignments) {
      rows.push(
        formatCsvRow([
          ...cells,
          unitName.get(a.unit) ?? a.unit,
          w.role(a.role),
          a.inferred ? w.yes : '',
          a.raw ?? '',
        ]),
      );
    }
  }
  for (const unit of plan.units) {
    if (!used.has(unit.id)) rows.push(formatCsvRow(['', '', '', '', '', unit.name, '', '', '']));
  }
  return w.start + rows.join('\r\n') + '\r\n';
}

/**
 * Writes a plan as a wide CSV matrix: `item,title,section,label,deadline`,
 * then one column per unit (by name, in plan order); cells `lead`, `member` or
 * empty. Items without units are rows with no marks; units without items are
 * columns with no marks. Besides what the long layout leaves out, the matrix
 * does not hold `inferred` or `raw`.
 */
export function writeMatrixCsv(plan: Plan, options: WriteCsvOptions = {}): string {
  const w = csvWords(options);
  const sectionTitle = sectionTitles(plan);
  const column = new Map(plan.units.map((u, c) => [u.id, c]));
  const marks = new Map<string, string[]>();
  for (const a of plan.assignments) {
    const c = column.get(a.unit);
    if (c === undefined) continue;
    let row = marks.get(a.item);
    if (!row) {
      row = plan.units.map(() => '');
      marks.set(a.item, row);
    }
    if (row[c] === '') row[c] = w.role(a.role);
  }
  const rows = [
    formatCsvRow([...MATRIX_ITEM_COLUMNS.map(w.header), ...plan.units.map((u) => u.name)]),
  ];
  for (const item of plan.items) {
    rows.push(
      formatCsvRow([
        ...itemCells(item, sectionTitle),
        ...(marks.get(item.id) ?? plan.units.map(() => '')),
      ]),
    );
  }
  return w.start + rows.join('\r\n') + '\r\n';
}

function sectionTitles(plan: Plan): Map<string, string> {
  return new Map((plan.sections ?? []).map((s) => [s.id, s.title]));
}

function itemCells(item: Item, sectionTitle: Map<string, string>): string[] {
  return [
    item.id,
    item.title,
    item.section === undefined ? '' : (sectionTitle.get(item.section) ?? ''),
    item.label ?? '',
    item.deadline ?? '',
  ];
}
