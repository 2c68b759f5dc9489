export * from './metrics-report.js';
export * from './findings.js';
export * from './write-units-csv.js';
