import { describe, expect, it } from 'vitest';
import { incidence } from '../../src/model/incidence.js';
import type { Plan } from '../../src/model/plan.js';
import * as metrics from '../../src/metrics/index.js';
import { smallPlan } from './helpers/plans.js';

const lonely = smallPlan({ i1: ['a', 'b'], i2: [] }, ['c']);
const cases: Record<string, Plan> = {
  'the empty plan': { items: [], units: [], assignments: [] },
  'the 1 × 1 plan': smallPlan({ i1: ['u1'] }),
  'a plan with an item without units and a unit without items': lonely,
  'a plan with duplicate and inferred assignments': smallPlan({ i1: ['a', 'a', 'a?', 'b*', 'b'] }),
  'a plan whose ids are Object.prototype names': smallPlan({
    constructor: ['__proto__', 'toString'],
    hasOwnProperty: ['__proto__'],
  }),
};

describe.each(Object.entries(cases))('every metric on %s', (_name, plan) => {
  const inc = incidence(plan);

  it('returns one row per unit and per item, and consistent totals', () => {
    const units = metrics.workload(inc);
    const items = metrics.coverage(inc);
    const s = metrics.summary(inc);
    expect(units).toHaveLength(plan.units.length);
    expect(items).toHaveLength(plan.items.length);
    const assignments = units.reduce((t, w) => t + w.items, 0);
    expect(items.reduce((t, c) => t + c.units, 0)).toBe(assignments);
    expect(s.assignments).toBe(assignments);
    expect(units.reduce((t, w) => t + w.share, 0)).toBeCloseTo(
      items.filter((c) => c.units > 0).length,
      12,
    );
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });

  it('builds graphs and network measures without throwing', () => {
    const graph = metrics.coResponsibilityGraph(inc);
    expect(graph.order).toBe(plan.units.length);
    expect(metrics.centrality(graph).map((c) => c.unit)).toEqual(plan.units.map((u) => u.id));
    expect(metrics.communities(graph).size).toBe(plan.units.length);
    expect(metrics.backbone(graph).length).toBeLessThanOrEqual(graph.size);
    expect(metrics.bipartiteGraph(inc).order).toBe(plan.items.length + plan.units.length);
    const order = metrics.seriation(inc);
    expect(metrics.seriationQuality(inc, order).units).toBeGreaterThanOrEqual(0);
  });
});

describe('edge cases', () => {
  it('counts the duplicate assignment once and tells written from inferred leads', () => {
    const inc = incidence(cases['a plan with duplicate and inferred assignments']!);
    expect(
      metrics.workload(inc).map((w) => [w.unit, w.items, w.lead, w.inferredLead, w.member]),
    ).toEqual([
      ['a', 1, 0, 1, 1],
      ['b', 1, 1, 0, 0],
    ]);
    expect(metrics.coverage(inc)[0]).toMatchObject({
      units: 2,
      leads: 1,
      hasLead: true,
      hasInferredLead: true,
      flags: [],
    });
  });

  it('leaves Object.prototype untouched', () => {
    // what Object.prototype holds before the metrics run, name by name
    const before = new Map(
      Object.getOwnPropertyNames(Object.prototype).map((name) => [
        name,
        Object.getOwnPropertyDescriptor(Object.prototype, name),
      ]),
    );
    const inc = incidence(cases['a plan whose ids are Object.prototype names']!);
    metrics.summary(inc);
    metrics.workload(inc);
    metrics.coverage(inc);
    metrics.communities(metrics.coResponsibilityGraph(inc));
    const after = Object.getOwnPropertyNames(Object.prototype);
    expect(after.sort()).toEqual([...before.keys()].sort());
    for (const name of after) {
      const d = Object.getOwnPropertyDescriptor(Object.prototype, name)!;
      const was = before.get(name)!;
      expect(d.value, name).toBe(was.value);
      expect(d.get, name).toBe(was.get);
      expect(d.set, name).toBe(was.set);
    }
    expect(({} as Record<string, unknown>)['items']).toBeUndefined();
    expect({}.constructor).toBe(Object);
  });
});
