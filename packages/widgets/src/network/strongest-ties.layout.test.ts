import { describe, expect, it } from 'vitest';
import { backboneOfTies, tieTableOf } from '@remit/core/metrics';
import type { NetworkTie } from './network.model.js';
import { seededRandom } from '@remit/core/internal';
import { strongestTies } from './unit-network.js';

/** A random graph: `count` units, about `share` of all pairs tied, small integer weights. */
function randomTies(count: number, share: number, seed: number): NetworkTie[] {
  const random = seededRandom(seed);
  const ties: NetworkTie[] = [];
  for (let a = 0; a < count; a++) {
    for (let b = a + 1; b < count; b++) {
      if (random() >= share) continue;
      const weight = 1 + Math.floor(random() * random() * 8);
      ties.push({ source: a, target: b, weight, jaccard: Math.round(random() * 8) / 8 });
    }
  }
  return ties;
}

describe('strongestTies on large graphs', () => {
  for (const strongest of [undefined, 0, 1, 2, 5, 12]) {
    it(`equals core's backboneOfTies over all ties (strongest ${strongest ?? 'default'})`, () => {
      const ties = randomTies(400, 0.3, 7);
      expect(ties.length).toBeGreaterThan(20_000);
      const direct = backboneOfTies(400, ties, strongest === undefined ? {} : { strongest });
      expect(strongestTies(400, tieTableOf(ties), strongest)).toEqual(direct.sort((a, b) => a - b));
    });
  }

  it('equals core on a graph in two parts with units that have no ties', () => {
    const part = randomTies(200, 0.6, 3);
    const ties = [
      ...part,
      ...part.map((t) => ({ ...t, source: t.source + 200, target: t.target + 200 })),
    ];
    expect(ties.length).toBeGreaterThan(20_000);
    const direct = backboneOfTies(410, ties).sort((a, b) => a - b);
    expect(strongestTies(410, tieTableOf(ties))).toEqual(direct);
  });
});
