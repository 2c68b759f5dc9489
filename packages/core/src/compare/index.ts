// @remit/core/compare: two plans compared, several plans combined.
export { comparePlans, type ComparePlansOptions } from './compare-plans.js';
export { combinePlans, type CombinePlansOptions, type PlanToCombine } from './combine-plans.js';
export { COMPARE_DEFAULTS } from './compare-defaults.js';
export { unitsByChange, itemChange } from './units-by-change.js';
export { itemSimilarity, itemProfile, type ItemProfile } from './item-similarity.js';
export {
  COMBINED_FORMAT_VERSION,
  COMPARISON_FORMAT_VERSION,
  ITEM_MATCH_KINDS,
  UNIT_MATCH_KINDS,
  type CombinedCounts,
  type CombinedPlans,
  type CombinedSource,
  type CombinedUnitWorkload,
  type ComparedPlan,
  type ComparisonSummary,
  type ItemMatch,
  type ItemMatchKind,
  type ItemRef,
  type PlanComparison,
  type UnitComparison,
  type UnitItemChange,
  type UnitMatchKind,
  type UnitRef,
  type UnitRoleCounts,
} from './types.js';
