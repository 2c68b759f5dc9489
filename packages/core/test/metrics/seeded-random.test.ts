import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/metrics/seeded-random.js';

describe('seededRandom', () => {
  it('repeats its sequence for the same seed and differs for another', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const first = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(first);
    expect(seededRandom(43)()).not.toBe(first[0]);
    // Mulberry32's first output for seed 42, fixed so that results stay comparable across versions
    expect(first[0]).toBe(0.6011037519201636);
  });

  it('stays in [0, 1) and rejects non-finite seeds', () => {
    const random = seededRandom(-7.5);
    for (let k = 0; k < 1000; k++) {
      const r = random();
      expect(r >= 0 && r < 1).toBe(true);
    }
    expect(() => seededRandom(NaN)).toThrow(/^seededRandom: seed must be a finite number/);
  });
});
