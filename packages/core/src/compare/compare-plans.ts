import { diagnostic, type Diagnostic } from '../model/diagnostic.js';
import type { Plan } from '../model/plan.js';
import type { Directory } from '../units/directory.js';
import { COMPARE_DEFAULTS } from './compare-defaults.js';
import { matchItems } from './match-items.js';
import { matchUnits } from './match-units.js';
import {
  COMPARISON_FORMAT_VERSION,
  ITEM_MATCH_KINDS,
  UNIT_MATCH_KINDS,
  type ComparedPlan,
  type ItemMatchKind,
  type PlanComparison,
  type UnitMatchKind,
} from './types.js';
import { unitComparisons } from './unit-comparisons.js';

export interface ComparePlansOptions {
  /**
   * the similarity (0 … 1, `itemSimilarity`) at and above which two items are
   * one item reworded; default 0.5 (see `COMPARE_DEFAULTS`)
   */
  threshold?: number;
  /** how much of an item must lie in another to be a part of it in a split or merge; default 0.7 */
  containment?: number;
  /** a unit directory: names of one entry are one unit (`alias`) */
  directory?: Directory;
}

/**
 * Compares two plans, `before` (e.g. last year's) and `after` (this year's):
 * which items stayed, were reworded, split, merged, added or dropped
 * (`matchItems`), which units are the same, renamed through the directory, or
 * probably renamed (`matchUnits`), and for each unit its items, leads and
 * members before and after with the items behind every change
 * (`unitComparison`).
 *
 * Plans come as read (any format); ids need not agree between them: items are
 * matched by their text, units by their names. Neither plan is changed. An
 * empty side is not an error: every item of the other is then new (or
 * dropped), with an info diagnostic.
 *
 * @example comparePlans(plan2020, plan2021, { directory }).summary.items.reworded
 */
export function comparePlans(
  before: Plan,
  after: Plan,
  options: ComparePlansOptions = {},
): PlanComparison {
  const settings = resolveCompareOptions(options);
  const diagnostics: Diagnostic[] = [];
  for (const [side, plan] of [
    ['before', before],
    ['after', after],
  ] as const) {
    if (
      !plan ||
      !Array.isArray(plan.items) ||
      !Array.isArray(plan.units) ||
      !Array.isArray(plan.assignments)
    )
      throw new TypeError(
        `comparePlans: ${side} is not a plan (items, units and assignments arrays)`,
      );
    if (plan.items.length === 0)
      diagnostics.push(
        diagnostic(
          'info',
          'compare/empty-plan',
          `comparePlans: the plan ${side} has no items; every item of the other plan is ${side === 'before' ? 'new' : 'dropped'}.`,
          {},
          { side },
        ),
      );
  }
  const { matches, greedy } = matchItems(before.items, after.items, settings);
  for (const [b, a] of greedy)
    diagnostics.push(
      diagnostic(
        'info',
        'compare/greedy-group',
        `comparePlans: a group of ${b} items before and ${a} after that all read alike was paired most-similar-first, not optimally.`,
        {},
        { before: b, after: a },
      ),
    );
  const units = unitComparisons(
    matchUnits(before.units, after.units, options.directory),
    matches,
    before,
    after,
  );
  const items = count(
    ITEM_MATCH_KINDS,
    matches.map((m) => m.kind),
  );
  const unitKinds = count(
    UNIT_MATCH_KINDS,
    units.map((u) => u.kind),
  );
  const unitsChanged = units.filter((u) =>
    Object.values(u.changes).some((list) => list.length > 0),
  ).length;
  if (
    matches.length > 0 &&
    items.same + items.reworded + items.split + items.merged === 0 &&
    before.items.length > 0 &&
    after.items.length > 0
  )
    diagnostics.push(
      diagnostic(
        'info',
        'compare/nothing-in-common',
        'comparePlans: no item of one plan matches an item of the other; are these plans of the same kind?',
      ),
    );
  return {
    'remit-comparison': COMPARISON_FORMAT_VERSION,
    before: comparedPlan(before),
    after: comparedPlan(after),
    threshold: settings.threshold,
    items: matches,
    units,
    summary: { items, units: unitKinds, unitsChanged },
    diagnostics,
  };
}

function resolveCompareOptions(options: ComparePlansOptions) {
  const threshold = options.threshold ?? COMPARE_DEFAULTS.threshold;
  const containment = options.containment ?? COMPARE_DEFAULTS.containment;
  for (const [name, value] of [
    ['threshold', threshold],
    ['containment', containment],
  ] as const) {
    if (typeof value !== 'number' || !(value > 0 && value <= 1))
      throw new RangeError(
        `comparePlans: ${name} must be a number above 0 and at most 1, got ${JSON.stringify(value)}`,
      );
  }
  return { ...COMPARE_DEFAULTS, threshold, containment };
}

function comparedPlan(plan: Plan): ComparedPlan {
  const side: ComparedPlan = {
    items: plan.items.length,
    units: plan.units.length,
    assignments: plan.assignments.length,
  };
  if (plan.meta !== undefined) side.meta = plan.meta;
  return side;
}

function count<K extends ItemMatchKind | UnitMatchKind>(
  kinds: readonly K[],
  found: readonly K[],
): Record<K, number> {
  const counts = Object.fromEntries(kinds.map((k) => [k, 0])) as Record<K, number>;
  for (const k of found) counts[k]++;
  return counts;
}
