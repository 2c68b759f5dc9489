import { describe, expect, it } from 'vitest';
import { communityTies, MAX_COMMUNITY_TIES } from './community-ties.js';
import type { NetworkTie } from './network.model.js';

/** `count` ties of `weight`, between made-up units. */
function ties(count: number, weight: number): NetworkTie[] {
  return Array.from({ length: count }, (_, k) => ({
    source: k,
    target: k + 1,
    weight,
    jaccard: 0.5,
  }));
}

describe('communityTies', () => {
  it('reads every tie up to MAX_COMMUNITY_TIES', () => {
    const all = ties(1000, 1);
    expect(communityTies(all, [])).toBe(all);
  });

  it('beyond, reads the heaviest whole weight groups that fit, and the backbone, in tie order', () => {
    // 60,000 of weight 1, 90,000 of weight 3, 50,000 of weight 2, 10 self-loops of weight 5:
    // weight 3 (90,000) and weight 2 (140,000 in all) fit, weight 1 (200,000) does not.
    const all = [
      ...ties(60_000, 1),
      ...ties(90_000, 3),
      ...ties(50_000, 2),
      ...Array.from({ length: 10 }, () => ({ source: 4, target: 4, weight: 5, jaccard: 1 })),
    ];
    expect(all.length).toBeGreaterThan(MAX_COMMUNITY_TIES);
    const backbone = [59_999, 7, 200_003];
    const read = communityTies(all, backbone);
    expect(read).toHaveLength(140_000 + 3);
    expect(read[0]).toBe(all[7]);
    expect(read[1]).toBe(all[59_999]);
    expect(read[2]).toBe(all[60_000]);
    expect(read.at(-2)).toBe(all[199_999]);
    expect(read.at(-1)).toBe(all[200_003]);
    expect(read.filter((t) => t.weight === 1)).toHaveLength(2);
  });

  it('reads only the backbone when even the heaviest group does not fit', () => {
    const all = ties(MAX_COMMUNITY_TIES + 1, 4);
    expect(communityTies(all, [3, 1])).toEqual([all[1], all[3]]);
  });
});
