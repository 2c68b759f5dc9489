import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coResponsibilityTies } from '../../src/metrics/co-responsibility-ties.js';
import { distinctAssignments } from '../../src/metrics/distinct-assignments.js';
import { incidence } from '../../src/model/incidence.js';
import type { Plan } from '../../src/model/plan.js';
import { positionalPlan, positionalPlans } from './helpers/plans.js';

/**
 * The ties as defined, counted the plain way: each unit's set of items, then
 * every pair of units in order, its shared items by set intersection.
 */
function tiesByDefinition(plan: Plan) {
  const items = plan.units.map(
    (u) => new Set(plan.assignments.filter((a) => a.unit === u.id).map((a) => a.item)),
  );
  const ties = [];
  for (let a = 0; a < items.length; a++) {
    for (let b = a + 1; b < items.length; b++) {
      const weight = [...items[a]!].filter((i) => items[b]!.has(i)).length;
      if (weight === 0) continue;
      const jaccard = weight / (items[a]!.size + items[b]!.size - weight);
      ties.push({ source: a, target: b, weight, jaccard });
    }
  }
  return ties;
}

describe('coResponsibilityTies counts what the definition counts', () => {
  it('on random plans, whatever the shape of their items', () => {
    fc.assert(
      fc.property(positionalPlans, ([units, rows, namingAll]) => {
        const plan = positionalPlan(units, rows, namingAll);
        expect(coResponsibilityTies(incidence(plan))).toEqual(tiesByDefinition(plan));
      }),
      { numRuns: 300, seed: 11 },
    );
  });

  it('on a plan of 600 units with few units an item and two items naming all', () => {
    let state = 7;
    const random = () => (state = (state * 1103515245 + 12345) >>> 0) / 2 ** 32;
    const rows = Array.from({ length: 900 }, () =>
      Array.from({ length: 1 + Math.floor(random() * 8) }, () => Math.floor(random() * 600)),
    );
    const plan = positionalPlan(600, rows, 2);
    const ties = coResponsibilityTies(incidence(plan));
    // two items naming all: every pair of the 600 units is tied
    expect(ties.length).toBe((600 * 599) / 2);
    expect(ties).toEqual(tiesByDefinition(plan));
  });
});

describe('coResponsibilityTies with the pairs a caller holds', () => {
  const plan = positionalPlan(5, [[0, 1, 2], [1, 2], [2, 3, 3], [4]], 0);
  const inc = incidence(plan);

  it('counts the same ties from them', () => {
    expect(coResponsibilityTies(inc, distinctAssignments(inc))).toEqual(tiesByDefinition(plan));
  });

  it("refuses another incidence's pairs", () => {
    const other = incidence(positionalPlan(4, [[0, 1]], 0));
    expect(() => coResponsibilityTies(inc, distinctAssignments(other))).toThrow(
      /coResponsibilityTies: pairs must be distinctAssignments\(inc\)/,
    );
  });
});
