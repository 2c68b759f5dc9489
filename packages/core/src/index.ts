export * from './model/index.js';
export * from './units/index.js';
export * from './io/index.js';
export * from './parse/index.js';
export * from './metrics/index.js';
export * from './matrix/index.js';
export * from './report/index.js';
export * from './compare/index.js';
