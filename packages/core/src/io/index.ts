export * from './public.js';
export * from './read-plan.js';
