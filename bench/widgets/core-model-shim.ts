// Used by run.mjs only while @remit/core/model does not re-export validatePlan,
// which the widgets' data layer (shared/to-plan) imports from there.
export * from '../../packages/core/src/model/index.js';
export { validatePlan } from '../../packages/core/src/model/validate-plan.js';
