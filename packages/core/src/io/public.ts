export * from './decode-bytes.js';
export * from './read-plan-json.js';
export * from './write-plan-json.js';
export * from './read-plan-csv.js';
export * from './write-plan-csv.js';
export { escapeFormula, unescapeFormula } from './csv/formula-prefix.js';
export { formatCsvRow } from './csv/format-csv-row.js';
