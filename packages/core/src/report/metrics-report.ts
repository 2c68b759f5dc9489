import { incidence } from '../model/incidence.js';
import type { Plan } from '../model/plan.js';
import { centrality } from '../metrics/centrality.js';
import { communities } from '../metrics/communities.js';
import { coResponsibilityGraph } from '../metrics/co-responsibility-graph.js';
import { coverage, type ItemFlag } from '../metrics/coverage.js';
import { summary, type PlanSummary } from '../metrics/summary.js';
import { NO_SECTION, workload } from '../metrics/workload.js';

/** The `bySection` key for items outside any section. */
export const NO_SECTION_TITLE = '(no section)';

/** One unit's row in a metrics report. */
export interface UnitReport {
  id: string;
  name: string;
  kind?: string;
  items: number;
  lead: number;
  inferredLead: number;
  member: number;
  share: number;
  rank: number;
  /** section title → items */
  bySection: Record<string, number>;
  degree: number;
  weightedDegree: number;
  betweenness: number;
  pagerank: number;
  community: number;
}

/** One item's row in a metrics report. */
export interface ItemReport {
  id: string;
  label?: string;
  title: string;
  section?: string;
  units: number;
  hasLead: boolean;
  groups: number;
  flags: ItemFlag[];
}

/** Everything `remit metrics` prints: the headline figures, then one row per unit and per item. */
export interface MetricsReport {
  meta: Plan['meta'];
  summary: PlanSummary;
  units: UnitReport[];
  items: ItemReport[];
}

export interface MetricsReportOptions {
  /** items with more units than this are flagged `many-units` (default 8) */
  manyUnits?: number;
  /** seed of the community detection (default 1) */
  seed?: number;
}

/**
 * Computes the full metrics report of a plan: `summary`, `workload` joined with
 * `centrality` and `communities` of the co-responsibility graph per unit (ranked:
 * most items first, then most leads, then plan order), and `coverage` per item
 * (plan order). Section ids are replaced by section titles so the report reads
 * on its own.
 */
export function metricsReport(plan: Plan, options: MetricsReportOptions = {}): MetricsReport {
  const inc = incidence(plan);
  const manyUnits = options.manyUnits === undefined ? {} : { manyUnits: options.manyUnits };
  const graph = coResponsibilityGraph(inc);
  const central = new Map(centrality(graph).map((c) => [c.unit, c]));
  const community = communities(graph, { seed: options.seed ?? 1 });
  const sectionTitle = new Map(
    (plan.sections ?? []).map((s) => [s.id, s.label ? `${s.label}${s.title}` : s.title]),
  );
  const kindOf = new Map(plan.units.map((u) => [u.id, u.kind]));
  const units = workload(inc)
    .map((w, position) => ({ w, position }))
    .sort((a, b) => a.w.rank - b.w.rank || b.w.lead - a.w.lead || a.position - b.position)
    .map(({ w }): UnitReport => {
      const c = central.get(w.unit);
      const bySection: Record<string, number> = Object.create(null) as Record<string, number>;
      for (const [id, n] of Object.entries(w.bySection)) {
        bySection[id === NO_SECTION ? NO_SECTION_TITLE : (sectionTitle.get(id) ?? id)] = n;
      }
      const kind = kindOf.get(w.unit);
      return {
        id: w.unit,
        name: w.name,
        ...(kind ? { kind } : {}),
        items: w.items,
        lead: w.lead,
        inferredLead: w.inferredLead,
        member: w.member,
        share: w.share,
        rank: w.rank,
        bySection,
        degree: c?.degree ?? 0,
        weightedDegree: c?.weightedDegree ?? 0,
        betweenness: c?.betweenness ?? 0,
        pagerank: c?.pagerank ?? 0,
        community: community.get(w.unit) ?? -1,
      };
    });
  const items = coverage(inc, manyUnits).map((c, i): ItemReport => {
    const label = plan.items[i]?.label;
    const section = c.section === undefined ? undefined : sectionTitle.get(c.section);
    return {
      id: c.item,
      ...(label ? { label } : {}),
      title: c.title,
      ...(section ? { section } : {}),
      units: c.units,
      hasLead: c.hasLead,
      groups: c.groups,
      flags: c.flags,
    };
  });
  return { meta: plan.meta, summary: summary(inc, manyUnits), units, items };
}
