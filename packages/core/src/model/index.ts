// @remit/core/model: the plan, its index, its check and the diagnostics readers report.
export {
  PLAN_FORMAT_VERSION,
  ROLES,
  UNIT_KINDS,
  type Assignment,
  type Item,
  type Plan,
  type PlanMeta,
  type Role,
  type Section,
  type Unit,
  type UnitKind,
} from './plan.js';
export { UNIT_KIND_NAMES } from './unit-kind-names.js';
export { validatePlan, type ValidatePlanOptions } from './validate-plan.js';
export { incidence, type Incidence } from './incidence.js';
export { planPart, type PlanPartOptions } from './plan-part.js';
export { topSectionOf } from './top-section.js';
export { CORRECTION_KINDS, type Correction, type CorrectionKind } from './correction.js';
export { correctPlan, dismissedAliases, pairKey, type CorrectionRequest } from './correct-plan.js';
export {
  formatDiagnostic,
  hasErrors,
  type Diagnostic,
  type DiagnosticArgs,
  type Read,
  type Severity,
} from './diagnostic.js';
export { diagnosticMessage, type DiagnosticLang } from './diagnostic-message.js';
export { isDiagnosticCode, type DiagnosticCode } from './diagnostic-code.js';
