import { describe, expect, it } from 'vitest';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness.js';
import { sampledBetweenness } from '../../src/metrics/sampled-betweenness.js';
import { coResponsibilityGraph } from '../../src/metrics/co-responsibility-graph.js';
import { founding } from './helpers/plans.js';
import { syntheticPlan } from '../../../../bench/synthetic-plan.js';
import { incidence } from '../../src/model/incidence.js';

describe('sampledBetweenness', () => {
  const graph = coResponsibilityGraph(founding());

  it('equals graphology’s exact betweenness when every node is a source', () => {
    const exact = betweennessCentrality(graph, { getEdgeWeight: null });
    const all = sampledBetweenness(graph, { samples: 15 });
    for (const node of graph.nodes()) expect(all[node]).toBeCloseTo(exact[node]!, 12);
    expect(sampledBetweenness(graph, { samples: Infinity })).toEqual(all);
  });

  it('is the same for the same seed and estimates the exact value on a larger graph', () => {
    const big = coResponsibilityGraph(
      incidence(syntheticPlan({ items: 600, units: 150, unitsPerItem: 3, seed: 5 })),
    );
    const exact = betweennessCentrality(big, { getEdgeWeight: null });
    const estimate = sampledBetweenness(big, { samples: 75, seed: 2 });
    expect(sampledBetweenness(big, { samples: 75, seed: 2 })).toEqual(estimate);
    // half the sources: the ten most central units keep most of their order and value
    const top = Object.entries(exact)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 10);
    let error = 0;
    for (const [node, value] of top) error += Math.abs(estimate[node]! - value) / value;
    expect(error / top.length).toBeLessThan(0.25);
  });

  it('rejects bad options', () => {
    expect(() => sampledBetweenness(graph, { samples: 0 })).toThrow(/^sampledBetweenness: samples/);
    expect(() => sampledBetweenness(graph, { seed: 'x' as never })).toThrow(
      /^sampledBetweenness: seed/,
    );
    expect(() => sampledBetweenness(null as never)).toThrow(
      /^sampledBetweenness: expected a graphology graph/,
    );
  });
});
