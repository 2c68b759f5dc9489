import { describe, expect, it } from 'vitest';
import { combinePlans } from '../../src/compare/combine-plans.js';
import type { Plan } from '../../src/model/plan.js';

// 2020: i1 {司法局 lead, 街镇}, i2 {司法局}; 2021: i1 {司法局, 街镇 lead}.
const p2020: Plan = {
  items: [
    { id: 'i1', title: '甲' },
    { id: 'i2', title: '乙' },
  ],
  units: [
    { id: 'u1', name: '区司法局' },
    { id: 'u2', name: '各街镇' },
  ],
  assignments: [
    { item: 'i1', unit: 'u1', role: 'lead' },
    { item: 'i1', unit: 'u2', role: 'member' },
    { item: 'i2', unit: 'u1', role: 'member' },
  ],
};
const p2021: Plan = {
  items: [{ id: 'i1', title: '丙' }],
  units: [
    { id: 'x', name: '各街镇' },
    { id: 'y', name: '区司法局' },
  ],
  assignments: [
    { item: 'i1', unit: 'y', role: 'member' },
    { item: 'i1', unit: 'x', role: 'lead' },
  ],
};

describe('combinePlans', () => {
  const c = combinePlans([
    { plan: p2020, name: '2020' },
    { plan: p2021, name: '2021' },
  ]);

  it('keeps every item under its plan and merges units by name', () => {
    expect(c.plan.items.map((i) => i.id)).toEqual(['p1:i1', 'p1:i2', 'p2:i1']);
    expect(c.planOf).toEqual({ 'p1:i1': 'p1', 'p1:i2': 'p1', 'p2:i1': 'p2' });
    expect(c.plan.units.map((u) => u.name)).toEqual(['区司法局', '各街镇']);
    expect(c.plan.assignments).toHaveLength(5);
    expect(c.sources.map((s) => [s.id, s.name, s.items, s.assignments])).toEqual([
      ['p1', '2020', 2, 3],
      ['p2', '2021', 1, 2],
    ]);
  });

  it('counts workload per plan and in total, busiest first', () => {
    // 司法局: 2020 items 2 (lead 1), share 1/2 + 1; 2021 items 1, share 1/2.
    expect(c.workload.map((w) => [w.name, w.total, w.byPlan, w.rank])).toEqual([
      [
        '区司法局',
        { items: 3, lead: 1, member: 2, share: 2 },
        {
          p1: { items: 2, lead: 1, member: 1, share: 1.5 },
          p2: { items: 1, lead: 0, member: 1, share: 0.5 },
        },
        1,
      ],
      [
        '各街镇',
        { items: 2, lead: 1, member: 1, share: 1 },
        {
          p1: { items: 1, lead: 0, member: 1, share: 0.5 },
          p2: { items: 1, lead: 1, member: 0, share: 0.5 },
        },
        2,
      ],
    ]);
  });

  it('is plain JSON data, and an empty plan is noted, not an error', () => {
    expect(JSON.parse(JSON.stringify(c))).toEqual(c);
    const withEmpty = combinePlans([
      { plan: { items: [], units: [], assignments: [] }, name: 'none' },
    ]);
    expect(withEmpty.workload).toEqual([]);
    expect(withEmpty.diagnostics.map((d) => d.code)).toEqual(['combine/empty-plan']);
  });
});
