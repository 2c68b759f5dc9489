// @remit/core/metrics/plain: the figures that run on plain arrays (an incidence index, an
// array of ties), with no graph library: `@remit/core/metrics` less the graphology graphs
// (coResponsibilityGraph, bipartiteGraph, centrality, sampledBetweenness, communities,
// backbone). The widgets import this entry, so a page that only draws needs neither
// graphology nor its metrics installed; Louvain runs on the ties in typed arrays
// (louvainOfTies: graphology-communities-louvain's algorithm, without the library).
export { workload, NO_SECTION, type UnitWorkload, type WorkloadOptions } from './workload.js';
export { coverage, type CoverageOptions, type ItemCoverage, type ItemFlag } from './coverage.js';
export { concentration, type Concentration } from './concentration.js';
export { busiestFirst, type UnitLoad } from './busiest-first.js';
export { overloadedUnits } from './overloaded-units.js';
export { summary, type PlanSummary, type SummaryOptions } from './summary.js';
export { distinctAssignments, LeadKind, type DistinctAssignments } from './distinct-assignments.js';
export { coResponsibilityTies, type CoResponsibilityTie } from './co-responsibility-ties.js';
export { coResponsibilityTieTable } from './co-responsibility-tie-table.js';
export { tieTableOf, type TieTable } from './tie-table.js';
export type { WeightedTie } from './check-ties.js';
export type { CommunitiesOptions } from './communities.js';
export { communitiesOfTies } from './communities-of-ties.js';
export { communitiesOfTieTable } from './communities-of-tie-table.js';
export type { BackboneOptions, BackboneTie } from './backbone.js';
export { backboneOfTies } from './backbone-of-ties.js';
export { backboneOfTieTable } from './backbone-of-tie-table.js';
export { seriation, type Seriation } from './seriation.js';
export { seriationQuality, type SeriationQuality } from './seriation-quality.js';
export { METRIC_DEFAULTS } from './defaults.js';
