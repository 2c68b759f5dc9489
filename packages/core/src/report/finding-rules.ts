import { overloadedUnits, standoutRule } from '../metrics/overloaded-units.js';
import type { FindingFacts, ItemFacts, UnitFacts } from './finding-facts.js';

/** How much a finding asks for attention: `warning` (act on it), `notice` (look at it), `info`. */
export type FindingSeverity = 'warning' | 'notice' | 'info';

/**
 * The figures a finding states. Counts are of distinct items, units and
 * assignments; shares are fractions (0–1).
 * - `overview`: items, units, assignments, sections;
 * - `busiest`: items (of each unit of the first rank), count (units of that
 *   rank), total (items in the plan), share, and for a second rank: nextItems,
 *   nextCount;
 * - `most-leads`: leads (of each named unit);
 * - `concentration`: gini, top (3), top3Share (of the `top` busiest), units;
 * - `overloaded`: items (the least of the named units), most (the largest), count (units that
 *   stand out), typical (the smallest count that half the units stay within),
 *   within (units with at most `typical`), units (all units), median;
 * - `no-lead`: count (items with units but no written lead), staffed (items
 *   with units), open (those with several units);
 * - `no-unit`, `single-unit`, `many-units`: count (items), and for `many-units`
 *   threshold;
 * - `groups`: count (group units with items), items (items naming one);
 * - `idle-units`: count (units).
 */
export type FindingFigures = Record<string, number>;

/**
 * How the workload's concentration is worded, by the Gini coefficient of the
 * units' item counts (`summary().gini`, population form, every unit counted):
 * the first level whose `below` exceeds the Gini applies. Levels from
 * `concentrated` up are a `notice`, `high` a `warning`.
 */
export const CONCENTRATION_LEVELS = [
  { level: 'even', below: 0.2, zh: '较为均衡', en: 'evenly spread', severity: 'info' },
  { level: 'moderate', below: 0.35, zh: '略有集中', en: 'somewhat uneven', severity: 'info' },
  { level: 'concentrated', below: 0.5, zh: '较为集中', en: 'concentrated', severity: 'notice' },
  {
    level: 'high',
    below: Infinity,
    zh: '高度集中',
    en: 'highly concentrated',
    severity: 'warning',
  },
] as const;

export type ConcentrationLevel = (typeof CONCENTRATION_LEVELS)[number];

/** Names a finding lists, at most; the rest are counted ("and 4 more"). */
export const LISTED = 5;
/** Item titles a finding quotes, at most. */
export const QUOTED = 3;

/**
 * What each finding says, as facts a sentence is made from (see the words in
 * `finding-words`); one entry per finding, in the order findings come.
 */
export interface FindingAbout {
  overview: { items: number; units: number; assignments: number; sections: number };
  /** the units of the first rank, the plan's items, and the second rank when the first has fewer than 3 */
  busiest: { first: UnitFacts[]; items: number; second: UnitFacts[] };
  'most-leads': { top: UnitFacts[]; leads: number };
  concentration: {
    level: ConcentrationLevel;
    gini: number;
    top3Share: number;
    units: number;
  };
  /** the units that stand out, and the count half of all units stay within */
  overloaded: { units: UnitFacts[]; typical: number; within: number; all: number };
  /** items with units but no written lead, of `staffed`; `open` of them with several units */
  'no-lead': { noLead: ItemFacts[]; staffed: number; open: number };
  'no-unit': { items: ItemFacts[] };
  'single-unit': { items: ItemFacts[] };
  'many-units': { items: ItemFacts[]; threshold: number };
  /** group units with items, and the items naming one */
  groups: { units: UnitFacts[]; items: number };
  'idle-units': { units: UnitFacts[] };
}

/** What a finding is about; each appears at most once, in this order. */
export type FindingId = keyof FindingAbout;

/** A finding before it is worded: its rule's verdict, figures, the names it cites and what it says. */
export type FindingClaim = {
  [K in FindingId]: {
    id: K;
    severity: FindingSeverity;
    figures: FindingFigures;
    /** the units and items the sentence names, in the order named */
    units?: UnitFacts[];
    items?: ItemFacts[];
    about: FindingAbout[K];
  };
}[FindingId];

/**
 * The rules: which findings a plan's facts call for, with their severity,
 * figures and the units and items they name. A finding is left out when
 * there is nothing to say. Units come in the facts' `busiestFirst` order; who
 * stands out is `overloadedUnits`' rule, the same every view uses.
 */
