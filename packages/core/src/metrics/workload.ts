import type { Incidence } from '../model/incidence.js';
import type { Section } from '../model/plan.js';
import { topSectionOf } from '../model/top-section.js';
import { checkIncidence } from './check-incidence.js';
import { METRIC_DEFAULTS } from './defaults.js';
import { distinctAssignments, LeadKind } from './distinct-assignments.js';
import { competitionRanks } from './competition-ranks.js';
import { resolveOptions } from './resolve-options.js';

/** The `bySection` key of items that belong to no section. */
export const NO_SECTION = '';

/** What one unit carries. Every count is of distinct items. */
export interface UnitWorkload {
  /** unit id */
  unit: string;
  name: string;
  /** items the unit is assigned to */
  items: number;
  /** items where the unit is a written lead (`role: 'lead'`, not `inferred`) */
  lead: number;
  /** items where the unit is an inferred lead and not a written one */
  inferredLead: number;
  /** `items - lead`: inferred leads count here too */
  member: number;
  /** equal-split share: Σ over its items of 1 / (distinct units of that item) */
  share: number;
  /** section id → items; items without a section under `NO_SECTION` (a null-prototype record) */
  bySection: Record<string, number>;
  /** 1 = most items; ties share a rank and the next rank skips (1, 1, 3: competition ranking) */
  rank: number;
}

export interface WorkloadOptions {
  /** `item` (default): each item under its own section; `top`: under its top-level section */
  sectionLevel?: 'item' | 'top';
}

/**
 * What each unit carries, in unit order.
 *
 * For unit u with distinct items I(u), and n(i) the number of distinct units of item i:
 * - items = |I(u)|; lead = |{i ∈ I(u) : u is a written lead of i}|; member = items − lead;
 * - share = Σ_{i ∈ I(u)} 1 / n(i), so shares add up to the number of items that have a unit;
 * - rank = 1 + |{v : items(v) > items(u)}|.
 *
 * Ranks say nothing about order among ties; to list units, sort by rank and then
 * by whatever the view needs (lead, name).
 *
 * @example workload(incidence(plan)).find((w) => w.name === '区司法局')?.items // 9
 */
export function workload(inc: Incidence, options?: WorkloadOptions): UnitWorkload[] {
  checkIncidence('workload', inc);
  const { sectionLevel } = resolveOptions('workload', options, METRIC_DEFAULTS.workload);
  if (sectionLevel !== 'item' && sectionLevel !== 'top') {
    throw new RangeError(
      `workload: sectionLevel must be 'item' or 'top', got ${JSON.stringify(sectionLevel)}`,
    );
  }
  const pairs = distinctAssignments(inc);
  const sectionKey = sectionKeys(inc, sectionLevel);
  const rows = inc.units.map((unit, u): UnitWorkload => {
    let lead = 0;
    let inferredLead = 0;
    let share = 0;
    const bySection: Record<string, number> = Object.create(null);
    const from = pairs.unitStart[u]!;
    const to = pairs.unitStart[u + 1]!;
    for (let j = from; j < to; j++) {
      const p = pairs.byUnit[j]!;
      const i = pairs.item[p]!;
      if (pairs.lead[p] === LeadKind.Written) lead++;
      else if (pairs.lead[p] === LeadKind.Inferred) inferredLead++;
      share += 1 / (pairs.itemStart[i + 1]! - pairs.itemStart[i]!);
      const key = sectionKey[i]!;
      bySection[key] = (bySection[key] ?? 0) + 1;
    }
    const items = to - from;
    return {
      unit: unit.id,
      name: unit.name,
      items,
      lead,
      inferredLead,
      member: items - lead,
      share,
      bySection,
      rank: 0,
    };
  });
  const ranks = competitionRanks(rows.map((r) => r.items));
  rows.forEach((r, u) => (r.rank = ranks[u]!));
  return rows;
}

/** For each item position: the section key it counts under. */
function sectionKeys(inc: Incidence, level: 'item' | 'top'): string[] {
  const top = topSectionOf((inc.plan?.sections ?? []) as readonly Section[]);
  return inc.items.map((item) => {
    const own = item.section ?? NO_SECTION;
    return level === 'top' && own !== NO_SECTION ? top(own) : own;
  });
}
