import { describe, expect, it } from 'vitest';
import { incidence } from '../../src/model/incidence.js';
import type { Assignment, Plan } from '../../src/model/plan.js';
import { seededRandom } from '../../src/metrics/seeded-random.js';
import { seriation } from '../../src/metrics/seriation.js';
import { seriationQuality } from '../../src/metrics/seriation-quality.js';
import { founding, small, smallPlan } from './helpers/plans.js';

const isPermutation = (order: number[], n: number) =>
  order.length === n && [...order].sort((a, b) => a - b).every((p, k) => p === k);

/**
 * `blocks` blocks of 6 units and 15 items (each item 2–4 units of its block),
 * plus `bridges` items that each join one unit of a block to one of the next,
 * all shuffled. Unit and item ids carry their block: `b2u5`, `b2i11`.
 */
function shuffledBlocks(blocks: number, bridges: number, seed: number): Plan {
  const random = seededRandom(seed);
  const pick = (n: number) => Math.floor(random() * n);
  const shuffle = <T>(xs: T[]) => {
    for (let k = xs.length - 1; k > 0; k--) {
      const r = pick(k + 1);
      [xs[k], xs[r]] = [xs[r]!, xs[k]!];
    }
    return xs;
  };
  const units = shuffle(
    Array.from({ length: blocks * 6 }, (_, k) => `b${Math.floor(k / 6)}u${k % 6}`),
  );
  const items: string[] = [];
  const assignments: Assignment[] = [];
  for (let b = 0; b < blocks; b++) {
    for (let i = 0; i < 15; i++) {
      const id = `b${b}i${i}`;
      items.push(id);
      const chosen = new Set<number>();
      const size = 2 + pick(3);
      while (chosen.size < size) chosen.add(pick(6));
      for (const u of chosen) assignments.push({ item: id, unit: `b${b}u${u}`, role: 'member' });
    }
  }
  for (let k = 0; k < bridges; k++) {
    const b = k % blocks;
    const id = `bridge${k}`;
    items.push(id);
    assignments.push({ item: id, unit: `b${b}u${pick(6)}`, role: 'member' });
    assignments.push({ item: id, unit: `b${(b + 1) % blocks}u${pick(6)}`, role: 'member' });
  }
  shuffle(items);
  return {
    items: items.map((id) => ({ id, title: id })),
    units: units.map((id) => ({ id, name: id })),
    assignments: shuffle(assignments),
  };
}

/** How many times the block changes along a sequence of ids like `b2u5`. */
const blockChanges = (ids: string[]) =>
  ids
    .filter((id) => !id.startsWith('bridge'))
    .map((id) => id.slice(0, id.search(/[ui]/u)))
    .filter((b, k, all) => k > 0 && b !== all[k - 1]).length;

describe('seriation', () => {
  it('returns permutations of the founding plan’s items and units', () => {
    const inc = founding();
    const order = seriation(inc);
    expect(isPermutation(order.items, 17)).toBe(true);
    expect(isPermutation(order.units, 15)).toBe(true);
  });

  it('brings neighbouring units and items closer than document order on the founding plan', () => {
    const inc = founding();
    // document order, by hand (Hamming distance of consecutive item sets):
    // units u1…u15: 10+7+1+2+2+1+3+8+10+3+3+0+2+3 = 55; items i1…i17: 4+7+3+3+3+3+3+3+1+1+0+5+4+2+1+4 = 47
    expect(seriationQuality(inc)).toEqual({ units: 55, items: 47 });
    const after = seriationQuality(inc, seriation(inc));
    expect(after.units).toBeLessThan(55);
    expect(after.items).toBeLessThan(47);
  });

  it('recovers shuffled blocks: each block’s units and items end up side by side', () => {
    for (const seed of [1, 2, 3]) {
      const inc = incidence(shuffledBlocks(4, 0, seed));
      const { items, units } = seriation(inc);
      expect(blockChanges(units.map((u) => inc.units[u]!.id))).toBe(3);
      expect(blockChanges(items.map((i) => inc.items[i]!.id))).toBe(3);
    }
  });

  it('keeps blocks together when a few items bridge them', () => {
    for (const seed of [1, 2, 3]) {
      const inc = incidence(shuffledBlocks(4, 4, seed));
      const before = seriationQuality(inc);
      const order = seriation(inc);
      expect(blockChanges(order.units.map((u) => inc.units[u]!.id))).toBe(3);
      expect(blockChanges(order.items.map((i) => inc.items[i]!.id))).toBe(3);
      const after = seriationQuality(inc, order);
      expect(after.units).toBeLessThan(before.units);
      expect(after.items).toBeLessThan(before.items);
    }
  });

  it('is deterministic', () => {
    const plan = shuffledBlocks(3, 3, 9);
    expect(seriation(incidence(plan))).toEqual(seriation(incidence(plan)));
  });

  it('puts items without units and units without items last, in plan order', () => {
    const plan = smallPlan({ i1: ['b'], i2: ['a', 'b'], i3: [], i4: ['a'] }, ['z', 'y']);
    const order = seriation(incidence(plan));
    expect(order.items.at(-1)).toBe(2);
    expect(order.units.slice(-2)).toEqual([2, 3]);
  });

  it('orders the empty plan, the 1 × 1 plan and a plan where every item has every unit', () => {
    expect(seriation(incidence({ items: [], units: [], assignments: [] }))).toEqual({
      items: [],
      units: [],
    });
    expect(seriation(small({ i1: ['u1'] }))).toEqual({ items: [0], units: [0] });
    expect(seriation(small({ i1: ['a', 'b', 'c'], i2: ['a', 'b', 'c'] }))).toEqual({
      items: [0, 1],
      units: [0, 1, 2],
    });
  });
});

describe('seriationQuality', () => {
  it('counts a duplicate assignment once', () => {
    // a: {i1}, b: {i1, i2} → 1; i1: {a, b}, i2: {b} → 1
    expect(seriationQuality(small({ i1: ['a', 'a', 'b'], i2: ['b'] }))).toEqual({
      units: 1,
      items: 1,
    });
  });

  it('rejects orders that are not permutations', () => {
    const inc = small({ i1: ['a', 'b'] });
    expect(() => seriationQuality(inc, { items: [0], units: [0, 0] })).toThrow(
      /^seriationQuality: order.units must be a permutation of the positions 0 … 1/,
    );
    expect(() => seriationQuality(inc, { items: [1], units: [0, 1] })).toThrow(
      /^seriationQuality: order.items/,
    );
  });
});
