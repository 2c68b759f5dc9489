import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backboneOfTies } from '../../src/metrics/backbone-of-ties.js';
import type { WeightedTie } from '../../src/metrics/check-ties.js';

/**
 * The backbone as defined, walked over every tie: all ties ranked strongest
 * first (weight, jaccard, then nodes), each kept when among the `k` first of
 * either node or when it joins two parts. `backboneOfTies` walks a weight at
 * a time and stops early; it must keep exactly these.
 */
function walkedOverAll(count: number, ties: readonly WeightedTie[], k: number): number[] {
  const lo = (t: WeightedTie) => Math.min(t.source, t.target);
  const hi = (t: WeightedTie) => Math.max(t.source, t.target);
  const ranked = ties
    .map((t, e) => ({ t, e }))
    .filter(({ t }) => t.source !== t.target)
    .sort(
      (x, y) =>
        y.t.weight - x.t.weight ||
        (y.t.jaccard ?? 0) - (x.t.jaccard ?? 0) ||
        lo(x.t) - lo(y.t) ||
        hi(x.t) - hi(y.t),
    );
  const seen = new Array<number>(count).fill(0);
  const parent = Array.from({ length: count }, (_, v) => v);
  const root = (v: number): number => (parent[v] === v ? v : (parent[v] = root(parent[v]!)));
  const out: number[] = [];
  for (const { t, e } of ranked) {
    let keep = seen[t.source]! < k || seen[t.target]! < k;
    seen[t.source]!++;
    seen[t.target]!++;
    const a = root(t.source);
    const b = root(t.target);
    if (a !== b) {
      parent[a] = b;
      keep = true;
    }
    if (keep) out.push(e);
  }
  return out;
}

/** A random graph: `count` nodes, about `share` of all pairs tied, small integer weights. */
function randomTies(count: number, share: number, seed: number): WeightedTie[] {
  let state = seed;
  const random = () => ((state = (state * 1103515245 + 12345) >>> 0) / 2 ** 32) % 1;
  const ties: WeightedTie[] = [];
  for (let a = 0; a < count; a++) {
    for (let b = a + 1; b < count; b++) {
      if (random() >= share) continue;
      const weight = 1 + Math.floor(random() * random() * 8);
      ties.push({ source: a, target: b, weight, jaccard: Math.round(random() * 8) / 8 });
    }
  }
  return ties;
}

describe('backboneOfTies walks a weight at a time and stops early, keeping what the whole walk keeps', () => {
  it('on small graphs where a lighter tie is still needed by a unit or by the forest', () => {
    const ties: WeightedTie[] = [
      { source: 0, target: 1, weight: 5, jaccard: 1 },
      { source: 1, target: 2, weight: 4, jaccard: 1 },
      { source: 2, target: 3, weight: 3, jaccard: 1 },
      { source: 0, target: 3, weight: 1, jaccard: 1 },
      { source: 1, target: 3, weight: 1, jaccard: 1 },
    ];
    for (const k of [0, 1, 2, 3]) {
      expect(backboneOfTies(4, ties, { strongest: k }), `k ${k}`).toEqual(
        walkedOverAll(4, ties, k),
      );
    }
    // a node without ties, a graph in two parts, a tie given twice
    const parts: WeightedTie[] = [
      { source: 0, target: 1, weight: 2, jaccard: 1 },
      { source: 2, target: 3, weight: 2, jaccard: 1 },
      { source: 1, target: 0, weight: 1, jaccard: 1 },
    ];
    for (const k of [0, 1, 2]) {
      expect(backboneOfTies(5, parts, { strongest: k })).toEqual(walkedOverAll(5, parts, k));
    }
  });

  for (const strongest of [0, 1, 2, 5, 12]) {
    it(`on a dense graph of 400 nodes (strongest ${strongest})`, () => {
      const ties = randomTies(400, 0.3, 7);
      expect(ties.length).toBeGreaterThan(20_000);
      expect(backboneOfTies(400, ties, { strongest })).toEqual(walkedOverAll(400, ties, strongest));
    });
  }

  it('on a dense graph in two parts with nodes that have no ties', () => {
    const part = randomTies(200, 0.6, 3);
    const ties = [
      ...part,
      ...part.map((t) => ({ ...t, source: t.source + 200, target: t.target + 200 })),
    ];
    expect(backboneOfTies(410, ties)).toEqual(walkedOverAll(410, ties, 2));
  });

  it('on random ties: equal weights and jaccards, ties given twice or both ways, self-loops', () => {
    const graphs = fc.integer({ min: 1, max: 30 }).chain((count) =>
      fc.tuple(
        fc.constant(count),
        fc.array(
          fc.record({
            source: fc.nat({ max: count - 1 }),
            target: fc.nat({ max: count - 1 }),
            weight: fc.integer({ min: 1, max: 4 }),
            jaccard: fc.constantFrom(0, 0.25, 0.5, 1),
          }),
          { maxLength: 300 },
        ),
        fc.constantFrom(0, 1, 2, 3, Infinity),
      ),
    );
    fc.assert(
      fc.property(graphs, ([count, ties, k]) => {
        expect(backboneOfTies(count, ties, { strongest: k })).toEqual(
          walkedOverAll(count, ties, k),
        );
      }),
      { numRuns: 400, seed: 5 },
    );
  });
});
