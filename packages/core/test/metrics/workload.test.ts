import { describe, expect, it } from 'vitest';
import { incidence } from '../../src/model/incidence.js';
import { NO_SECTION, workload } from '../../src/metrics/workload.js';
import { founding, small, smallPlan } from './helpers/plans.js';

const byName = (rows: ReturnType<typeof workload>) => new Map(rows.map((r) => [r.name, r]));

describe('workload on the founding plan', () => {
  const rows = workload(founding());
  const named = byName(rows);

  it('lists every unit in unit order', () => {
    expect(rows.map((r) => r.unit)).toEqual(Array.from({ length: 15 }, (_, k) => `u${k + 1}`));
  });

  it('counts 9 items each for 区委依法治区办, 区司法局 and 各街镇, 45 in all', () => {
    // 区委依法治区办: i1 i4 i6 i7 i8 i10 i14 i15 i16; 区司法局: i1 i2 i5 i6 i8 i9 i10 i11 i12;
    // 各街镇: i3 i7 i8 i9 i10 i11 i12 i15 i16
    expect(named.get('区委依法治区办')!.items).toBe(9);
    expect(named.get('区司法局')!.items).toBe(9);
    expect(named.get('各街镇')!.items).toBe(9);
    // 9+9+2+1+3+1+2+1+9+1+2+1+1+1+2
    expect(rows.map((r) => r.items)).toEqual([9, 9, 2, 1, 3, 1, 2, 1, 9, 1, 2, 1, 1, 1, 2]);
  });

  it('finds no written or inferred lead, so member equals items', () => {
    for (const r of rows) {
      expect(r.lead).toBe(0);
      expect(r.inferredLead).toBe(0);
      expect(r.member).toBe(r.items);
    }
  });

  it('splits each item equally among its units', () => {
    // units per item: i1 5, i2 5, i3 2, i4 1, i5 2, i6 3, i7 2, i8 5, i9 2, i10 3, i11 2,
    // i12 2, i13 3, i14 1, i15 3, i16 2, i17 2
    // 区委依法治区办: i1 1/5 + i4 1 + i6 1/3 + i7 1/2 + i8 1/5 + i10 1/3 + i14 1 + i15 1/3 + i16 1/2 = 4.4
    expect(named.get('区委依法治区办')!.share).toBeCloseTo(4.4, 12);
    // 区司法局: 1/5 + 1/5 + 1/2 + 1/3 + 1/5 + 1/2 + 1/3 + 1/2 + 1/2 = 3/5 + 2 + 2/3 = 49/15
    expect(named.get('区司法局')!.share).toBeCloseTo(49 / 15, 12);
    // 各街镇: 1/2 + 1/2 + 1/5 + 1/2 + 1/3 + 1/2 + 1/2 + 1/3 + 1/2 = 3 + 1/5 + 2/3 = 58/15
    expect(named.get('各街镇')!.share).toBeCloseTo(58 / 15, 12);
    // 区市场监管局: i1 1/5 + i2 1/5 + i13 1/3 = 11/15; 区委组织部: i15 1/3 + i17 1/2 = 5/6
    expect(named.get('区市场监管局')!.share).toBeCloseTo(11 / 15, 12);
    expect(named.get('区委组织部')!.share).toBeCloseTo(5 / 6, 12);
    // every item has a unit, so the shares add up to the 17 items
    expect(rows.reduce((s, r) => s + r.share, 0)).toBeCloseTo(17, 12);
  });

  it('ranks by items with shared ranks for ties (competition ranking)', () => {
    // 9 9 9 → 1; 3 → 4; 2 2 2 2 → 5; seven units with 1 → 9
    expect(rows.map((r) => r.rank)).toEqual([1, 1, 5, 9, 4, 9, 5, 9, 1, 9, 5, 9, 9, 9, 5]);
  });

  it('counts items per section', () => {
    // 区委依法治区办: s1 {i1 i4}, s2 {i6 i7}, s3 {i8 i10}, s4 {i14 i15 i16}
    expect({ ...named.get('区委依法治区办')!.bySection }).toEqual({ s1: 2, s2: 2, s3: 2, s4: 3 });
    // 区司法局: s1 {i1 i2}, s2 {i5 i6}, s3 {i8 i9 i10 i11 i12}
    expect({ ...named.get('区司法局')!.bySection }).toEqual({ s1: 2, s2: 2, s3: 5 });
    // 各街镇: s1 {i3}, s2 {i7}, s3 {i8 … i12}, s4 {i15 i16}
    expect({ ...named.get('各街镇')!.bySection }).toEqual({ s1: 1, s2: 1, s3: 5, s4: 2 });
    expect(Object.getPrototypeOf(named.get('各街镇')!.bySection)).toBeNull();
  });
});

