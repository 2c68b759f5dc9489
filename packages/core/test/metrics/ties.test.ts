import { describe, expect, it } from 'vitest';
import { UndirectedGraph } from 'graphology';
import { backbone } from '../../src/metrics/backbone.js';
import { backboneOfTies } from '../../src/metrics/backbone-of-ties.js';
import { bipartiteGraph } from '../../src/metrics/bipartite-graph.js';
import { communities } from '../../src/metrics/communities.js';
import { communitiesOfTies } from '../../src/metrics/communities-of-ties.js';
import { coResponsibilityGraph } from '../../src/metrics/co-responsibility-graph.js';
import { coResponsibilityTies } from '../../src/metrics/co-responsibility-ties.js';
import { distinctAssignments } from '../../src/metrics/distinct-assignments.js';
import { incidence, type Incidence } from '../../src/model/incidence.js';
import { founding, small } from './helpers/plans.js';
import { syntheticPlan } from '../../../../bench/synthetic-plan.js';

/** The founding plan and synthetic plans of growing size and density. */
function plans(): [string, Incidence][] {
  return [
    ['founding', founding()],
    ['60 units', incidence(syntheticPlan({ items: 200, units: 60, unitsPerItem: 3, seed: 3 }))],
    ['200 units', incidence(syntheticPlan({ items: 600, units: 200, unitsPerItem: 4, seed: 9 }))],
    ['dense', incidence(syntheticPlan({ items: 80, units: 40, unitsPerItem: 12, seed: 5 }))],
  ];
}

/** The item–unit ties of a plan: items are nodes 0 … items − 1, units follow. */
function bipartiteTies(inc: Incidence) {
  const pairs = distinctAssignments(inc);
  return Array.from({ length: pairs.count }, (_, p) => ({
    source: pairs.item[p]!,
    target: inc.items.length + pairs.unit[p]!,
    weight: 1,
  }));
}

describe('coResponsibilityTies', () => {
  for (const [name, inc] of plans()) {
    it(`lists the edges of coResponsibilityGraph in edge order, by unit position (${name})`, () => {
      const graph = coResponsibilityGraph(inc);
      const position = new Map(graph.nodes().map((node, v) => [node, v]));
      const edges: unknown[] = [];
      graph.forEachEdge((_e, { weight, jaccard }, source, target) =>
        edges.push({ source: position.get(source), target: position.get(target), weight, jaccard }),
      );
      expect(coResponsibilityTies(inc)).toEqual(edges);
    });
  }

  it('counts the founding plan’s strongest tie: 区委依法治区办 and 各街镇 share 5 items', () => {
    const inc = founding();
    const ties = coResponsibilityTies(inc);
    const strongest = ties.reduce((a, b) => (b.weight > a.weight ? b : a));
    expect(inc.units[strongest.source]!.name).toBe('区委依法治区办');
    expect(inc.units[strongest.target]!.name).toBe('各街镇');
    expect(strongest.weight).toBe(5);
    expect(strongest.jaccard).toBeCloseTo(5 / 13);
  });
});

