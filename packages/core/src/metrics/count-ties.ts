import type { Incidence } from '../model/incidence.js';
import type { DistinctAssignments } from './distinct-assignments.js';
import { TieTableBuilder, type TieTable } from './tie-table.js';

/**
 * Counts the ties of `coResponsibilityTies` from an incidence's distinct
 * pairs, into columns (internal: callers that already hold the pairs pass them in).
 *
 * One unit `a` at a time, in unit order: every item of `a` adds one to each of
 * its units after `a`, in a counter row of n integers. The row stays in the
 * processor's cache however many units there are (a dense n × n table does
 * not, and a Map costs a hash per pair), and ties leave it already in
 * (source, target) order. Cost: Σ over items of n(i)² / 2 increments, plus
 * sorting each unit's partners or, when it has many, one scan of the row;
 * memory: the ties (24 bytes each) and a few arrays of n or of pairs.
 */
export function countTies(inc: Incidence, pairs: DistinctAssignments): TieTable {
  const n = inc.units.length;
  const { unitStart, byUnit, item, itemStart } = pairs;
  const { unit: after, at } = unitsInOrder(pairs, n);
  const shared = new Int32Array(n);
  const partners = new Int32Array(n);
  const ties = new TieTableBuilder(n);
  for (let a = 0; a < n; a++) {
    // increments this unit's items make; past a share of the row, the row is scanned
    let work = 0;
    for (let q = unitStart[a]!; q < unitStart[a + 1]!; q++) {
      const p = byUnit[q]!;
      work += itemStart[item[p]! + 1]! - at[p]! - 1;
    }
    if (work === 0) continue;
    const itemsA = unitStart[a + 1]! - unitStart[a]!;
    if (work * 4 < n - a) {
      let found = 0;
      for (let q = unitStart[a]!; q < unitStart[a + 1]!; q++) {
        const p = byUnit[q]!;
        const end = itemStart[item[p]! + 1]!;
        for (let r = at[p]! + 1; r < end; r++) {
          const b = after[r]!;
          if (shared[b]!++ === 0) partners[found++] = b;
        }
      }
      partners.subarray(0, found).sort();
      for (let f = 0; f < found; f++) emit(ties, a, partners[f]!, itemsA, shared, unitStart);
    } else {
      for (let q = unitStart[a]!; q < unitStart[a + 1]!; q++) {
        const p = byUnit[q]!;
        const end = itemStart[item[p]! + 1]!;
        for (let r = at[p]! + 1; r < end; r++) shared[after[r]!]!++;
      }
      for (let b = a + 1; b < n; b++)
        if (shared[b]! > 0) emit(ties, a, b, itemsA, shared, unitStart);
    }
  }
  return ties.table();
}

/** Adds the tie of `a` and `b` and clears their counter. */
function emit(
  ties: TieTableBuilder,
  a: number,
  b: number,
  itemsA: number,
  shared: Int32Array,
  unitStart: Int32Array,
): void {
  const weight = shared[b]!;
  shared[b] = 0;
  const union = itemsA + unitStart[b + 1]! - unitStart[b]! - weight;
  ties.add(a, b, weight, weight / union);
}

/**
 * Each item's units in ascending unit order, in one array laid out like the
 * pairs (item `i` at `itemStart[i] …`), and for each pair the place of its unit
 * there. A counting sort: units are visited in order and dealt to their items.
 */
function unitsInOrder(pairs: DistinctAssignments, n: number): { unit: Int32Array; at: Int32Array } {
  const unit = new Int32Array(pairs.count);
  const at = new Int32Array(pairs.count);
  const next = pairs.itemStart.slice(0, -1);
  for (let u = 0; u < n; u++) {
    for (let q = pairs.unitStart[u]!; q < pairs.unitStart[u + 1]!; q++) {
      const p = pairs.byUnit[q]!;
      const r = next[pairs.item[p]!]!++;
      unit[r] = u;
      at[p] = r;
    }
  }
  return { unit, at };
}

/** The distinct items of unit `u`. */
export function unitItems(pairs: { unitStart: Int32Array }, u: number): number {
  return pairs.unitStart[u + 1]! - pairs.unitStart[u]!;
}