describe('workload on small plans', () => {
  it('counts a unit assigned twice to one item once, and a written lead over a member', () => {
    const [u1, u2] = workload(small({ i1: ['u1', 'u1*', 'u2'], i2: ['u1'] }));
    expect(u1).toMatchObject({ items: 2, lead: 1, inferredLead: 0, member: 1 });
    // i1 has 2 distinct units: 1/2 + 1
    expect(u1!.share).toBeCloseTo(1.5, 12);
    expect(u2).toMatchObject({ items: 1, lead: 0, member: 1, share: 0.5 });
  });

  it('counts inferred leads apart from written ones and as members', () => {
    const [u1, u2] = workload(small({ i1: ['u1?', 'u2'], i2: ['u1*', 'u2?'], i3: ['u1?', 'u1*'] }));
    // u1: inferred on i1, written on i2, both on i3 (written wins)
    expect(u1).toMatchObject({ items: 3, lead: 2, inferredLead: 1, member: 1 });
    expect(u2).toMatchObject({ items: 2, lead: 0, inferredLead: 1, member: 2 });
  });

  it('keeps a unit with no items, ranked after the others', () => {
    const rows = workload(small({ i1: ['u1', 'u2'], i2: ['u1'] }, ['u3']));
    expect(rows.map((r) => [r.unit, r.items, r.rank])).toEqual([
      ['u1', 2, 1],
      ['u2', 1, 2],
      ['u3', 0, 3],
    ]);
    expect(rows[2]).toMatchObject({ share: 0, lead: 0, member: 0 });
    expect(Object.keys(rows[2]!.bySection)).toEqual([]);
  });

  it('returns nothing for an empty plan', () => {
    expect(workload(incidence({ items: [], units: [], assignments: [] }))).toEqual([]);
  });

  it('counts items without a section under NO_SECTION and can roll sections up to the top level', () => {
    const plan = smallPlan({ i1: ['u1'], i2: ['u1'], i3: ['u1'], i4: ['u1'] });
    plan.sections = [
      { id: 'a', title: 'A' },
      { id: 'a1', title: 'A.1', parent: 'a' },
      { id: 'a1x', title: 'A.1.x', parent: 'a1' },
      { id: 'c1', title: 'cycle 1', parent: 'c2' },
      { id: 'c2', title: 'cycle 2', parent: 'c1' },
    ];
    plan.items[0]!.section = 'a1x';
    plan.items[1]!.section = 'a';
    plan.items[2]!.section = 'c1';
    const inc = incidence(plan);
    expect({ ...workload(inc)[0]!.bySection }).toEqual({ a1x: 1, a: 1, c1: 1, [NO_SECTION]: 1 });
    // c1 → c2 → c1 closes a cycle: it stops at c2, the last section before the repeat
    expect({ ...workload(inc, { sectionLevel: 'top' })[0]!.bySection }).toEqual({
      a: 2,
      c2: 1,
      [NO_SECTION]: 1,
    });
  });

  it('keys sections named __proto__ as plain data', () => {
    const plan = smallPlan({ i1: ['u1'] });
    plan.items[0]!.section = '__proto__';
    const [row] = workload(incidence(plan));
    expect(Object.keys(row!.bySection)).toEqual(['__proto__']);
    expect(row!.bySection['__proto__']).toBe(1);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('accepts any object with the Incidence fields, such as a ResponsibilityMatrix', () => {
    const inc = small({ i1: ['u1'] });
    expect(workload({ ...inc, tables: {} } as typeof inc)[0]!.items).toBe(1);
  });

  it('rejects bad input and unknown options with errors naming the function', () => {
    const inc = small({ i1: ['u1'] });
    expect(() => workload({} as never)).toThrow(/^workload: expected an Incidence/);
    expect(() => workload(inc, { sectionlevel: 'top' } as never)).toThrow(
      /^workload: unknown option "sectionlevel"/,
    );
    expect(() => workload(inc, { sectionLevel: 'deep' as never })).toThrow(
      /^workload: sectionLevel/,
    );
    expect(() => workload(inc, 3 as never)).toThrow(/^workload: options must be an object/);
  });
});
