import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backboneOfTieTable } from '../../src/metrics/backbone-of-tie-table.js';
import { backboneOfTies } from '../../src/metrics/backbone-of-ties.js';
import type { WeightedTie } from '../../src/metrics/check-ties.js';
import { coResponsibilityTieTable } from '../../src/metrics/co-responsibility-tie-table.js';
import { coResponsibilityTies } from '../../src/metrics/co-responsibility-ties.js';
import { communitiesOfTieTable } from '../../src/metrics/communities-of-tie-table.js';
import { communitiesOfTies } from '../../src/metrics/communities-of-ties.js';
import { tieTableOf } from '../../src/metrics/tie-table.js';
import { incidence } from '../../src/model/incidence.js';
import { positionalPlan, positionalPlans } from './helpers/plans.js';

describe('the tie table variants give what the array variants give', () => {
  it('coResponsibilityTieTable holds coResponsibilityTies, column by column', () => {
    fc.assert(
      fc.property(positionalPlans, ([units, rows, namingAll]) => {
        const inc = incidence(positionalPlan(units, rows, namingAll));
        const table = coResponsibilityTieTable(inc);
        const ties = coResponsibilityTies(inc);
        expect(table.count).toBe(ties.length);
        expect([...table.source]).toEqual(ties.map((t) => t.source));
        expect([...table.target]).toEqual(ties.map((t) => t.target));
        expect([...table.weight]).toEqual(ties.map((t) => t.weight));
        expect([...table.jaccard]).toEqual(ties.map((t) => t.jaccard));
      }),
      { numRuns: 200, seed: 5 },
    );
  });

  it('backboneOfTieTable and communitiesOfTieTable agree with backboneOfTies and communitiesOfTies', () => {
    fc.assert(
      fc.property(
        positionalPlans,
        fc.constantFrom(0, 1, 2, 5),
        ([units, rows, namingAll], strongest) => {
          const inc = incidence(positionalPlan(units, rows, namingAll));
          const table = coResponsibilityTieTable(inc);
          const ties = coResponsibilityTies(inc);
          expect(backboneOfTieTable(units, table, { strongest })).toEqual(
            backboneOfTies(units, ties, { strongest }),
          );
          expect([...communitiesOfTieTable(units, table, { seed: 3 })]).toEqual([
            ...communitiesOfTies(units, ties, { seed: 3 }),
          ]);
        },
      ),
      { numRuns: 200, seed: 6 },
    );
  });

  it('tieTableOf takes ties in any order, both ways, with self-loops and without jaccard', () => {
    const ties: WeightedTie[] = [
      { source: 2, target: 0, weight: 3 },
      { source: 1, target: 1, weight: 2, jaccard: 0.5 },
      { source: 0, target: 1, weight: 1, jaccard: Number.NaN },
    ];
    const table = tieTableOf(ties);
    expect([...table.source]).toEqual([2, 1, 0]);
    expect([...table.target]).toEqual([0, 1, 1]);
    expect([...table.weight]).toEqual([3, 2, 1]);
    expect([...table.jaccard]).toEqual([0, 0.5, 0]);
    expect(backboneOfTieTable(3, table)).toEqual(backboneOfTies(3, ties));
  });
});

describe('the tie table variants check their input', () => {
  const table = tieTableOf([{ source: 0, target: 1, weight: 1 }]);

  it('name themselves and the offending tie', () => {
    expect(() => backboneOfTieTable(1, table)).toThrow(
      /^backboneOfTieTable: tie 0 must join two nodes 0 … 0$/,
    );
    const nan = tieTableOf([{ source: 0, target: 1, weight: 1 }]);
    nan.weight[0] = Number.NaN;
    expect(() => communitiesOfTieTable(2, nan)).toThrow(
      /^communitiesOfTieTable: tie 0 has weight NaN, expected a finite number$/,
    );
    expect(() => backboneOfTieTable(2, { ...table, source: new Int32Array(0) })).toThrow(
      /^backboneOfTieTable: expected a TieTable/,
    );
    expect(() => communitiesOfTieTable(-1, table)).toThrow(
      /^communitiesOfTieTable: count must be an integer ≥ 0, got -1$/,
    );
  });

  it("coResponsibilityTieTable refuses another incidence's pairs", () => {
    const inc = incidence(positionalPlan(3, [[0, 1]]));
    const other = incidence(positionalPlan(2, [[0, 1]]));
    expect(() => coResponsibilityTieTable(inc, coResponsibilityTieTable(other) as never)).toThrow(
      /^coResponsibilityTieTable: pairs must be distinctAssignments\(inc\)/,
    );
  });
});
