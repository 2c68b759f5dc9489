export * from './plan.js';
export * from './diagnostic.js';
export * from './incidence.js';
