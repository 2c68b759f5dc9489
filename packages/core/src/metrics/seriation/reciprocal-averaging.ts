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
 * 1e-9; the axis is turned to run with plan order. Writes x (items) and y (units).
 */
export function reciprocalAveraging(
  block: Block,
  pairs: DistinctAssignments,
  sweeps: number,
  x: Float64Array,
  y: Float64Array,
): void {
  const { items, units } = block;
  const { unitStart, byUnit, item } = pairs;
  for (let k = 0; k < units.length; k++) y[units[k]!] = k;
  if (!normalize(units, unitStart, y)) return;
  const old = new Float64Array(units.length);
  for (let s = 0; s < sweeps; s++) {
    itemMeans(items, pairs, y, x);
    for (let k = 0; k < units.length; k++) {
      const u = units[k]!;
      old[k] = y[u]!;
      let sum = 0;
      const from = unitStart[u]!;
      const to = unitStart[u + 1]!;
      for (let j = from; j < to; j++) sum += x[item[byUnit[j]!]!]!;
      y[u] = sum / (to - from);
    }
    if (!normalize(units, unitStart, y)) {
      // the block has no second axis (e.g. every item has every unit): keep the last one
      for (let k = 0; k < units.length; k++) y[units[k]!] = old[k]!;
      break;
    }
    let change = 0;
    for (let k = 0; k < units.length; k++)
      change = Math.max(change, Math.abs(y[units[k]!]! - old[k]!));
    if (change < 1e-9) break;
  }
  itemMeans(items, pairs, y, x);
  let trend = 0;
  for (let k = 0; k < items.length; k++) trend += (k - (items.length - 1) / 2) * x[items[k]!]!;
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
  const { itemStart, unit } = pairs;
  for (let k = 0; k < items.length; k++) {
    const i = items[k]!;
    let sum = 0;
    const from = itemStart[i]!;
    const to = itemStart[i + 1]!;
    for (let p = from; p < to; p++) sum += y[unit[p]!]!;
    x[i] = sum / (to - from);
  }
}

/** Centres y on its degree-weighted mean, scales it to weighted norm 1; false when y is flat. */
function normalize(units: readonly number[], unitStart: Int32Array, y: Float64Array): boolean {
  let mass = 0;
  let sum = 0;
  for (const u of units) {
    const w = unitStart[u + 1]! - unitStart[u]!;
    mass += w;
    sum += w * y[u]!;
  }
  const mean = sum / mass;
  let norm = 0;
  for (const u of units) {
    y[u] = y[u]! - mean;
    norm += (unitStart[u + 1]! - unitStart[u]!) * y[u]! ** 2;
  }
  norm = Math.sqrt(norm);
  if (!(norm > 1e-9)) return false;
  for (const u of units) y[u] = y[u]! / norm;
  return true;
}
