import { incidence } from '../model/incidence.js';
import type { Plan, UnitKind } from '../model/plan.js';
import { busiestFirst } from '../metrics/busiest-first.js';
import { coverage } from '../metrics/coverage.js';
import { describe } from '../metrics/resolve-options.js';
import { summary, type PlanSummary } from '../metrics/summary.js';
import { workload } from '../metrics/workload.js';
import { isGroup } from '../units/is-group.js';
import type { MetricsReport } from './metrics-report.js';

/** What the findings know of a unit. */
export interface UnitFacts {
  id: string;
  name: string;
  items: number;
  lead: number;
  /** the unit stands for several (`isGroup`) */
  group: boolean;
}

/** What the findings know of an item. */
export interface ItemFacts {
  id: string;
  title: string;
  units: number;
  hasLead: boolean;
  groups: number;
}

/** What the findings are built from: the same whether given a plan or a metrics report. */
export interface FindingFacts {
  summary: PlanSummary;
  /** in `busiestFirst` order */
  units: UnitFacts[];
  /** plan order */
  items: ItemFacts[];
}

/**
 * The facts of a Plan (metrics computed here, no graph library needed) or of
 * the `metricsReport` of one: a plan has `assignments`, a report a `summary`.
 */
export function findingFacts(input: Plan | MetricsReport): FindingFacts {
  const value = input as Partial<Plan & MetricsReport> | null;
  if (value && Array.isArray(value.assignments) && Array.isArray(value.items)) {
    return planFacts(value as Plan);
  }
  if (value && value.summary && Array.isArray(value.units) && Array.isArray(value.items)) {
    return reportFacts(value as MetricsReport);
  }
  throw new TypeError(`findings: expected a Plan or a MetricsReport, got ${describe(input)}`);
}

function planFacts(plan: Plan): FindingFacts {
  const inc = incidence(plan);
  const units = workload(inc).map((w, u): UnitFacts => ({
    id: w.unit,
    name: w.name,
    items: w.items,
    lead: w.lead,
    group: isGroup(inc.units[u]!),
  }));
  const items = coverage(inc).map((c): ItemFacts => ({
    id: c.item,
    title: c.title,
    units: c.units,
    hasLead: c.hasLead,
    groups: c.groups,
  }));
  return { summary: summary(inc), units: ranked(units), items };
}

function reportFacts(report: MetricsReport): FindingFacts {
  const units = report.units.map((u): UnitFacts => ({
    id: u.id,
    name: u.name,
    items: u.items,
    lead: u.lead,
    group: isGroup({ id: u.id, name: u.name, ...(u.kind ? { kind: u.kind as UnitKind } : {}) }),
  }));
  const items = report.items.map((i): ItemFacts => ({
    id: i.id,
    title: i.title,
    units: i.units,
    hasLead: i.hasLead,
    groups: i.groups,
  }));
  return { summary: report.summary, units: ranked(units), items };
}

/** The units in the one busiest-first order (see `busiestFirst`). */
function ranked(units: UnitFacts[]): UnitFacts[] {
  return busiestFirst(units).map((k) => units[k]!);
}
