// @remit/core/metrics: figures of an incidence index; each a pure function.
export { workload, NO_SECTION, type UnitWorkload, type WorkloadOptions } from './workload.js';
export { coverage, type CoverageOptions, type ItemCoverage, type ItemFlag } from './coverage.js';
export { concentration, type Concentration } from './concentration.js';
export { busiestFirst, type UnitLoad } from './busiest-first.js';
export { overloadedUnits } from './overloaded-units.js';
export { summary, type PlanSummary, type SummaryOptions } from './summary.js';
export { distinctAssignments, LeadKind, type DistinctAssignments } from './distinct-assignments.js';
export {
  coResponsibilityGraph,
  type CoResponsibilityGraph,
  type TieAttributes,
  type UnitNodeAttributes,
} from './co-responsibility-graph.js';
export { coResponsibilityTies, type CoResponsibilityTie } from './co-responsibility-ties.js';
export { coResponsibilityTieTable } from './co-responsibility-tie-table.js';
export { tieTableOf, type TieTable } from './tie-table.js';
export type { WeightedTie } from './check-ties.js';
export {
  bipartiteGraph,
  itemNodeKey,
  unitNodeKey,
  type BipartiteEdgeAttributes,
  type BipartiteGraph,
  type BipartiteNodeAttributes,
} from './bipartite-graph.js';
export { graphNodeKeys } from './graph-node-keys.js';
export { centrality, type CentralityOptions, type UnitCentrality } from './centrality.js';
export { sampledBetweenness, type SampledBetweennessOptions } from './sampled-betweenness.js';
export { communities, type CommunitiesOptions } from './communities.js';
export { communitiesOfTies } from './communities-of-ties.js';
export { communitiesOfTieTable } from './communities-of-tie-table.js';
export { backbone, type BackboneOptions, type BackboneTie } from './backbone.js';
export { backboneOfTies } from './backbone-of-ties.js';
export { backboneOfTieTable } from './backbone-of-tie-table.js';
export { seriation, type Seriation } from './seriation.js';
export { seriationQuality, type SeriationQuality } from './seriation-quality.js';
export { METRIC_DEFAULTS } from './defaults.js';
