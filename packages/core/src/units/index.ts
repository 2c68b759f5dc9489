export * from './normalize-unit-name.js';
