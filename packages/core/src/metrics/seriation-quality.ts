import type { Incidence } from '../model/incidence.js';
import { checkIncidence } from './check-incidence.js';
import { distinctAssignments } from './distinct-assignments.js';
import type { Seriation } from './seriation.js';

/** How far apart neighbours are in an order; smaller is better. */
export interface SeriationQuality {
  /** Σ over consecutive units a, b of |I(a) Δ I(b)|: items that one has and the next has not */
  units: number;
  /** Σ over consecutive items i, j of |U(i) Δ U(j)| */
  items: number;
}

/**
 * Scores an order of the matrix by the Hamming distance between neighbouring
 * columns and rows: with I(u) the distinct items of unit u and U(i) the distinct
 * units of item i, units = Σₖ |I(uₖ) Δ I(uₖ₊₁)| and items = Σₖ |U(iₖ) Δ U(iₖ₊₁)|,
 * where |A Δ B| = |A| + |B| − 2|A ∩ B|. Without `order`, plan order is scored.
 *
 * @example const before = seriationQuality(inc); const after = seriationQuality(inc, seriation(inc));
 */
export function seriationQuality(inc: Incidence, order?: Seriation): SeriationQuality {
  checkIncidence('seriationQuality', inc);
  const items = order?.items ?? inc.items.map((_, i) => i);
  const units = order?.units ?? inc.units.map((_, u) => u);
  checkPermutation('order.items', items, inc.items.length);
  checkPermutation('order.units', units, inc.units.length);
  const pairs = distinctAssignments(inc);
  const unitItems = (u: number) =>
    Array.from(
      pairs.byUnit.subarray(pairs.unitStart[u], pairs.unitStart[u + 1]),
      (p) => pairs.item[p]!,
    );
  const itemUnits = (i: number) =>
    Array.from(pairs.unit.subarray(pairs.itemStart[i], pairs.itemStart[i + 1]));
  return {
    units: neighbourDistance(units, unitItems, inc.items.length),
    items: neighbourDistance(items, itemUnits, inc.units.length),
  };
}

function neighbourDistance(
  sequence: readonly number[],
  members: (k: number) => number[],
  universe: number,
): number {
  const mark = new Int32Array(universe).fill(-1);
  let total = 0;
  for (let k = 0; k + 1 < sequence.length; k++) {
    const a = members(sequence[k]!);
    const b = members(sequence[k + 1]!);
    for (const m of a) mark[m] = k;
    let common = 0;
    for (const m of b) if (mark[m] === k) common++;
    total += a.length + b.length - 2 * common;
  }
  return total;
}

function checkPermutation(name: string, order: unknown, n: number): void {
  const ok =
    Array.isArray(order) &&
    order.length === n &&
    new Set(order).size === n &&
    order.every((p) => Number.isInteger(p) && p >= 0 && p < n);
  if (!ok) {
    throw new RangeError(
      `seriationQuality: ${name} must be a permutation of the positions 0 … ${n - 1}`,
    );
  }
}
