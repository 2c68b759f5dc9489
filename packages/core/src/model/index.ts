export * from './plan.js';
export * from './diagnostic.js';
export { diagnosticMessage, type DiagnosticLang } from './diagnostic-message.js';
export * from './incidence.js';
export * from './plan-builder.js';
export { planPart, type PlanPartOptions } from './plan-part.js';
export { topSectionOf } from './top-section.js';
export * from './validate-plan.js';
export * from './unit-kind-names.js';
