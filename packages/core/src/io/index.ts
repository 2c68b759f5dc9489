// @remit/core/io: plans read from and written to JSON and CSV, and bytes decoded into text.
export { decodeBytes, type DecodeBytesOptions, type DecodedText } from '../text/decode-bytes.js';
export {
  readPlan,
  formatOf,
  isOfficeFormat,
  officeFormatOf,
  type PlanFormat,
  type ReadPlanOptions,
} from './read-plan.js';
export { readPlanJson, type ReadPlanJsonOptions } from './read-plan-json.js';
export { readPlanCsv, type ReadPlanCsvOptions } from './read-plan-csv.js';
export { writePlanJson, planJsonPieces } from './write-plan-json.js';
export { writeAssignmentsCsv, writeMatrixCsv, type WriteCsvOptions } from './write-plan-csv.js';
export { assignmentsTable } from './tables/assignments-table.js';
export { matrixTable } from './tables/matrix-table.js';
export type { Sheet, Table, TableCell, TableOptions } from './table.js';
