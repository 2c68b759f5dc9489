import { describe, expect, it } from 'vitest';
import { workload } from '@remit/core/metrics/plain';
import { incidence, type Plan } from '@remit/core/model';
import founding from '../../../core/data/xuhui-2020-fazhi.json';
import { bipartiteNetwork } from './bipartite-network.js';
import type { NetworkTie } from './network.model.js';
import { syntheticPlan } from './synthetic-plan.js';
import { unitNetwork } from './unit-network.js';

const plan = founding as Plan;

/** Component label of every node, from union-find over `ties`. */
function components(n: number, ties: readonly NetworkTie[]): number[] {
  const parent = Array.from({ length: n }, (_, i) => i);
  const root = (v: number): number => (parent[v] === v ? v : (parent[v] = root(parent[v]!)));
  for (const t of ties) parent[root(t.source)] = root(t.target);
  return parent.map((_, i) => root(i));
}

function samePartition(a: readonly number[], b: readonly number[]): boolean {
  const map = new Map<number, number>();
  return (
    a.every((x, i) => {
      const y = map.get(x);
      if (y === undefined) map.set(x, b[i]!);
      return y === undefined || y === b[i];
    }) && new Set(a).size === new Set(b).size
  );
}

describe('unitNetwork', () => {
  const model = unitNetwork(incidence(plan));

  it('has a node per unit of the founding plan, sized by workload', () => {
    expect(model.nodes).toHaveLength(15);
    const sfj = model.nodes.find((d) => d.name === '区司法局')!;
    expect(sfj.size).toBe(9);
    const small = model.nodes.find((d) => d.size === 1)!;
    expect(sfj.radius ** 2 / small.radius ** 2).toBeGreaterThan(3);
  });

  it("gives each unit workload's items and written leads: a repeated assignment counts once, an inferred lead is no lead", () => {
    const tangled: Plan = {
      remit: 1,
      items: ['i1', 'i2', 'i3'].map((id) => ({ id, title: id, label: id })),
      units: ['u1', 'u2', 'u3'].map((id) => ({ id, name: `单位${id}` })),
      assignments: [
        { item: 'i1', unit: 'u1', role: 'member' },
        { item: 'i1', unit: 'u1', role: 'lead' },
        { item: 'i1', unit: 'u2', role: 'lead', inferred: true },
        { item: 'i2', unit: 'u2', role: 'lead' },
        { item: 'i2', unit: 'u2', role: 'member' },
        { item: 'i3', unit: 'u1', role: 'member' },
        { item: 'i3', unit: 'u2', role: 'member' },
      ],
    };
    for (const p of [tangled, plan, syntheticPlan({ items: 80, units: 30, fill: 0.2, seed: 4 })]) {
      const inc = incidence(p);
      const rows = workload(inc);
      const nodes = unitNetwork(inc).nodes;
      expect(nodes.map((d) => [d.size, d.lead])).toEqual(rows.map((w) => [w.items, w.lead]));
    }
    expect(unitNetwork(incidence(tangled)).nodes.map((d) => [d.size, d.lead])).toEqual([
      [2, 1],
      [3, 1],
      [0, 0],
    ]);
  });

  it('has a tie per pair of units sharing items, weighted by items shared', () => {
    expect(model.ties).toHaveLength(35);
    for (const t of model.ties) expect(t.weight).toBeGreaterThanOrEqual(1);
  });

  it('keeps the backbone connected wherever the full graph is', () => {
    for (const m of [model, unitNetwork(incidence(syntheticPlan({ items: 300, units: 200 })))]) {
      const full = components(m.nodes.length, m.ties);
      const bone = components(
        m.nodes.length,
        m.backbone.map((k) => m.ties[k]!),
      );
      expect(samePartition(full, bone)).toBe(true);
    }
  });

  it('thins a dense plan to a readable backbone', () => {
    const dense = unitNetwork(incidence(syntheticPlan({ items: 300, units: 200 })));
    expect(dense.ties.length).toBeGreaterThan(10_000);
    expect(dense.backbone.length).toBeLessThan(3 * 200);
    expect(dense.layout.source.length).toBe(dense.backbone.length);
  });

  it('numbers communities by size, largest first', () => {
    const sizes = Array.from(
      { length: model.communities },
      (_, c) => model.nodes.filter((d) => d.community === c).length,
    );
    expect(sizes.length).toBeGreaterThan(1);
    for (let c = 1; c < sizes.length; c++) expect(sizes[c]).toBeLessThanOrEqual(sizes[c - 1]!);
  });

  it('lists the busiest units first in label priority', () => {
    const sizes = model.priority.map((i) => model.nodes[i]!.size);
    expect([...sizes].sort((a, b) => b - a)).toEqual(sizes);
  });

  it('keeps hostile names exactly as written', () => {
    const name = '<img src=x onerror=alert(1)>';
    const m = unitNetwork(
      incidence({
        items: [{ id: 'i1', title: 'x' }],
        units: [
          { id: 'u1', name },
          { id: 'u2', name: '__proto__' },
        ],
        assignments: [
          { item: 'i1', unit: 'u1', role: 'lead' },
          { item: 'i1', unit: 'u2', role: 'member' },
        ],
      }),
    );
    expect(m.nodes.map((d) => d.name)).toEqual([name, '__proto__']);
  });

  it('draws an empty plan as an empty network', () => {
    const m = unitNetwork(incidence({ items: [], units: [], assignments: [] }));
    expect(m.nodes).toEqual([]);
    expect(m.ties).toEqual([]);
  });
});

describe('bipartiteNetwork', () => {
  const model = bipartiteNetwork(incidence(plan));

  it('has the 17 items then the 15 units of the founding plan, and 45 ties', () => {
    expect(model.nodes).toHaveLength(32);
    expect(model.nodes.slice(0, 17).every((d) => d.type === 'item')).toBe(true);
    expect(model.nodes.slice(17).every((d) => d.type === 'unit')).toBe(true);
    expect(model.ties).toHaveLength(45);
    expect(model.backbone).toHaveLength(45);
  });

  it('keeps each assignment role on its tie', () => {
    const led = bipartiteNetwork(
      incidence({
        items: [{ id: 'i1', title: 'x' }],
        units: [
          { id: 'u1', name: 'a' },
          { id: 'u2', name: 'b' },
        ],
        assignments: [
          { item: 'i1', unit: 'u1', role: 'lead' },
          { item: 'i1', unit: 'u2', role: 'member' },
        ],
      }),
    );
    expect(led.ties.map((t) => t.role)).toEqual(['lead', 'member']);
    expect(led.nodes[0]!.lead).toBe(1);
    for (const t of model.ties) {
      expect(t.role).toBe('member');
      expect(model.nodes[t.source]!.type).toBe('item');
      expect(model.nodes[t.target]!.type).toBe('unit');
    }
  });
});
