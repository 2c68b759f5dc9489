export { comparePlans, type ComparePlansOptions } from './compare-plans.js';
export { combinePlans, type CombinePlansOptions, type PlanToCombine } from './combine-plans.js';
export { COMPARE_DEFAULTS } from './compare-defaults.js';
export { unitsByChange, itemChange } from './units-by-change.js';
export {
  itemSimilarity,
  itemProfile,
  normalizeItemText,
  characterBigrams,
  dice,
  containment,
  type ItemProfile,
} from './item-similarity.js';
export * from './types.js';
