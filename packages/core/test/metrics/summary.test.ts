import { describe, expect, it } from 'vitest';
import { incidence } from '../../src/model/incidence.js';
import { summary } from '../../src/metrics/summary.js';
import { founding, small, smallPlan } from './helpers/plans.js';

describe('summary', () => {
  it('gives the founding plan’s headline figures', () => {
    const s = summary(founding());
    expect(s).toMatchObject({
      items: 17,
      units: 15,
      assignments: 45,
      sections: 4,
      itemsWithoutUnit: 0,
      // no written lead anywhere in this plan
      itemsWithoutLead: 17,
      // i4 and i14 have 区委依法治区办 alone
      singleUnitItems: 2,
      manyUnitItems: 0,
      unitsWithoutItem: 0,
      overloaded: ['u1', 'u2', 'u9'],
    });
    // hand-worked in concentration.test.ts: 316/675, 11/81, 27/45, √(28/3)/3
    expect(s.gini).toBeCloseTo(316 / 675, 12);
    expect(s.hhi).toBeCloseTo(11 / 81, 12);
    expect(s.top3Share).toBeCloseTo(0.6, 12);
    expect(s.cv).toBeCloseTo(Math.sqrt(28 / 3) / 3, 12);
    // three units with 9 items and no lead: unit order decides
    expect(s.busiest).toEqual([
      { unit: 'u1', name: '区委依法治区办', items: 9, lead: 0 },
      { unit: 'u2', name: '区司法局', items: 9, lead: 0 },
      { unit: 'u9', name: '各街镇', items: 9, lead: 0 },
    ]);
  });

  it('orders the busiest by items, then written leads, and leaves out units with no items', () => {
    const s = summary(small({ i1: ['a', 'b*'], i2: ['a', 'b'], i3: ['c'] }, ['d']), { busiest: 5 });
    expect(s.busiest.map((b) => b.unit)).toEqual(['b', 'a', 'c']);
    expect(s.unitsWithoutItem).toBe(1);
    expect(s.itemsWithoutLead).toBe(2);
  });

  it('counts duplicate assignments once, items without units, and many-unit items', () => {
    const plan = smallPlan({ i1: ['u1', 'u1', 'u2', 'u3'], i2: ['u1'] });
    plan.items.push({ id: 'i3', title: 'nobody' });
    const s = summary(incidence(plan), { manyUnits: 2 });
    expect(s).toMatchObject({
      items: 3,
      units: 3,
      assignments: 4,
      sections: 0,
      itemsWithoutUnit: 1,
      itemsWithoutLead: 3,
      singleUnitItems: 1,
      manyUnitItems: 1,
    });
  });

  it('summarises the empty plan and the 1 × 1 plan without dividing by zero', () => {
    expect(summary(incidence({ items: [], units: [], assignments: [] }))).toEqual({
      items: 0,
      units: 0,
      assignments: 0,
      sections: 0,
      itemsWithoutUnit: 0,
      itemsWithoutLead: 0,
      singleUnitItems: 0,
      manyUnitItems: 0,
      unitsWithoutItem: 0,
      gini: 0,
      hhi: 0,
      top3Share: 0,
      cv: 0,
      busiest: [],
      overloaded: [],
    });
    expect(summary(small({ i1: ['u1'] }))).toMatchObject({
      items: 1,
      units: 1,
      assignments: 1,
      singleUnitItems: 1,
      gini: 0,
      hhi: 1,
      top3Share: 1,
      cv: 0,
      overloaded: [],
    });
  });

  it('rejects bad options with errors naming the function', () => {
    const inc = small({ i1: ['u1'] });
    expect(() => summary(inc, { busiest: -1 })).toThrow(/^summary: busiest must be an integer/);
    expect(() => summary(inc, { manyunits: 3 } as never)).toThrow(/^summary: unknown option/);
  });
});
