export * from './metrics-report.js';
export * from './findings.js';
