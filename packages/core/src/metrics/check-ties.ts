import type { TieTable } from './tie-table.js';

/** A tie between two nodes given by position, with a weight (and, for ranking, a Jaccard index). */
export interface WeightedTie {
  source: number;
  target: number;
  /** a finite number; larger is stronger */
  weight: number;
  jaccard?: number;
}

/**
 * Throws unless `count` is a node count (an integer ≥ 0) and every tie joins
 * two nodes below it with a finite weight. Error messages name `fn` and the
 * offending tie.
 */
export function checkTies(
  fn: string,
  count: unknown,
  ties: unknown,
): asserts ties is WeightedTie[] {
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) {
    throw new RangeError(`${fn}: count must be an integer ≥ 0, got ${String(count)}`);
  }
  if (!Array.isArray(ties)) {
    throw new TypeError(`${fn}: ties must be an array, e.g. coResponsibilityTies(inc)`);
  }
  const node = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < count;
  for (let k = 0; k < ties.length; k++) {
    const t = ties[k] as Partial<WeightedTie> | null;
    if (t === null || typeof t !== 'object' || !node(t.source) || !node(t.target)) {
      throw new RangeError(`${fn}: tie ${k} must join two nodes 0 … ${count - 1}`);
    }
    if (typeof t.weight !== 'number' || !Number.isFinite(t.weight)) {
      throw new RangeError(
        `${fn}: tie ${k} has weight ${String(t.weight)}, expected a finite number`,
      );
    }
  }
}

/**
 * `checkTies` for a `TieTable`: throws unless `count` is a node count, the
 * columns hold `table.count` ties each, and every tie joins two nodes below
 * `count` with a finite weight.
 */
export function checkTieTable(fn: string, count: unknown, table: TieTable): void {
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) {
    throw new RangeError(`${fn}: count must be an integer ≥ 0, got ${String(count)}`);
  }
  const m = table?.count;
  if (
    typeof m !== 'number' ||
    !Number.isInteger(m) ||
    m < 0 ||
    !(table.source instanceof Int32Array && table.source.length >= m) ||
    !(table.target instanceof Int32Array && table.target.length >= m) ||
    !(table.weight instanceof Float64Array && table.weight.length >= m) ||
    !(table.jaccard instanceof Float64Array && table.jaccard.length >= m)
  ) {
    throw new TypeError(`${fn}: expected a TieTable, e.g. coResponsibilityTieTable(inc)`);
  }
  for (let k = 0; k < m; k++) {
    const s = table.source[k]!;
    const t = table.target[k]!;
    if (s < 0 || t < 0 || s >= count || t >= count) {
      throw new RangeError(`${fn}: tie ${k} must join two nodes 0 … ${count - 1}`);
    }
    if (!Number.isFinite(table.weight[k]!)) {
      throw new RangeError(
        `${fn}: tie ${k} has weight ${String(table.weight[k])}, expected a finite number`,
      );
    }
  }
}
