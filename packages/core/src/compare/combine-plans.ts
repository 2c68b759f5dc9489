import { diagnostic, type Diagnostic } from '../model/diagnostic.js';
import { incidence } from '../model/incidence.js';
import type { Assignment, Item, Plan, Section, Unit } from '../model/plan.js';
import { PLAN_FORMAT_VERSION } from '../model/plan.js';
import { busiestFirst } from '../metrics/busiest-first.js';
import { competitionRanks } from '../metrics/competition-ranks.js';
import { workload, type UnitWorkload } from '../metrics/workload.js';
import type { Directory } from '../units/directory.js';
import {
  COMBINED_FORMAT_VERSION,
  type CombinedCounts,
  type CombinedPlans,
  type CombinedSource,
  type CombinedUnitWorkload,
} from './types.js';
import { unitKeys } from './unit-key.js';

/** One plan to combine, with the name it is shown under (a file name, a year). */
export interface PlanToCombine {
  plan: Plan;
  /** default: the plan's title, else `p1`, `p2` … */
  name?: string;
}

export interface CombinePlansOptions {
  /** a unit directory: names of one entry are one unit across the plans */
  directory?: Directory;
}

/**
 * One matrix over several plans: every item of every plan, its units merged
 * across plans by name (or by directory entry), and each unit's workload in
 * each plan and in total.
 *
 * - Items keep their fields; their ids become `p1:i1` (source id, colon, item
 *   id), and `planOf` gives each item's source, so every assignment keeps the
 *   plan it came from. Each source is a top-level section (`p1`) over its own
 *   sections (`p1:s1`).
 * - A unit is the first unit of its key (`unitKeys`) met in plan order, under
 *   the id `u1`, `u2` …; one item naming two units of one key keeps one
 *   assignment, a lead when either was.
 * - `workload[u].byPlan[p]` is `workload` within plan p alone; `total` is
 *   `workload` over the combined plan, so total.items = Σ_p byPlan[p].items and
 *   likewise lead, member and share (items of different plans are distinct).
 *   Units are listed busiest first (`busiestFirst` on the totals).
 *
 * @example combinePlans([{ plan: p2020, name: '2020' }, { plan: p2021, name: '2021' }]).workload[0]
 */
export function combinePlans(
  plans: readonly PlanToCombine[],
  options: CombinePlansOptions = {},
): CombinedPlans {
  if (!Array.isArray(plans))
    throw new TypeError('combinePlans: plans must be an array of { plan, name }');
  const diagnostics: Diagnostic[] = [];
  const keyOf = unitKeys(options.directory);
  const units: Unit[] = [];
  const unitByKey = new Map<unknown, Unit>();
  const sources: CombinedSource[] = [];
  const sections: Section[] = [];
  const items: Item[] = [];
  const assignments: Assignment[] = [];
  const planOf: Record<string, string> = {};
  plans.forEach(({ plan, name }, k) => {
    const id = `p${k + 1}`;
    const title = name ?? plan.meta?.title ?? id;
    const source: CombinedSource = { id, name: title, items: plan.items.length, assignments: 0 };
    if (plan.meta !== undefined) source.meta = plan.meta;
    if (plan.items.length === 0)
      diagnostics.push(
        diagnostic(
          'info',
          'combine/empty-plan',
          `combinePlans: ${title} has no items.`,
          {},
          { plan: title },
        ),
      );
    sections.push({ id, title });
    for (const s of plan.sections ?? [])
      sections.push({
        ...s,
        id: `${id}:${s.id}`,
        parent: s.parent === undefined ? id : `${id}:${s.parent}`,
      });
    const itemIds = new Set<string>();
    for (const item of plan.items) {
      const combined = `${id}:${item.id}`;
      if (itemIds.has(combined)) continue;
      itemIds.add(combined);
      items.push({
        ...item,
        id: combined,
        section: item.section === undefined ? id : `${id}:${item.section}`,
      });
      planOf[combined] = id;
    }
    const unitOf = new Map<string, Unit>();
    for (const unit of plan.units) {
      const { key } = keyOf(unit);
      const known = unitByKey.get(key);
      const combined: Unit = known ?? { ...unit, id: `u${units.length + 1}` };
      if (known === undefined) {
        unitByKey.set(key, combined);
        units.push(combined);
      }
      if (!unitOf.has(unit.id)) unitOf.set(unit.id, combined);
    }
    const held = new Map<string, Assignment>();
    for (const a of plan.assignments) {
      const item = `${id}:${a.item}`;
      const unit = unitOf.get(a.unit);
      if (!itemIds.has(item) || unit === undefined) continue;
      const pairKey = `${item}\u0000${unit.id}`;
      const before = held.get(pairKey);
      if (before !== undefined) {
        if (a.role === 'lead' && (before.role !== 'lead' || (before.inferred && !a.inferred))) {
          before.role = 'lead';
          if (a.inferred) before.inferred = true;
          else delete before.inferred;
        }
        continue;
      }
      const next: Assignment = { ...a, item, unit: unit.id };
      held.set(pairKey, next);
      assignments.push(next);
      source.assignments++;
    }
    sources.push(source);
  });
  const plan: Plan = { remit: PLAN_FORMAT_VERSION, sections, items, units, assignments };
  return {
    'remit-combined': COMBINED_FORMAT_VERSION,
    sources,
    plan,
    planOf,
    workload: combinedWorkload(plan, sources, planOf),
    diagnostics,
  };
}

function combinedWorkload(
  plan: Plan,
  sources: readonly CombinedSource[],
  planOf: Readonly<Record<string, string>>,
): CombinedUnitWorkload[] {
  const total = workload(incidence(plan));
  const bySource = sources.map((source) => {
    const part: Plan = {
      items: plan.items.filter((i) => planOf[i.id] === source.id),
      units: plan.units,
      assignments: plan.assignments.filter((a) => planOf[a.item] === source.id),
    };
    return workload(incidence(part));
  });
  const ranks = competitionRanks(total.map((w) => w.items));
  const rows = total.map((w, u): CombinedUnitWorkload => {
    const byPlan: Record<string, CombinedCounts> = {};
    sources.forEach((source, k) => {
      const own = bySource[k]![u]!;
      if (own.items > 0) byPlan[source.id] = countsOf(own);
    });
    return { unit: w.unit, name: w.name, total: countsOf(w), byPlan, rank: ranks[u]! };
  });
  return busiestFirst(total).map((u) => rows[u]!);
}

function countsOf(w: UnitWorkload): CombinedCounts {
  return { items: w.items, lead: w.lead, member: w.member, share: w.share };
}
