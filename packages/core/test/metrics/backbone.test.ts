import { describe, expect, it } from 'vitest';
import { UndirectedGraph } from 'graphology';
import { backbone } from '../../src/metrics/backbone.js';
import { coResponsibilityGraph } from '../../src/metrics/co-responsibility-graph.js';
import { incidence } from '../../src/model/incidence.js';
import { founding, small } from './helpers/plans.js';
import { syntheticPlan } from '../../../../bench/synthetic-plan.js';

const pairs = (ties: ReturnType<typeof backbone>) =>
  ties.map((t) => `${t.source}-${t.target}:${t.weight}`);

/** Number of connected components of the graph made of these ties over these nodes. */
function components(nodes: string[], ties: { source: string; target: string }[]): number {
  const parent = new Map(nodes.map((n) => [n, n]));
  const root = (n: string): string => (parent.get(n) === n ? n : root(parent.get(n)!));
  for (const t of ties) parent.set(root(t.source), root(t.target));
  return new Set(nodes.map(root)).size;
}

describe('backbone', () => {
  const graph = coResponsibilityGraph(founding());

  it('keeps each founding unit’s two strongest ties plus a spanning tree, as worked out by hand', () => {
    // ties ranked by weight, then Jaccard, then unit position:
    // u1-u9 5 (5/13), u2-u9 5 (5/13), u1-u2 4, u3-u5 2 (2/3), u5-u7 2 (2/3), u2-u3 2 (2/9), u2-u5 2 (1/5),
    // u12-u13 1 (1), u3-u4 u3-u6 u6-u7 u7-u14 (1/2), u4-u5 u5-u6 u5-u14 u11-u15 (1/3), … (1/9), … (1/10), u1-u5 (1/11).
    // Walking down: a tie stays when it is among the first two of either unit, or joins two parts.
    // u2-u5 (u2 and u5 both past two, already joined via u2-u3-u5), u5-u6 and the rest drop.
    expect(pairs(backbone(graph))).toEqual([
      'u1-u9:5',
      'u2-u9:5',
      'u1-u2:4',
      'u3-u5:2',
      'u5-u7:2',
      'u2-u3:2',
      'u12-u13:1',
      'u3-u4:1',
      'u3-u6:1',
      'u6-u7:1',
      'u7-u14:1',
      'u4-u5:1',
      'u5-u14:1',
      'u11-u15:1',
      'u1-u12:1',
      'u1-u13:1',
      'u2-u10:1',
      'u8-u9:1',
      'u1-u11:1',
      'u1-u15:1',
    ]);
  });

  it('keeps just a maximum spanning tree with strongest 0', () => {
    // the same walk keeping only ties that join two parts: 15 units, one component → 14 ties
    expect(pairs(backbone(graph, { strongest: 0 }))).toEqual([
      'u1-u9:5',
      'u2-u9:5',
      'u3-u5:2',
      'u5-u7:2',
      'u2-u3:2',
      'u12-u13:1',
      'u3-u4:1',
      'u3-u6:1',
      'u7-u14:1',
      'u11-u15:1',
      'u1-u12:1',
      'u2-u10:1',
      'u8-u9:1',
      'u1-u11:1',
    ]);
  });

  it('keeps every tie with strongest Infinity, and only adds ties as strongest grows', () => {
    expect(backbone(graph, { strongest: Infinity })).toHaveLength(graph.size);
    let previous = new Set<string>();
    for (const k of [0, 1, 2, 3, 5, 8]) {
      const now = new Set(pairs(backbone(graph, { strongest: k })));
      for (const tie of previous) expect(now.has(tie)).toBe(true);
      previous = now;
    }
  });

  it('keeps every component connected and gives the same ties on every run', () => {
    const big = coResponsibilityGraph(
      incidence(syntheticPlan({ items: 400, units: 120, unitsPerItem: 3, seed: 9 })),
    );
    const ties = backbone(big, { strongest: 1 });
    expect(components(big.nodes(), ties)).toBe(
      components(
        big.nodes(),
        big.mapEdges((_e, _a, s, t) => ({ source: s, target: t })),
      ),
    );
    expect(backbone(big, { strongest: 1 })).toEqual(ties);
  });

  it('keeps separate components apart and handles graphs without ties', () => {
    const two = coResponsibilityGraph(small({ i1: ['a', 'b'], i2: ['c', 'd'] }, ['e']));
    expect(pairs(backbone(two, { strongest: 0 }))).toEqual(['a-b:1', 'c-d:1']);
    expect(backbone(new UndirectedGraph())).toEqual([]);
  });

  it('orders source before target by node order and ignores self-loops', () => {
    const g = new UndirectedGraph({ allowSelfLoops: true });
    g.addNode('p');
    g.addNode('q');
    g.addEdge('q', 'p', { weight: 2 });
    g.addEdge('p', 'p', { weight: 9 });
    expect(backbone(g)).toEqual([{ source: 'p', target: 'q', weight: 2 }]);
  });

  it('rejects bad options', () => {
    expect(() => backbone(graph, { strongest: -1 })).toThrow(
      /^backbone: strongest must be an integer ≥ 0/,
    );
    expect(() => backbone(graph, { strongest: 1.5 })).toThrow(/^backbone: strongest/);
    expect(() => backbone(graph, { k: 2 } as never)).toThrow(/^backbone: unknown option "k"/);
  });
});
