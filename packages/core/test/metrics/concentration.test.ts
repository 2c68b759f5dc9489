import { describe, expect, it } from 'vitest';
import { concentration } from '../../src/metrics/concentration.js';
import { quantileSorted } from '../../src/metrics/quantile-sorted.js';

// the founding plan's items per unit, in unit order
const FOUNDING = [9, 9, 2, 1, 3, 1, 2, 1, 9, 1, 2, 1, 1, 1, 2];

describe('concentration', () => {
  it('measures the founding plan’s workload by hand-worked values', () => {
    const c = concentration(FOUNDING);
    // sorted: 1 1 1 1 1 1 1 | 2 2 2 2 | 3 | 9 9 9 ; n = 15, total = 7 + 8 + 3 + 27 = 45
    expect(c.n).toBe(15);
    expect(c.total).toBe(45);
    expect(c.mean).toBe(3);
    // median h = 14·0.5 = 7 → x[7] = 2; q1 h = 3.5 → (x[3] + x[4]) / 2 = 1;
    // q3 h = 10.5 → x[10] + 0.5·(x[11] − x[10]) = 2 + 0.5 = 2.5
    expect(c.median).toBe(2);
    expect(c.q1).toBe(1);
    expect(c.q3).toBe(2.5);
    expect(c.iqr).toBe(1.5);
    // 2.5 + 1.5·1.5
    expect(c.upperFence).toBe(4.75);
    // Σ k·x(k) = (1+…+7)·1 + (8+9+10+11)·2 + 12·3 + (13+14+15)·9 = 28 + 76 + 36 + 378 = 518
    // gini = 2·518 / (15·45) − 16/15 = 1036/675 − 720/675 = 316/675
    expect(c.gini).toBeCloseTo(316 / 675, 12);
    // Σ x² = 7·1 + 4·4 + 9 + 3·81 = 275; hhi = 275 / 45² = 275/2025 = 11/81
    expect(c.hhi).toBeCloseTo(11 / 81, 12);
    // (9 + 9 + 9) / 45
    expect(c.top3Share).toBeCloseTo(0.6, 12);
    // σ² = 275/15 − 3² = 28/3; cv = √(28/3) / 3
    expect(c.cv).toBeCloseTo(Math.sqrt(28 / 3) / 3, 12);
  });

  it('gives zero spread for equal values and the extremes for one holder of everything', () => {
    expect(concentration([4, 4, 4, 4])).toMatchObject({
      gini: 0,
      hhi: 0.25,
      cv: 0,
      top3Share: 0.75,
    });
    const one = concentration([0, 0, 0, 10]);
    // gini = 2·(4·10) / (4·10) − 5/4 = 3/4 = (n − 1)/n
    expect(one.gini).toBeCloseTo(0.75, 12);
    expect(one.hhi).toBe(1);
    expect(one.top3Share).toBe(1);
    // σ = √((3·2.5² + 7.5²)/4) = √18.75; cv = √18.75 / 2.5 = √3
    expect(one.cv).toBeCloseTo(Math.sqrt(3), 12);
  });

  it('returns zeros for no values, a single value, or a total of 0', () => {
    expect(concentration([])).toEqual({
      n: 0,
      total: 0,
      mean: 0,
      median: 0,
      q1: 0,
      q3: 0,
      iqr: 0,
      upperFence: 0,
      gini: 0,
      hhi: 0,
      top3Share: 0,
      cv: 0,
    });
    expect(concentration([5])).toMatchObject({
      n: 1,
      median: 5,
      q1: 5,
      q3: 5,
      gini: 0,
      hhi: 1,
      top3Share: 1,
      cv: 0,
    });
    expect(concentration([0, 0])).toMatchObject({
      n: 2,
      total: 0,
      gini: 0,
      hhi: 0,
      top3Share: 0,
      cv: 0,
    });
  });

  it('rejects negative, non-finite and non-numeric values, naming the position', () => {
    expect(() => concentration([1, -1])).toThrow(
      /^concentration: values\[1\] must be a finite number ≥ 0, got -1/,
    );
    expect(() => concentration([NaN])).toThrow(/^concentration: values\[0\]/);
    expect(() => concentration(['3' as never])).toThrow(/^concentration: values\[0\]/);
    expect(() => concentration(null as never)).toThrow(/^concentration: values must be an array/);
  });

  it('does not reorder its input', () => {
    const values = [3, 1, 2];
    concentration(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('quantileSorted', () => {
  it('interpolates linearly between order statistics (R-7)', () => {
    // h = 3·0.25 = 0.75 → 10 + 0.75·(20 − 10)
    expect(quantileSorted([10, 20, 30, 40], 0.25)).toBe(17.5);
    expect(quantileSorted([10, 20, 30, 40], 0.5)).toBe(25);
    expect(quantileSorted([10, 20, 30, 40], 1)).toBe(40);
    expect(quantileSorted([], 0.5)).toBe(0);
  });
});
