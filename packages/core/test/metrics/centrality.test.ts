import { describe, expect, it } from 'vitest';
import { DirectedGraph, UndirectedGraph } from 'graphology';
import { incidence } from '../../src/model/incidence.js';
import { centrality } from '../../src/metrics/centrality.js';
import { coResponsibilityGraph } from '../../src/metrics/co-responsibility-graph.js';
import { founding, small } from './helpers/plans.js';

describe('centrality on the founding plan', () => {
  const rows = centrality(coResponsibilityGraph(founding()));
  const of = (unit: string) => rows.find((r) => r.unit === unit)!;

  it('lists every unit in node order', () => {
    expect(rows.map((r) => r.unit)).toEqual(Array.from({ length: 15 }, (_, k) => `u${k + 1}`));
  });

  it('counts partners and shared items (weighted degree = Σ over its items of units − 1)', () => {
    // 区司法局 (u2): partners u1 u3 u4 u5 u6 u7 u9 u10 u11 u12 u13 = 11;
    // items i1 i2 i5 i6 i8 i9 i10 i11 i12 with 5 5 2 3 5 2 3 2 2 units → 4+4+1+2+4+1+2+1+1 = 20
    expect(of('u2')).toMatchObject({ degree: 11, weightedDegree: 20 });
    // 区委依法治区办 (u1): partners u2 u3 u4 u5 u9 u11 u12 u13 u15 = 9;
    // i1 i4 i6 i7 i8 i10 i14 i15 i16 → 4+0+2+1+4+2+0+2+1 = 16
    expect(of('u1')).toMatchObject({ degree: 9, weightedDegree: 16 });
    // 各街镇 (u9): partners u1 u2 u8 u12 u13 u15 = 6; i3 i7 i8 i9 i10 i11 i12 i15 i16 → 1+1+4+1+2+1+1+2+1 = 14
    expect(of('u9')).toMatchObject({ degree: 6, weightedDegree: 14 });
  });

  it('gives betweenness 0 to units whose partners all know each other', () => {
    // 区商务委 (u4, only i1), 区科委 (u6, only i2), 区府办(政务服务办) (u8), 区府办 (u10),
    // 区人大法制委 and 区民政局 (u12, u13, only i8), 区应急局 (u14, only i13)
    for (const unit of ['u4', 'u6', 'u8', 'u10', 'u12', 'u13', 'u14']) {
      expect(of(unit).betweenness).toBe(0);
    }
  });

  it('gives 区委组织部 the betweenness worked out by hand', () => {
    // u15's partners: u1, u9, u11; only u9–u11 are not tied. Shortest u9→u11 paths: via u1, u2
    // or u15 (1 of 3); u8→u11 (u8's only partner is u9): u8–u9–{u1,u2,u15}–u11 (1 of 3).
    // Unordered 2/3, ordered 4/3, normalised by (15 − 1)(15 − 2) = 182 → 4/546 = 2/273
    expect(of('u15').betweenness).toBeCloseTo(2 / 273, 12);
  });

  it('gives PageRank that sums to 1, equal for units in the same position, highest for 区司法局', () => {
    const total = rows.reduce((s, r) => s + r.pagerank, 0);
    expect(total).toBeCloseTo(1, 6);
    // u12 and u13 have the same partners with the same weights
    expect(of('u12').pagerank).toBeCloseTo(of('u13').pagerank, 9);
    expect(rows.reduce((a, b) => (b.pagerank > a.pagerank ? b : a)).unit).toBe('u2');
  });
});

