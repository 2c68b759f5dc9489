import { describe, expect, it } from 'vitest';
import louvain from 'graphology-communities-louvain';
import type { AbstractGraph } from 'graphology-types';
import type { WeightedTie } from '../../src/metrics/check-ties.js';
import { louvainOfTies } from '../../src/metrics/louvain-of-ties.js';
import { tieTableOf } from '../../src/metrics/tie-table.js';
import { seededRandom } from '../../src/metrics/seeded-random.js';
import { tiesGraph } from './helpers/ties-graph.js';

/** graphology-communities-louvain over a read-only graph of the ties: the reference. */
function reference(count: number, ties: WeightedTie[], resolution: number, seed: number) {
  const found = louvain(tiesGraph(count, ties) as unknown as AbstractGraph, {
    getEdgeWeight: 'weight',
    resolution,
    rng: seededRandom(seed),
  });
  return Array.from({ length: count }, (_, v) => found[String(v)]);
}

/** `m` random ties among `count` nodes in `groups` groups (most ties inside a group); `loops` allows self-loops. */
function randomTies(count: number, m: number, groups: number, seed: number, loops = false) {
  const random = seededRandom(seed);
  const ties: WeightedTie[] = [];
  const seen = new Set<number>();
  for (let k = 0; ties.length < m && k < 20 * m; k++) {
    const a = Math.floor(random() * count);
    let b = Math.floor(random() * count);
    if (random() < 0.8) b = a - (a % groups) + (b % groups);
    if (b >= count || (a === b && !loops)) continue;
    const [s, t] = a < b ? [a, b] : [b, a];
    if (seen.has(s * count + t)) continue;
    seen.add(s * count + t);
    ties.push({
      source: s,
      target: t,
      weight: random() < 0.5 ? 1 + Math.floor(random() * 5) : random() * 3,
    });
  }
  return ties;
}

describe('louvainOfTies', () => {
  it('finds the partition graphology-communities-louvain finds, run for run', () => {
    // node counts and tie counts around the widths of mnemonist's arrays (255, 256, 257; 128 ties = 256 ends)
    const cases: [number, number, number][] = [
      [2, 1, 1],
      [12, 20, 3],
      [40, 128, 5],
      [255, 700, 9],
      [256, 900, 16],
      [257, 1200, 12],
      [600, 5000, 30],
    ];
    for (const [count, m, groups] of cases) {
      for (const seed of [1, 2, 7]) {
        const ties = randomTies(count, m, groups, seed, seed === 2);
        for (const resolution of [1, 0.5, 2]) {
          expect([
            ...louvainOfTies(count, tieTableOf(ties), resolution, seededRandom(seed)),
          ]).toEqual(reference(count, ties, resolution, seed));
        }
      }
    }
  });

  it('finds the same partition on a complete graph and on one without ties', () => {
    const complete: WeightedTie[] = [];
    for (let a = 0; a < 70; a++)
      for (let b = a + 1; b < 70; b++)
        complete.push({ source: a, target: b, weight: 1 + ((a * b) % 3) });
    expect([...louvainOfTies(70, tieTableOf(complete), 1, seededRandom(3))]).toEqual(
      reference(70, complete, 1, 3),
    );
    expect([...louvainOfTies(4, tieTableOf([]), 1, seededRandom(1))]).toEqual([0, 1, 2, 3]);
  });
});
