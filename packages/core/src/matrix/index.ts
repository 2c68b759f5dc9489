export * from './responsibility-matrix.js';
