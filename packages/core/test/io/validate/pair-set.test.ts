import { describe, expect, it } from 'vitest';
import { PairSet } from '../../../src/io/validate/pair-set.js';

/** Adds the pairs in order and returns what each `add` answered. */
const answers = (set: PairSet, pairs: [number, number][]) => pairs.map(([i, u]) => set.add(i, u));
const PAIRS: [number, number][] = [
  [0, 0],
  [0, 1],
  [1, 0],
  [0, 0],
  [2, 2],
  [1, 0],
  [2, 1],
  [0, 1],
];
const EXPECTED = [true, true, true, false, true, false, true, false];

describe('PairSet', () => {
  it('answers false only for a pair added before, as a bitmap of a small grid', () => {
    expect(answers(new PairSet(3, 3, 8), PAIRS)).toEqual(EXPECTED);
  });

  it('answers the same as a Set when the grid is too large for a bitmap', () => {
    // 10⁵ × 10⁵ cells would take 1.25 GB as a bitmap
    const set = new PairSet(100_000, 100_000, 8);
    expect(answers(set, PAIRS)).toEqual(EXPECTED);
    expect(set.add(99_999, 99_999)).toBe(true);
    expect(set.add(99_999, 99_999)).toBe(false);
  });

  it('tells apart pairs whose products coincide', () => {
    const set = new PairSet(6, 6, 4);
    expect(
      answers(set, [
        [2, 3],
        [3, 2],
        [1, 5],
        [5, 1],
        [0, 5],
        [5, 0],
      ]),
    ).toEqual(Array(6).fill(true));
  });

  it('throws on a position outside the grid (a caller bug, not bad input)', () => {
    const set = new PairSet(2, 2, 1);
    expect(() => set.add(2, 0)).toThrow(RangeError);
    expect(() => set.add(0, -1)).toThrow(RangeError);
  });
});
