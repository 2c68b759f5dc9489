import { describe, expect, it } from 'vitest';
import { tieTableOf, type TieTable, type WeightedTie } from '@remit/core/metrics/plain';
import { communityTies, MAX_COMMUNITY_TIES } from './community-ties.js';

/** `count` ties of `weight`, between made-up units. */
function ties(count: number, weight: number): WeightedTie[] {
  return Array.from({ length: count }, (_, k) => ({ source: k, target: k + 1, weight }));
}

/** The ties as columns, each tie's `jaccard` its position, so a tie read can be told apart. */
function numbered(all: WeightedTie[]): TieTable {
  return tieTableOf(all.map((t, k) => ({ ...t, jaccard: k })));
}

describe('communityTies', () => {
  it('reads every tie up to MAX_COMMUNITY_TIES', () => {
    const all = numbered(ties(1000, 1));
    expect(communityTies(all, [])).toBe(all);
  });

  it('beyond, reads the heaviest whole weight groups that fit, and the backbone, in tie order', () => {
    // 60,000 of weight 1, 90,000 of weight 3, 50,000 of weight 2, 10 self-loops of weight 5:
    // weight 3 (90,000) and weight 2 (140,000 in all) fit, weight 1 (200,000) does not.
    const all = numbered([
      ...ties(60_000, 1),
      ...ties(90_000, 3),
      ...ties(50_000, 2),
      ...Array.from({ length: 10 }, () => ({ source: 4, target: 4, weight: 5 })),
    ]);
    expect(all.count).toBeGreaterThan(MAX_COMMUNITY_TIES);
    const backbone = [59_999, 7, 200_003];
    const read = communityTies(all, backbone);
    expect(read.count).toBe(140_000 + 3);
    expect(read.jaccard[0]).toBe(7);
    expect(read.jaccard[1]).toBe(59_999);
    expect(read.jaccard[2]).toBe(60_000);
    expect(read.jaccard[read.count - 2]).toBe(199_999);
    expect(read.jaccard[read.count - 1]).toBe(200_003);
    expect(read.weight.filter((w) => w === 1)).toHaveLength(2);
    expect([read.source[read.count - 1], read.target[read.count - 1]]).toEqual([4, 4]);
  });

  it('reads only the backbone when even the heaviest group does not fit', () => {
    const all = numbered(ties(MAX_COMMUNITY_TIES + 1, 4));
    const read = communityTies(all, [3, 1]);
    expect([...read.jaccard]).toEqual([1, 3]);
    expect([...read.source]).toEqual([1, 3]);
  });
});