describe('backboneOfTies', () => {
  for (const [name, inc] of plans()) {
    it(`keeps the ties backbone keeps over the graph, in the same order (${name})`, () => {
      const graph = coResponsibilityGraph(inc);
      const nodes = graph.nodes();
      const ties = coResponsibilityTies(inc);
      for (const strongest of [0, 1, 2, 3, 8, Infinity]) {
        const fromArrays = backboneOfTies(nodes.length, ties, { strongest }).map((k) => ({
          source: nodes[ties[k]!.source],
          target: nodes[ties[k]!.target],
          weight: ties[k]!.weight,
        }));
        expect(fromArrays).toEqual(backbone(graph, { strongest }));
      }
    });
  }

  it('ignores self-loops and ranks ties without jaccard by weight, then node position', () => {
    const ties = [
      { source: 0, target: 0, weight: 9 },
      { source: 2, target: 1, weight: 1 },
      { source: 0, target: 1, weight: 1 },
      { source: 1, target: 3, weight: 2 },
    ];
    expect(backboneOfTies(4, ties, { strongest: 0 })).toEqual([3, 2, 1]);
    expect(backboneOfTies(0, [])).toEqual([]);
  });

  it('names itself and the bad tie in its errors', () => {
    expect(() => backboneOfTies(2, [{ source: 0, target: 2, weight: 1 }])).toThrow(
      /^backboneOfTies: tie 0 must join two nodes 0 … 1/,
    );
    expect(() => backboneOfTies(2, [{ source: 0, target: 1, weight: NaN }])).toThrow(
      /^backboneOfTies: tie 0 has weight NaN/,
    );
    expect(() => backboneOfTies(-1, [])).toThrow(/^backboneOfTies: count/);
    expect(() => backboneOfTies(2, {} as never)).toThrow(/^backboneOfTies: ties must be an array/);
    expect(() => backboneOfTies(2, [], { strongest: -1 })).toThrow(/^backboneOfTies/);
    expect(() => backboneOfTies(2, [], { strong: 1 } as never)).toThrow(/unknown option/);
  });
});

describe('communitiesOfTies', () => {
  for (const [name, inc] of plans()) {
    it(`finds the partition communities finds over the graph (${name})`, () => {
      const graph = coResponsibilityGraph(inc);
      const ties = coResponsibilityTies(inc);
      for (const options of [{}, { seed: 7 }, { seed: 42, resolution: 1.5 }]) {
        const expected = [...communities(graph, options).values()];
        expect([...communitiesOfTies(inc.units.length, ties, options)]).toEqual(expected);
      }
    });

    it(`finds the partition communities finds over the item–unit graph (${name})`, () => {
      const expected = [...communities(bipartiteGraph(inc), { seed: 3 }).values()];
      const count = inc.items.length + inc.units.length;
      expect([...communitiesOfTies(count, bipartiteTies(inc), { seed: 3 })]).toEqual(expected);
    });
  }

  it('separates two tight groups joined by a weak tie', () => {
    const inc = small({
      ...Object.fromEntries(Array.from({ length: 5 }, (_, k) => [`x${k}`, ['a', 'b', 'c']])),
      ...Object.fromEntries(Array.from({ length: 5 }, (_, k) => [`y${k}`, ['d', 'e', 'f']])),
      bridge: ['c', 'd'],
    });
    expect([...communitiesOfTies(6, coResponsibilityTies(inc))]).toEqual([0, 0, 0, 1, 1, 1]);
  });

  it('reads self-loops as graphology does, and gives each node without ties its own community', () => {
    const ties = [
      { source: 0, target: 1, weight: 3 },
      { source: 1, target: 1, weight: 2 },
      { source: 2, target: 3, weight: 1 },
    ];
    const graph = new UndirectedGraph();
    for (let v = 0; v < 6; v++) graph.addNode(`n${v}`);
    for (const t of ties) graph.addEdge(`n${t.source}`, `n${t.target}`, { weight: t.weight });
    expect([...communitiesOfTies(6, ties)]).toEqual([...communities(graph).values()]);
    expect([...communitiesOfTies(3, [])]).toEqual([0, 1, 2]);
    expect([...communitiesOfTies(0, [])]).toEqual([]);
  });

  it('names itself in its errors', () => {
    expect(() => communitiesOfTies(1, [{ source: 0, target: 1, weight: 1 }])).toThrow(
      /^communitiesOfTies: tie 0/,
    );
    expect(() => communitiesOfTies(1, [], { seed: NaN })).toThrow(/^communitiesOfTies: seed/);
    expect(() => communitiesOfTies(1, [], { resolution: 0 })).toThrow(
      /^communitiesOfTies: resolution/,
    );
  });
});
