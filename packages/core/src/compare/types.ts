import type { Diagnostic } from '../model/diagnostic.js';
import type { Plan, PlanMeta } from '../model/plan.js';
import type { LikelyAlias } from '../units/find-likely-aliases.js';

/**
 * The result types of `comparePlans` and `combinePlans`. They are plain data
 * (JSON as written by `remit compare --format json` and
 * `remit metrics … --combine --format json`): no maps, no class instances, no
 * functions, so a widget can take them from a file or a worker as they are.
 *
 * Words: *before* is the earlier plan (last year), *after* the later one (this
 * year). Item and unit ids are those of the plan they come from.
 */

/** The version of the comparison format written by this library. */
export const COMPARISON_FORMAT_VERSION = 1;

/** The version of the combined-plans format written by this library. */
export const COMBINED_FORMAT_VERSION = 1;

/**
 * How items of the two plans correspond:
 * - `same`: one item each side, the same text once spaces and punctuation are set aside;
 * - `reworded`: one item each side, different text whose similarity is at least the threshold,
 *   or one of whose titles lies in the other's text (`titleContainment`, then below it);
 * - `split`: one item before, two or more after, each holding part of it;
 * - `merged`: two or more items before, one after holding them all;
 * - `new`: an item after that matches nothing before;
 * - `dropped`: an item before that matches nothing after.
 */
export type ItemMatchKind = 'same' | 'reworded' | 'split' | 'merged' | 'new' | 'dropped';

export const ITEM_MATCH_KINDS: readonly ItemMatchKind[] = [
  'same',
  'reworded',
  'split',
  'merged',
  'new',
  'dropped',
];

/** An item as a comparison names it: enough to show it without the plan. */
export interface ItemRef {
  id: string;
  /** the numbering as written: 1. (一) */
  label?: string;
  title: string;
}

/** One correspondence between items of the two plans. */
export interface ItemMatch {
  kind: ItemMatchKind;
  /** the items before, in plan order: none for `new`, several for `merged` */
  before: ItemRef[];
  /** the items after, in plan order: none for `dropped`, several for `split` */
  after: ItemRef[];
  /**
   * 0 … 1: the Dice similarity of the two sides' texts (see `itemSimilarity`),
   * the parts of a split or merge joined; 1 for `same`; absent for `new` and `dropped`
   */
  similarity?: number;
}

/**
 * How a unit of one plan is found in the other:
 * - `same`: the same name (or names) on both sides;
 * - `alias`: other names of one directory entry (`区科委` before, `区科技委` after);
 * - `likely-alias`: names that probably name one unit (`findLikelyAliases`), matched
 *   but left for a person to confirm;
 * - `new`: only after; `dropped`: only before.
 */
export type UnitMatchKind = 'same' | 'alias' | 'likely-alias' | 'new' | 'dropped';

export const UNIT_MATCH_KINDS: readonly UnitMatchKind[] = [
  'same',
  'alias',
  'likely-alias',
  'new',
  'dropped',
];

/** A unit as a comparison names it. */
export interface UnitRef {
  id: string;
  name: string;
}

/** What one unit carries on one side: counts of distinct items, as `workload` counts them. */
export interface UnitRoleCounts {
  items: number;
  /** items where the unit is a written lead (`role: 'lead'`, not `inferred`) */
  lead: number;
  /** `items - lead` */
  member: number;
}

/** The items behind one change of a unit: one entry per item match. */
export interface UnitItemChange {
  /** position of the item match in `PlanComparison.items` */
  match: number;
  /** the items before that carry the change (empty when the unit gained a new item) */
  before: string[];
  /** the items after that carry the change (empty when the unit lost a dropped item) */
  after: string[];
}

/** One unit followed across the two plans. */
export interface UnitComparison {
  kind: UnitMatchKind;
  /** the name shown: the name after, else the name before */
  name: string;
  /** its units before (two when the plan wrote two names of one directory entry) */
  before: UnitRef[];
  /** its units after */
  after: UnitRef[];
  /** for `alias`: the directory's full name */
  canonical?: string;
  /** for `likely-alias`: why the names look like one unit */
  reason?: LikelyAlias['reason'];
  counts: { before: UnitRoleCounts; after: UnitRoleCounts };
  changes: {
    /** matches where the unit is on an item after and was not before (new items included) */
    added: UnitItemChange[];
    /** matches where the unit was on an item before and is not after (dropped items included) */
    removed: UnitItemChange[];
    /** matches where the unit stays and becomes a written lead */
    leadGained: UnitItemChange[];
    /** matches where the unit stays and is no longer a written lead */
    leadLost: UnitItemChange[];
  };
}

/** One side of a comparison, for headings. */
export interface ComparedPlan {
  meta?: PlanMeta;
  items: number;
  units: number;
  assignments: number;
}

export interface ComparisonSummary {
  items: Record<ItemMatchKind, number>;
  units: Record<UnitMatchKind, number>;
  /** units with at least one change */
  unitsChanged: number;
}

/** What `comparePlans` returns. */
export interface PlanComparison {
  'remit-comparison': typeof COMPARISON_FORMAT_VERSION;
  before: ComparedPlan;
  after: ComparedPlan;
  /** the similarity at and above which two items are taken as one (`reworded`) */
  threshold: number;
  /** every item of both plans in exactly one match: matched ones in the order after, then dropped ones */
  items: ItemMatch[];
  /** every unit of both plans in exactly one entry: by name after, then dropped ones */
  units: UnitComparison[];
  summary: ComparisonSummary;
  /** notes about the comparison (an empty side, a large group matched greedily) */
  diagnostics: Diagnostic[];
}

/** One plan of a combination. */
export interface CombinedSource {
  /** `p1`, `p2` …: the prefix of its item ids in the combined plan */
  id: string;
  /** a name for it: the file name, or its title */
  name: string;
  meta?: PlanMeta;
  items: number;
  assignments: number;
}

/** A unit's workload within one plan of a combination, or over all. */
export interface CombinedCounts {
  items: number;
  lead: number;
  member: number;
  /** equal-split share, as `workload` computes it */
  share: number;
}

/** A unit across all plans of a combination. */
export interface CombinedUnitWorkload {
  /** unit id in the combined plan */
  unit: string;
  name: string;
  total: CombinedCounts;
  /** source id → the unit's workload in that plan (sources where it has no item are absent) */
  byPlan: Record<string, CombinedCounts>;
  /** 1 = most items in total; ties share a rank (competition ranking) */
  rank: number;
}

/** What `combinePlans` returns: one matrix over several plans. */
export interface CombinedPlans {
  'remit-combined': typeof COMBINED_FORMAT_VERSION;
  sources: CombinedSource[];
  /**
   * one plan of every item: item ids `p1:i1` (source id, colon, item id), one
   * top-level section per source holding that source's sections and items,
   * units of one name (or one directory entry) as one unit
   */
  plan: Plan;
  /** item id in `plan` → the id of its source: the plan of each assignment is the plan of its item */
  planOf: Record<string, string>;
  /** per unit: workload in each plan and in total, busiest first */
  workload: CombinedUnitWorkload[];
  diagnostics: Diagnostic[];
}
