import { describe, expect, it } from 'vitest';
import { incidence } from '../../src/model/incidence.js';
import { coverage } from '../../src/metrics/coverage.js';
import { founding, small, smallPlan } from './helpers/plans.js';

describe('coverage on the founding plan', () => {
  const rows = coverage(founding());

  it('lists every item in item order with its section', () => {
    expect(rows.map((r) => r.item)).toEqual(Array.from({ length: 17 }, (_, k) => `i${k + 1}`));
    expect(rows[0]).toMatchObject({ title: '打造一流法治化营商环境', section: 's1' });
    expect(rows[16]!.section).toBe('s4');
  });

  it('counts distinct units per item', () => {
    // i1 区委依法治区办 区司法局 区发展改革委 区商务委 区市场监管局 → 5; i4 and i14 区委依法治区办 alone → 1
    expect(rows.map((r) => r.units)).toEqual([5, 5, 2, 1, 2, 3, 2, 5, 2, 3, 2, 2, 3, 1, 3, 2, 2]);
  });

  it('finds no lead, written or inferred, so every item is flagged no-lead', () => {
    for (const r of rows) {
      expect(r).toMatchObject({ leads: 0, hasLead: false, hasInferredLead: false });
      expect(r.flags).toContain('no-lead');
    }
  });

  it('counts groups: 各街镇 on nine items, 各行政执法部门 on two', () => {
    // 各街镇: i3 i7 i8 i9 i10 i11 i12 i15 i16; 各行政执法部门: i6 i17; never both on one item
    expect(rows.map((r) => r.groups)).toEqual([0, 0, 1, 0, 0, 1, 1, 1, 1, 1, 1, 1, 0, 0, 1, 1, 1]);
  });

  it('flags the two single-unit items and, at the default threshold of 8, no many-unit item', () => {
    expect(rows.filter((r) => r.flags.includes('single-unit')).map((r) => r.item)).toEqual([
      'i4',
      'i14',
    ]);
    expect(rows.some((r) => r.flags.includes('many-units'))).toBe(false);
    expect(rows[3]!.flags).toEqual(['single-unit', 'no-lead']);
  });

  it('flags many-units for more units than the threshold, not as many', () => {
    const four = coverage(founding(), { manyUnits: 4 });
    // units > 4: i1, i2, i8 (5 each)
    expect(four.filter((r) => r.flags.includes('many-units')).map((r) => r.item)).toEqual([
      'i1',
      'i2',
      'i8',
    ]);
    const five = coverage(founding(), { manyUnits: 5 });
    expect(five.some((r) => r.flags.includes('many-units'))).toBe(false);
  });
});

describe('coverage on small plans', () => {
  it('flags an item without units as no-unit and no-lead', () => {
    const plan = smallPlan({ i1: ['u1'] });
    plan.items.push({ id: 'i2', title: 'nobody' });
    const [, bare] = coverage(incidence(plan));
    expect(bare).toMatchObject({ units: 0, leads: 0, hasLead: false, groups: 0 });
    expect(bare!.flags).toEqual(['no-unit', 'no-lead']);
    expect(bare).not.toHaveProperty('section');
  });

  it('counts a unit assigned twice once, and a written lead among duplicates', () => {
    const [row] = coverage(small({ i1: ['u1', 'u1*', 'u2'] }));
    expect(row).toMatchObject({ units: 2, leads: 1, hasLead: true, flags: [] });
  });

  it('tells inferred leads from written ones', () => {
    const [inferred, both] = coverage(small({ i1: ['u1?', 'u2'], i2: ['u1*', 'u2?'] }));
    expect(inferred).toMatchObject({ leads: 0, hasLead: false, hasInferredLead: true });
    expect(inferred!.flags).toEqual(['no-lead']);
    expect(both).toMatchObject({ leads: 1, hasLead: true, hasInferredLead: true, flags: [] });
  });

  it('counts groups by kind, by members, or by name when the kind is unknown', () => {
    const plan = smallPlan({ i1: ['g1', 'g2', 'g3', 'g4', 'g5', 'u1'] });
    plan.units[0]!.kind = 'group';
    plan.units[1]!.members = ['u1'];
    plan.units[2]!.name = '各街镇';
    plan.units[3]!.name = '各有关单位';
    plan.units[4]!.name = '各街镇';
    plan.units[4]!.kind = 'subdistrict'; // a stated kind wins over the name
    expect(coverage(incidence(plan))[0]!.groups).toBe(4);
  });

  it('returns nothing for an empty plan and rejects bad options', () => {
    expect(coverage(incidence({ items: [], units: [], assignments: [] }))).toEqual([]);
    const inc = small({ i1: ['u1'] });
    expect(() => coverage(inc, { manyUnits: -1 })).toThrow(
      /^coverage: manyUnits must be an integer/,
    );
    expect(() => coverage(inc, { manyUnits: 2.5 })).toThrow(/^coverage: manyUnits/);
    expect(() => coverage(inc, { many: 3 } as never)).toThrow(/^coverage: unknown option "many"/);
    expect(coverage(inc, { manyUnits: Infinity })[0]!.flags).toEqual(['single-unit', 'no-lead']);
  });
});
