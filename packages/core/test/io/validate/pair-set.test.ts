import { describe, expect, it } from 'vitest';
import { PairSet } from '../../../src/model/validate/pair-set.js';

type Pair = [number, number];

/** A PairSet whose replay lists the pairs it accepted, as validatePlan's assignments do. */
function pairSet(items: number, units: number, expected: number) {
  const kept: Pair[] = [];
  const set = new PairSet(items, units, expected, () => kept);
  return (pairs: Pair[]) =>
    pairs.map(([i, u]) => {
      const added = set.add(i, u);
      if (added) kept.push([i, u]);
      return added;
    });
}

describe('PairSet', () => {
  it('answers false only for a pair added before, while items come one after another', () => {
    const add = pairSet(3, 3, 8);
    expect(
      add([
        [0, 0],
        [0, 1],
        [0, 0],
        [1, 0],
        [1, 0],
        [1, 2],
        [2, 2],
        [2, 0],
      ]),
    ).toEqual([true, true, false, true, false, true, true, true]);
  });

  it('still answers right once an item comes back after another', () => {
    const add = pairSet(3, 3, 8);
    expect(
      add([
        [0, 0],
        [1, 0],
        [0, 1],
        [0, 0],
        [1, 0],
        [2, 2],
        [1, 1],
        [2, 2],
      ]),
    ).toEqual([true, true, true, false, false, true, true, false]);
  });

  it('answers the same when the grid is too large for a bitmap', () => {
    // 10⁵ × 10⁵ cells would take 1.25 GB as a bitmap
    const add = pairSet(100_000, 100_000, 8);
    expect(
      add([
        [0, 0],
        [99_999, 99_999],
        [0, 99_999],
        [0, 0],
        [99_999, 99_999],
      ]),
    ).toEqual([true, true, true, false, false]);
  });

  it('tells apart pairs whose products coincide', () => {
    const add = pairSet(6, 6, 4);
    expect(
      add([
        [2, 3],
        [3, 2],
        [1, 5],
        [5, 1],
        [0, 5],
        [5, 0],
        [2, 3],
        [3, 2],
      ]),
    ).toEqual([true, true, true, true, true, true, false, false]);
  });

  it('throws on a position outside the grid (a caller bug, not bad input)', () => {
    const set = new PairSet(2, 2, 1, () => []);
    expect(() => set.add(2, 0)).toThrow(RangeError);
    expect(() => set.add(0, -1)).toThrow(RangeError);
  });
});
