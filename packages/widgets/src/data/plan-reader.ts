// The plan reader (text documents, CSV, JSON in any encoding), which `loadPlan` loads when a
// `src` is fetched: an app that gives its elements `data` never downloads it. The single-file
// bundles carry it inline.
export { decodeBytes } from '@remit/core/io';
export { readPlanText } from './read-plan-text.js';
