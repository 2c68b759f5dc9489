import { describe, expect, it } from 'vitest';
import { competitionRanks } from '../../src/metrics/competition-ranks.js';
import { distinctAssignments, LeadKind } from '../../src/metrics/distinct-assignments.js';
import { graphNodeKeys } from '../../src/metrics/graph-node-keys.js';
import { incidence } from '../../src/model/incidence.js';
import { small, smallPlan } from './helpers/plans.js';

describe('competitionRanks', () => {
  it('shares ranks between ties and skips after them', () => {
    expect(competitionRanks([9, 3, 9, 9, 2, 3])).toEqual([1, 4, 1, 1, 6, 4]);
    expect(competitionRanks([])).toEqual([]);
  });
});

describe('distinctAssignments', () => {
  it('merges a unit’s assignments on one item, keeping the strongest lead', () => {
    const pairs = distinctAssignments(small({ i1: ['a', 'b?', 'a*', 'b'], i2: ['b', 'a?'] }));
    expect(pairs.count).toBe(4);
    expect([...pairs.item]).toEqual([0, 0, 1, 1]);
    expect([...pairs.unit]).toEqual([0, 1, 1, 0]);
    expect([...pairs.lead]).toEqual([
      LeadKind.Written,
      LeadKind.Inferred,
      LeadKind.None,
      LeadKind.Inferred,
    ]);
    expect([...pairs.itemStart]).toEqual([0, 2, 4]);
    // unit a: pairs 0 (i1) and 3 (i2); unit b: pairs 1 and 2
    expect([...pairs.unitStart]).toEqual([0, 2, 4]);
    expect([...pairs.byUnit]).toEqual([0, 3, 1, 2]);
  });

  it('skips assignments to unknown items or units, as incidence does', () => {
    const plan = smallPlan({ i1: ['a'] });
    plan.assignments.push(
      { item: 'i9', unit: 'a', role: 'member' },
      { item: 'i1', unit: 'z', role: 'lead' },
    );
    expect(distinctAssignments(incidence(plan)).count).toBe(1);
  });
});

describe('graphNodeKeys', () => {
  it('keeps ordinary ids and escapes Object.prototype names without clashing', () => {
    expect(
      graphNodeKeys(['u1', 'toString', 'unit:toString', 'hasOwnProperty', 'toString']),
    ).toEqual(['u1', 'unit:toString#', 'unit:toString', 'unit:hasOwnProperty', 'unit:toString#']);
  });
});
