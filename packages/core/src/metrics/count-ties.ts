import type { Incidence } from '../model/incidence.js';
import type { CoResponsibilityTie } from './co-responsibility-ties.js';
import type { DistinctAssignments } from './distinct-assignments.js';

/** Up to this many unit pairs (n²), ties are counted in a dense array; above it, in a Map. */
const DENSE_LIMIT = 1 << 24;

/**
 * Counts the ties of `coResponsibilityTies` from an incidence's distinct
 * pairs (internal: callers that already hold the pairs pass them in).
 */
export function countTies(inc: Incidence, pairs: DistinctAssignments): CoResponsibilityTie[] {
  const n = inc.units.length;
  const ties: CoResponsibilityTie[] = [];
  const tie = (a: number, b: number, weight: number) => {
    const union = unitItems(pairs, a) + unitItems(pairs, b) - weight;
    ties.push({ source: a, target: b, weight, jaccard: weight / union });
  };
  const count = n * n <= DENSE_LIMIT ? new Uint32Array(n * n) : new Map<number, number>();
  const units: number[] = [];
  for (let i = 0; i < inc.items.length; i++) {
    units.length = 0;
    for (let p = pairs.itemStart[i]!; p < pairs.itemStart[i + 1]!; p++) units.push(pairs.unit[p]!);
    units.sort((a, b) => a - b);
    for (let x = 0; x < units.length; x++) {
      const base = units[x]! * n;
      for (let y = x + 1; y < units.length; y++) {
        const key = base + units[y]!;
        if (count instanceof Uint32Array) count[key]!++;
        else count.set(key, (count.get(key) ?? 0) + 1);
      }
    }
  }
  if (count instanceof Uint32Array) {
    for (let a = 0; a < n; a++) {
      for (let b = a + 1; b < n; b++) if (count[a * n + b]! > 0) tie(a, b, count[a * n + b]!);
    }
  } else {
    for (const key of Float64Array.from(count.keys()).sort()) {
      const a = Math.floor(key / n);
      tie(a, key - a * n, count.get(key)!);
    }
  }
  return ties;
}

/** The distinct items of unit `u`. */
export function unitItems(pairs: { unitStart: Int32Array }, u: number): number {
  return pairs.unitStart[u + 1]! - pairs.unitStart[u]!;
}