describe('centrality on small graphs', () => {
  it('reads missing weights as 1 on any undirected graph', () => {
    const g = new UndirectedGraph();
    g.mergeEdge('x', 'y');
    g.mergeEdge('y', 'z', { weight: 3 });
    expect(centrality(g).map((r) => [r.unit, r.weightedDegree])).toEqual([
      ['x', 1],
      ['y', 4],
      ['z', 3],
    ]);
  });

  it('matches the path a – b – c by hand', () => {
    // items {a, b} and {b, c}
    const [a, b, c] = centrality(coResponsibilityGraph(small({ i1: ['a', 'b'], i2: ['b', 'c'] })));
    // b lies on both ordered paths a→c and c→a: 2 / ((3 − 1)(3 − 2)) = 1
    expect(b).toMatchObject({ degree: 2, weightedDegree: 2, betweenness: 1 });
    expect(a).toMatchObject({ degree: 1, weightedDegree: 1, betweenness: 0 });
    // PR(b) = 0.05 + 0.85·(PR(a) + PR(c)), PR(a) = 0.05 + 0.85·PR(b)/2
    // → PR(b) = 0.135 / 0.2775 = 18/37, PR(a) = PR(c) = 19/74
    expect(b!.pagerank).toBeCloseTo(18 / 37, 5);
    expect(a!.pagerank).toBeCloseTo(19 / 74, 5);
    expect(c!.pagerank).toBeCloseTo(19 / 74, 5);
  });

  it('handles the empty graph, a lone unit, and a unit without items', () => {
    expect(
      centrality(coResponsibilityGraph(incidence({ items: [], units: [], assignments: [] }))),
    ).toEqual([]);
    expect(centrality(coResponsibilityGraph(small({ i1: ['u1'] })))).toEqual([
      { unit: 'u1', degree: 0, weightedDegree: 0, betweenness: 0, pagerank: 1 },
    ]);
    const rows = centrality(coResponsibilityGraph(small({ i1: ['a', 'b'] }, ['c'])));
    expect(rows[2]).toMatchObject({ unit: 'c', degree: 0, betweenness: 0 });
    expect(rows[2]!.pagerank).toBeGreaterThan(0);
  });

  it('reports units with ids such as __proto__ or constructor by their id', () => {
    const rows = centrality(
      coResponsibilityGraph(small({ i1: ['a', '__proto__'], i2: ['__proto__', 'c'] })),
    );
    expect(rows.map((r) => [r.unit, r.betweenness])).toEqual([
      ['a', 0],
      ['__proto__', 1],
      ['c', 0],
    ]);
    expect(rows[1]!.pagerank).toBeCloseTo(18 / 37, 5);
    const more = centrality(coResponsibilityGraph(small({ i1: ['constructor', 'toString'] })));
    expect(more.map((r) => [r.unit, r.degree])).toEqual([
      ['constructor', 1],
      ['toString', 1],
    ]);
  });

  it('uses sampled betweenness when asked for fewer sources than nodes', () => {
    const graph = coResponsibilityGraph(founding());
    const exact = centrality(graph);
    const all = centrality(graph, { betweennessSamples: 15 });
    expect(all.map((r) => r.betweenness)).toEqual(exact.map((r) => r.betweenness));
    const sampled = centrality(graph, { betweennessSamples: 5, seed: 3 });
    expect(sampled).toEqual(centrality(graph, { betweennessSamples: 5, seed: 3 }));
    expect(sampled.map((r) => r.pagerank)).toEqual(exact.map((r) => r.pagerank));
  });

  it('rejects directed graphs, non-graphs and bad options', () => {
    const directed = new DirectedGraph();
    expect(() => centrality(directed)).toThrow(
      /^centrality: expected an undirected graph, got a directed one/,
    );
    expect(() => centrality({} as never)).toThrow(/^centrality: expected a graphology graph/);
    const graph = coResponsibilityGraph(small({ i1: ['a', 'b'] }));
    expect(() => centrality(graph, { betweennessSamples: 0 })).toThrow(
      /^centrality: betweennessSamples/,
    );
    expect(() => centrality(graph, { seed: NaN })).toThrow(/^centrality: seed/);
    expect(() => centrality(graph, { samples: 3 } as never)).toThrow(/^centrality: unknown option/);
  });
});
