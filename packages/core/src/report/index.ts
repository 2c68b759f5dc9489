export * from './metrics-report.js';
