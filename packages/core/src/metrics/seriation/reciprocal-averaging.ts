import type { DistinctAssignments } from '../distinct-assignments.js';
import type { Block } from './connected-blocks.js';

/**
 * Correspondence-analysis scores of one connected block by reciprocal averaging
 * (Hill 1973): repeat y(u) ← mean of x(i) over the items of u, where x(i) = mean
 * of y(u) over the units of i, then centre y on its degree-weighted mean and
 * scale it to weighted norm 1. This power iteration converges to the first
 * non-trivial correspondence axis, on which units with overlapping items (and
 * items with overlapping units) get nearby scores.
 *
 * Starts from plan order, stops after `sweeps` sweeps or when no score moves by
 * 1e-12; the axis is turned to run with plan order. Writes x (items) and y (units).
 */
export function reciprocalAveraging(
  block: Block,
  pairs: DistinctAssignments,
  sweeps: number,
  x: Float64Array,
  y: Float64Array,
): void {
  const { items, units } = block;
  const degree = (u: number) => pairs.unitStart[u + 1]! - pairs.unitStart[u]!;
  units.forEach((u, k) => (y[u] = k));
  if (!normalize(units, degree, y)) return;
  const old = new Float64Array(units.length);
  for (let s = 0; s < sweeps; s++) {
    itemMeans(items, pairs, y, x);
    units.forEach((u, k) => {
      old[k] = y[u]!;
      let sum = 0;
      for (let j = pairs.unitStart[u]!; j < pairs.unitStart[u + 1]!; j++) {
        sum += x[pairs.item[pairs.byUnit[j]!]!]!;
      }
      y[u] = sum / degree(u);
    });
    if (!normalize(units, degree, y)) {
      // the block has no second axis (e.g. every item has every unit): keep the last one
      units.forEach((u, k) => (y[u] = old[k]!));
      break;
    }
    let change = 0;
    units.forEach((u, k) => (change = Math.max(change, Math.abs(y[u]! - old[k]!))));
    if (change < 1e-12) break;
  }
  itemMeans(items, pairs, y, x);
  let trend = 0;
  items.forEach((i, k) => (trend += (k - (items.length - 1) / 2) * x[i]!));
  if (trend < 0) {
    for (const i of items) x[i] = -x[i]!;
    for (const u of units) y[u] = -y[u]!;
  }
}

function itemMeans(
  items: readonly number[],
  pairs: DistinctAssignments,
  y: Float64Array,
  x: Float64Array,
): void {
  for (const i of items) {
    let sum = 0;
    const from = pairs.itemStart[i]!;
    const to = pairs.itemStart[i + 1]!;
    for (let p = from; p < to; p++) sum += y[pairs.unit[p]!]!;
    x[i] = sum / (to - from);
  }
}

/** Centres y on its degree-weighted mean, scales it to weighted norm 1; false when y is flat. */
function normalize(
  units: readonly number[],
  degree: (u: number) => number,
  y: Float64Array,
): boolean {
  let mass = 0;
  let sum = 0;
  for (const u of units) {
    mass += degree(u);
    sum += degree(u) * y[u]!;
  }
  const mean = sum / mass;
  let norm = 0;
  for (const u of units) {
    y[u] = y[u]! - mean;
    norm += degree(u) * y[u]! ** 2;
  }
  norm = Math.sqrt(norm);
  if (!(norm > 1e-9)) return false;
  for (const u of units) y[u] = y[u]! / norm;
  return true;
}
