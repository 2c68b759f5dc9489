import type { Plan } from '../model/plan.js';
import { formatCsv } from './csv/format-csv.js';
import type { TableOptions } from './table.js';
import { assignmentsTable } from './tables/assignments-table.js';
import { matrixTable } from './tables/matrix-table.js';

export { ASSIGNMENT_COLUMNS, MATRIX_ITEM_COLUMNS } from './tables/plan-words.js';

/** How a plan CSV is written for the people who open it. */
export interface WriteCsvOptions extends TableOptions {
  /**
   * Start with a byte-order mark (default false): Excel on Windows then opens
   * the UTF-8 file as UTF-8 instead of showing the Chinese as mojibake.
   * `readPlanCsv` skips it.
   */
  bom?: boolean;
}

/**
 * Writes a plan as long CSV, one row per assignment (`assignmentsTable`):
 * `item,title,section,label,deadline,unit,role,inferred,raw`, with Chinese
 * headers and roles on request. Comma-separated, CRLF line ends, a BOM on
 * request (`WriteCsvOptions`). Cells starting with = + - @, tab or CR get a
 * leading `'` (formula injection); `readPlanCsv` removes it again.
 */
export function writeAssignmentsCsv(plan: Plan, options: WriteCsvOptions = {}): string {
  return formatCsv(assignmentsTable(plan, options), options);
}

/**
 * Writes a plan as a wide CSV matrix (`matrixTable`): the item columns, then
 * one column per unit, cells `lead`, `member` or empty; formatted as
 * `writeAssignmentsCsv` formats.
 */
export function writeMatrixCsv(plan: Plan, options: WriteCsvOptions = {}): string {
  return formatCsv(matrixTable(plan, options), options);
}
