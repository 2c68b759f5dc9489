export * from './metrics-report.js';
export * from './findings.js';
export * from './units-table.js';
export * from './write-units-csv.js';
export * from './plan-workbook.js';
