import { describe, expect, it } from 'vitest';
import { UndirectedGraph } from 'graphology';
import { incidence } from '../../src/model/incidence.js';
import { communities } from '../../src/metrics/communities.js';
import { coResponsibilityGraph } from '../../src/metrics/co-responsibility-graph.js';
import { founding, small } from './helpers/plans.js';

/** Two triangles a-b-c and d-e-f, each tie carrying 5 items, joined by one item of c and d. */
function twoTriangles() {
  return coResponsibilityGraph(
    small({
      ...Object.fromEntries(Array.from({ length: 5 }, (_, k) => [`x${k}`, ['a', 'b', 'c']])),
      ...Object.fromEntries(Array.from({ length: 5 }, (_, k) => [`y${k}`, ['d', 'e', 'f']])),
      bridge: ['c', 'd'],
    }),
  );
}

describe('communities', () => {
  it('separates two tight groups joined by a weak tie', () => {
    expect([...communities(twoTriangles())]).toEqual([
      ['a', 0],
      ['b', 0],
      ['c', 0],
      ['d', 1],
      ['e', 1],
      ['f', 1],
    ]);
  });

  it('gives the same partition on every run for the same seed', () => {
    const graph = coResponsibilityGraph(founding());
    const first = [...communities(graph, { seed: 7 })];
    for (let run = 0; run < 5; run++) {
      expect([...communities(coResponsibilityGraph(founding()), { seed: 7 })]).toEqual(first);
    }
  });

  it('puts the founding plan’s economy and safety units together, apart from the rule-of-law core', () => {
    // i1, i2 and i13 tie 区发展改革委 u3, 区商务委 u4, 区市场监管局 u5, 区科委 u6, 公安分局 u7, 区应急局 u14
    const found = communities(coResponsibilityGraph(founding()));
    const economy = new Set(['u3', 'u5', 'u6', 'u7', 'u14'].map((u) => found.get(u)));
    const core = new Set(['u1', 'u2', 'u9'].map((u) => found.get(u)));
    expect(economy.size).toBe(1);
    expect(core.size).toBe(1);
    expect([...economy][0]).not.toBe([...core][0]);
  });

  it('numbers communities 0, 1, 2 … in order of their first node', () => {
    const found = communities(coResponsibilityGraph(founding()));
    const labels = [...found.values()];
    expect(labels[0]).toBe(0);
    labels.forEach((c, k) => expect(c).toBeLessThanOrEqual(Math.max(0, ...labels.slice(0, k)) + 1));
  });

  it('makes each unit without ties a community of its own, and an empty map for an empty graph', () => {
    expect([...communities(coResponsibilityGraph(small({ i1: ['a'], i2: ['b'] }, ['c'])))]).toEqual(
      [
        ['a', 0],
        ['b', 1],
        ['c', 2],
      ],
    );
    expect(
      communities(coResponsibilityGraph(incidence({ items: [], units: [], assignments: [] }))),
    ).toEqual(new Map());
  });

  it('keeps a node keyed __proto__ on graphs built elsewhere', () => {
    const g = new UndirectedGraph();
    g.addNode('__proto__');
    g.addNode('a');
    expect([...communities(g)]).toEqual([
      ['__proto__', 0],
      ['a', 1],
    ]);
  });

  it('rejects bad options', () => {
    const graph = twoTriangles();
    expect(() => communities(graph, { seed: Infinity })).toThrow(/^communities: seed/);
    expect(() => communities(graph, { resolution: 0 })).toThrow(/^communities: resolution/);
    expect(() => communities(graph, { rng: Math.random } as never)).toThrow(
      /^communities: unknown option "rng"/,
    );
  });
});