export function findingClaims(facts: FindingFacts, manyUnits: number): FindingClaim[] {
  const { summary: s, units, items } = facts;
  const out: FindingClaim[] = [];
  out.push({
    id: 'overview',
    severity: 'info',
    figures: { items: s.items, units: s.units, assignments: s.assignments, sections: s.sections },
    about: { items: s.items, units: s.units, assignments: s.assignments, sections: s.sections },
  });
  const busy = units.filter((u) => u.items > 0);
  if (busy.length > 0) {
    const first = busy.filter((u) => u.items === busy[0]!.items);
    const rest = busy.slice(first.length);
    const second =
      first.length < 3 && rest.length > 0 ? rest.filter((u) => u.items === rest[0]!.items) : [];
    const n = first[0]!.items;
    out.push({
      id: 'busiest',
      severity: 'info',
      figures: {
        items: n,
        count: first.length,
        total: s.items,
        share: n / s.items,
        ...(second.length > 0 ? { nextItems: second[0]!.items, nextCount: second.length } : {}),
      },
      units: [...first.slice(0, LISTED), ...second.slice(0, LISTED)],
      about: { first, items: s.items, second },
    });
  }
  const leads = Math.max(0, ...units.map((u) => u.lead));
  if (leads > 0) {
    const top = units.filter((u) => u.lead === leads);
    out.push({
      id: 'most-leads',
      severity: 'info',
      figures: { leads },
      units: top.slice(0, LISTED),
      about: { top, leads },
    });
  }
  if (s.units >= 2 && s.assignments > 0) {
    const level = CONCENTRATION_LEVELS.find((l) => s.gini < l.below)!;
    out.push({
      id: 'concentration',
      severity: level.severity,
      figures: { gini: s.gini, top: 3, top3Share: s.top3Share, units: s.units },
      about: { level, gini: s.gini, top3Share: s.top3Share, units: s.units },
    });
  }
  const overloaded = overloadedUnits(units);
  const rule = overloaded.length > 0 ? standoutRule(units.map((u) => u.items)) : undefined;
  if (rule) {
    // a comparison anyone can check: the smallest count that half the units stay within
    const sorted = units.map((u) => u.items).sort((a, b) => a - b);
    const typical = sorted[Math.ceil(sorted.length / 2) - 1]!;
    const within = sorted.filter((c) => c <= typical).length;
    out.push({
      id: 'overloaded',
      severity: 'notice',
      figures: {
        items: overloaded[overloaded.length - 1]!.items,
        most: overloaded[0]!.items,
        count: overloaded.length,
        typical,
        within,
        units: units.length,
        median: rule.median,
      },
      units: overloaded.slice(0, LISTED),
      about: { units: overloaded, typical, within, all: units.length },
    });
  }
  const staffed = items.filter((i) => i.units > 0);
  const noLead = staffed.filter((i) => !i.hasLead);
  if (staffed.length > 0) {
    const open = noLead.filter((i) => i.units > 1).length;
    out.push({
      id: 'no-lead',
      severity: open > 0 ? 'warning' : 'info',
      figures: { count: noLead.length, staffed: staffed.length, open },
      items: noLead.length === staffed.length ? [] : noLead.slice(0, QUOTED),
      about: { noLead, staffed: staffed.length, open },
    });
  }
  const orphans = items.filter((i) => i.units === 0);
  if (orphans.length > 0) {
    out.push({
      id: 'no-unit',
      severity: 'warning',
      figures: { count: orphans.length },
      items: orphans.slice(0, QUOTED),
      about: { items: orphans },
    });
  }
  const single = items.filter((i) => i.units === 1);
  if (single.length > 0) {
    out.push({
      id: 'single-unit',
      severity: 'info',
      figures: { count: single.length },
      items: single.slice(0, QUOTED),
      about: { items: single },
    });
  }
  const many = items.filter((i) => i.units > manyUnits);
  if (many.length > 0) {
    out.push({
      id: 'many-units',
      severity: 'notice',
      figures: { count: many.length, threshold: manyUnits },
      items: many.slice(0, QUOTED),
      about: { items: many, threshold: manyUnits },
    });
  }
  const groups = units.filter((u) => u.group && u.items > 0);
  if (groups.length > 0) {
    const on = items.filter((i) => i.groups > 0).length;
    out.push({
      id: 'groups',
      severity: 'info',
      figures: { count: groups.length, items: on },
      units: groups.slice(0, LISTED),
      about: { units: groups, items: on },
    });
  }
  const idle = units.filter((u) => u.items === 0);
  if (idle.length > 0) {
    out.push({
      id: 'idle-units',
      severity: 'info',
      figures: { count: idle.length },
      units: idle.slice(0, LISTED),
      about: { units: idle },
    });
  }
  return out;
}
