import { describe, expect, it } from 'vitest';
import type { Plan } from '@remit/core/model';
import founding from '../../../core/data/xuhui-2020-fazhi.json';
import { toForceGraph, type ForceGraph } from './force-graph.js';
import {
  layoutTicks,
  NETWORK_LAYOUT_DEFAULTS,
  networkLayout,
  networkLayoutSteps,
  networkSimulation,
} from './network.layout.js';
import { nodeRadii } from './node-radius.js';
import { syntheticPlan } from './synthetic-plan.js';

/** Co-responsibility ties counted directly, so layout tests do not depend on core metrics. */
function graphOf(plan: Plan): ForceGraph {
  const unitAt = new Map(plan.units.map((u, i) => [u.id, i]));
  const byItem = new Map<string, Set<number>>();
  for (const a of plan.assignments) {
    const u = unitAt.get(a.unit);
    if (u === undefined) continue;
    const set = byItem.get(a.item) ?? new Set<number>();
    set.add(u);
    byItem.set(a.item, set);
  }
  const load = plan.units.map(() => 0);
  const shared = new Map<string, number>();
  for (const set of byItem.values()) {
    const list = [...set].sort((a, b) => a - b);
    for (const u of list) load[u]!++;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const key = `${list[x]}|${list[y]}`;
        shared.set(key, (shared.get(key) ?? 0) + 1);
      }
    }
  }
  const ties = [...shared].map(([key, weight]) => {
    const [source, target] = key.split('|').map(Number) as [number, number];
    return { source, target, weight };
  });
  return toForceGraph(nodeRadii(load), undefined, ties);
}

const foundingGraph = graphOf(founding as Plan);
const graph200 = graphOf(syntheticPlan({ items: 120, units: 200, fill: 0.03, seed: 3 }));

function bytes(a: Float64Array): string {
  return Array.from(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('');
}

describe('networkLayout', () => {
  it('gives the same coordinates byte for byte for the same graph and seed', () => {
    const a = networkLayout(foundingGraph, { seed: 7 });
    const b = networkLayout(foundingGraph, { seed: 7 });
    expect(bytes(a.x)).toBe(bytes(b.x));
    expect(bytes(a.y)).toBe(bytes(b.y));
  });

  it('gives the same coordinates when run in slices', () => {
    const whole = networkLayout(graph200);
    const steps = networkLayoutSteps(graph200);
    let slices = 0;
    while (!steps.step(13)) slices++;
    const sliced = steps.positions();
    expect(slices).toBeGreaterThan(10);
    expect(steps.ticked).toBe(steps.total);
    expect(bytes(sliced.x)).toBe(bytes(whole.x));
    expect(bytes(sliced.y)).toBe(bytes(whole.y));
  });

  it('depends on the seed', () => {
    const a = networkLayout(foundingGraph, { seed: 1 });
    const b = networkLayout(foundingGraph, { seed: 2 });
    expect(bytes(a.x)).not.toBe(bytes(b.x));
  });

  it('is settled after its fixed ticks: one more tick moves no node by a tenth of a pixel', () => {
    for (const graph of [foundingGraph, graph200]) {
      const simulation = networkSimulation(graph);
      simulation.tick(NETWORK_LAYOUT_DEFAULTS.ticks);
      const before = simulation.nodes().map((d) => [d.x, d.y] as const);
      simulation.tick(1);
      const moved = simulation
        .nodes()
        .reduce((m, d, i) => Math.max(m, Math.hypot(d.x - before[i]![0], d.y - before[i]![1])), 0);
      expect(simulation.alpha()).toBeLessThan(0.001);
      expect(moved).toBeLessThan(0.1);
    }
  });

  it('gives finite, bounded coordinates, also for degenerate graphs', () => {
    const cases: ForceGraph[] = [
      foundingGraph,
      graph200,
      toForceGraph([], undefined, []),
      toForceGraph([5], undefined, []),
      toForceGraph([5, 5, 5, 5], [0, 0, 1, -1], []),
      toForceGraph([5, 5], undefined, [
        { source: 0, target: 1, weight: 1e9 },
        { source: 0, target: 0, weight: 1 },
        { source: 0, target: 7, weight: 1 },
        { source: 1, target: 0, weight: Number.NaN },
      ]),
    ];
    for (const graph of cases) {
      const { x, y } = networkLayout(graph);
      const n = x.length;
      const bound = 60 * Math.sqrt(n) + 200;
      for (let i = 0; i < n; i++) {
        expect(Number.isFinite(x[i]!) && Number.isFinite(y[i]!)).toBe(true);
        expect(Math.abs(x[i]!)).toBeLessThan(bound);
        expect(Math.abs(y[i]!)).toBeLessThan(bound);
      }
    }
  });

  it('turns the picture so its longer side is horizontal', () => {
    for (const graph of [foundingGraph, graph200]) {
      const { x, y } = networkLayout(graph);
      const spread = (a: Float64Array) => Math.max(...a) - Math.min(...a);
      expect(spread(x)).toBeGreaterThanOrEqual(spread(y) * 0.95);
    }
  });

  it('keeps nodes from overlapping', () => {
    for (const graph of [foundingGraph, graph200]) {
      const { x, y } = networkLayout(graph);
      const r = graph.radius;
      let worst = 0;
      for (let i = 0; i < x.length; i++) {
        for (let j = i + 1; j < x.length; j++) {
          const overlap = r[i]! + r[j]! - Math.hypot(x[i]! - x[j]!, y[i]! - y[j]!);
          worst = Math.max(worst, overlap);
        }
      }
      expect(worst).toBeLessThan(1);
    }
  });

  it('rejects a tick count that is not a positive number', () => {
    expect(() => networkLayout(foundingGraph, { ticks: 0 })).toThrow(/networkLayout: ticks/);
    expect(() => networkLayout(foundingGraph, { ticks: Number.NaN })).toThrow(/networkLayout/);
  });
});

describe('layoutTicks', () => {
  const nodes = (n: number) => toForceGraph(new Array<number>(n).fill(5), undefined, []);

  it('runs 200 ticks up to 500 nodes, then 200 · √(500 / n), and 100 from 2,000 nodes on', () => {
    expect(layoutTicks(nodes(15))).toBe(200);
    expect(layoutTicks(nodes(500))).toBe(200);
    // 200 · √(500 / 1,000) = 141.4
    expect(layoutTicks(nodes(1000))).toBe(141);
    expect(layoutTicks(nodes(2000))).toBe(100);
    expect(layoutTicks(nodes(5000))).toBe(100);
  });

  it('is what a layout runs when no ticks are given', () => {
    expect(networkLayoutSteps(nodes(1000)).total).toBe(141);
    expect(networkLayoutSteps(nodes(1000), { ticks: 30 }).total).toBe(30);
  });
});

describe('toForceGraph', () => {
  it('drops ties to unknown nodes, self ties and ties without a positive weight', () => {
    const g = toForceGraph([1, 2], undefined, [
      { source: 0, target: 1, weight: 2 },
      { source: 0, target: 0, weight: 1 },
      { source: 0, target: 2, weight: 1 },
      { source: -1, target: 1, weight: 1 },
      { source: 0, target: 1, weight: 0 },
      { source: 0.5, target: 1, weight: 1 },
    ]);
    expect([...g.source]).toEqual([0]);
    expect([...g.target]).toEqual([1]);
    expect([...g.group]).toEqual([-1, -1]);
  });
});
