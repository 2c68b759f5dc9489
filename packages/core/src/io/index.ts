export * from './public.js';
export * from './read-plan.js';
export * from './format-size.js';
