import { describe, expect, it } from 'vitest';
import { incidence } from '../../src/model/incidence.js';
import { coResponsibilityGraph } from '../../src/metrics/co-responsibility-graph.js';
import { founding, small, smallPlan } from './helpers/plans.js';

describe('coResponsibilityGraph', () => {
  const graph = coResponsibilityGraph(founding());

  it('has a node per unit, in unit order, with name and items', () => {
    expect(graph.nodes()).toEqual(Array.from({ length: 15 }, (_, k) => `u${k + 1}`));
    expect(graph.getNodeAttributes('u9')).toEqual({ id: 'u9', name: '各街镇', items: 9 });
  });

  it('weights each tie by the items two units share, with their Jaccard index', () => {
    // 区委依法治区办 (u1) and 各街镇 (u9) share i7 i8 i10 i15 i16: 5 of 9 + 9 − 5 = 13
    expect(graph.getEdgeAttributes('u1', 'u9')).toEqual({ weight: 5, jaccard: 5 / 13 });
    // u1 and 区司法局 (u2) share i1 i6 i8 i10: 4 of 14
    expect(graph.getEdgeAttributes('u1', 'u2')).toEqual({ weight: 4, jaccard: 4 / 14 });
    // 区人大法制委 (u12) and 区民政局 (u13) both carry only i8
    expect(graph.getEdgeAttributes('u12', 'u13')).toEqual({ weight: 1, jaccard: 1 });
    // 各街镇 and 各行政执法部门 (u11) never meet
    expect(graph.hasEdge('u9', 'u11')).toBe(false);
  });

  it('has one tie per co-assigned pair: total weight Σ C(n(i), 2) = 50 over 35 ties', () => {
    // units per item 5 5 2 1 2 3 2 5 2 3 2 2 3 1 3 2 2 → C(n,2): 10 10 1 0 1 3 1 10 1 3 1 1 3 0 3 1 1 = 50
    let total = 0;
    graph.forEachEdge((_e, a) => (total += a.weight));
    expect(total).toBe(50);
    expect(graph.size).toBe(35);
  });

  it('keys edges e0, e1 … in order of unit position, source first', () => {
    expect(graph.edges().slice(0, 3)).toEqual(['e0', 'e1', 'e2']);
    expect([graph.source('e0'), graph.target('e0')]).toEqual(['u1', 'u2']);
    expect(graph.extremities('e34')).toEqual(['u12', 'u13']);
  });

  it('counts duplicate assignments once and keeps units without items as isolated nodes', () => {
    const g = coResponsibilityGraph(small({ i1: ['a', 'a', 'b'], i2: ['a', 'b', 'b*'] }, ['c']));
    expect(g.order).toBe(3);
    expect(g.size).toBe(1);
    expect(g.getEdgeAttributes('a', 'b')).toEqual({ weight: 2, jaccard: 1 });
    expect(g.degree('c')).toBe(0);
  });

  it('escapes unit ids that name Object.prototype properties, which graphology cannot key', () => {
    const g = coResponsibilityGraph(
      small({ i1: ['constructor', '__proto__', 'toString'], i2: ['unit:constructor', 'b'] }),
    );
    expect(g.nodes()).toEqual([
      'unit:constructor#',
      'unit:__proto__',
      'unit:toString',
      'unit:constructor',
      'b',
    ]);
    expect(g.size).toBe(4);
    expect(g.getNodeAttribute('unit:constructor#', 'id')).toBe('constructor');
    expect(g.getEdgeAttribute('unit:constructor#', 'unit:__proto__', 'weight')).toBe(1);
    expect(g.hasEdge('unit:constructor#', 'unit:constructor')).toBe(false);
  });

  it('counts the ties of a plan of 4,201 units the same way, by unit position', () => {
    const rows: Record<string, string[]> = {};
    for (let k = 0; k < 4200; k++) rows[`i${k}`] = [`u${k}`, `u${k + 1}`, `u${(k + 2) % 4201}`];
    const g = coResponsibilityGraph(small(rows));
    expect(g.order).toBe(4201);
    // consecutive units share two items (k−1 and k), units two apart share one
    expect(g.getEdgeAttribute('u10', 'u11', 'weight')).toBe(2);
    expect(g.getEdgeAttribute('u10', 'u12', 'weight')).toBe(1);
    expect(g.extremities('e0')).toEqual(['u0', 'u1']);
    expect(g.extremities('e1')).toEqual(['u0', 'u2']);
  });

  it('carries a unit’s kind when the plan states it', () => {
    const plan = smallPlan({ i1: ['u1'] });
    plan.units[0]!.kind = 'government';
    expect(coResponsibilityGraph(incidence(plan)).getNodeAttribute('u1', 'kind')).toBe(
      'government',
    );
  });

  it('is empty for the empty plan and rejects what is not an incidence', () => {
    const empty = coResponsibilityGraph(incidence({ items: [], units: [], assignments: [] }));
    expect([empty.order, empty.size]).toEqual([0, 0]);
    expect(() => coResponsibilityGraph(null as never)).toThrow(
      /^coResponsibilityGraph: expected an Incidence/,
    );
  });
});
