import { quantileSorted } from './quantile-sorted.js';
import { describe } from './resolve-options.js';

/** How unevenly a total is spread over n holders (e.g. items over units). */
export interface Concentration {
  n: number;
  total: number;
  mean: number;
  median: number;
  q1: number;
  q3: number;
  /** q3 − q1 */
  iqr: number;
  /** Tukey's upper fence: q3 + 1.5 · iqr */
  upperFence: number;
  /** 0 = all equal … (n − 1)/n = one holder has everything */
  gini: number;
  /** Herfindahl–Hirschman index of the shares, 1/n … 1 */
  hhi: number;
  /** share of the total held by the 3 largest values */
  top3Share: number;
  /** coefficient of variation: population standard deviation / mean */
  cv: number;
}

/**
 * Distribution measures of non-negative values, e.g. each unit's item count.
 *
 * With x₍₁₎ ≤ … ≤ x₍ₙ₎ sorted ascending, T = Σ x and μ = T / n:
 * - median, q1, q3: quantiles at 0.5, 0.25, 0.75 by linear interpolation
 *   (R-7, the default of R and of `d3.quantile`; see `quantileSorted`);
 *   upperFence = q3 + 1.5 · (q3 − q1);
 * - gini = Σᵢ Σⱼ |xᵢ − xⱼ| / (2 n² μ) = 2 Σₖ k·x₍ₖ₎ / (n T) − (n + 1) / n
 *   (population form, no n/(n − 1) correction);
 * - hhi = Σ (xᵢ / T)²;
 * - top3Share = (x₍ₙ₎ + x₍ₙ₋₁₎ + x₍ₙ₋₂₎) / T;
 * - cv = σ / μ with the population σ = √(Σ (xᵢ − μ)² / n).
 *
 * An empty list, or a total of 0, has no spread to measure: gini, hhi, top3Share
 * and cv are then 0 (and for an empty list every other field too).
 *
 * @example concentration([9, 9, 9, 3, 2]).top3Share // 27 / 32
 */
export function concentration(values: readonly number[]): Concentration {
  if (!Array.isArray(values)) {
    throw new TypeError(
      `concentration: values must be an array of numbers, got ${describe(values)}`,
    );
  }
  values.forEach((v, k) => {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
      throw new RangeError(
        `concentration: values[${k}] must be a finite number ≥ 0, got ${describe(v)}`,
      );
    }
  });
  return measure(Float64Array.from(values).sort());
}

function measure(x: Float64Array): Concentration {
  const n = x.length;
  let total = 0;
  let weighted = 0;
  for (let k = 0; k < n; k++) {
    total += x[k]!;
    weighted += (k + 1) * x[k]!;
  }
  const mean = n > 0 ? total / n : 0;
  const q1 = quantileSorted(x, 0.25);
  const median = quantileSorted(x, 0.5);
  const q3 = quantileSorted(x, 0.75);
  const iqr = q3 - q1;
  let gini = 0;
  let hhi = 0;
  let top3Share = 0;
  let cv = 0;
  if (total > 0) {
    gini = (2 * weighted) / (n * total) - (n + 1) / n;
    let squares = 0;
    let deviations = 0;
    for (let k = 0; k < n; k++) {
      squares += (x[k]! / total) ** 2;
      deviations += (x[k]! - mean) ** 2;
    }
    hhi = squares;
    top3Share = (x[n - 1]! + (x[n - 2] ?? 0) + (x[n - 3] ?? 0)) / total;
    cv = Math.sqrt(deviations / n) / mean;
  }
  return {
    n,
    total,
    mean,
    median,
    q1,
    q3,
    iqr,
    upperFence: q3 + 1.5 * iqr,
    gini,
    hhi,
    top3Share,
    cv,
  };
}
