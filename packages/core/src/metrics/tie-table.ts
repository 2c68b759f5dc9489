import type { WeightedTie } from './check-ties.js';

/**
 * Ties as columns of typed arrays: tie `k` joins nodes `source[k]` and
 * `target[k]` with `weight[k]` and, for ranking, `jaccard[k]` (0 when a tie
 * has none). A plan of thousands of units can have millions of ties: in
 * columns they cost 24 bytes each and nothing to collect, where an object per
 * tie costs more memory and, while they are made, most of the time in the
 * garbage collector. `coResponsibilityTieTable` counts them so;
 * `backboneOfTieTable` and `communitiesOfTieTable` read them.
 *
 * @example const table = coResponsibilityTieTable(inc); table.weight[0] // items shared by the first tie
 */
export interface TieTable {
  /** the number of ties */
  readonly count: number;
  readonly source: Int32Array;
  readonly target: Int32Array;
  readonly weight: Float64Array;
  readonly jaccard: Float64Array;
}

/** The ties of `ties` as columns; a missing or non-finite `jaccard` is 0. */
export function tieTableOf(ties: readonly WeightedTie[]): TieTable {
  const count = ties.length;
  const table = {
    count,
    source: new Int32Array(count),
    target: new Int32Array(count),
    weight: new Float64Array(count),
    jaccard: new Float64Array(count),
  };
  for (let k = 0; k < count; k++) {
    const t = ties[k]!;
    table.source[k] = t.source;
    table.target[k] = t.target;
    table.weight[k] = t.weight;
    const j = t.jaccard;
    table.jaccard[k] = typeof j === 'number' && Number.isFinite(j) ? j : 0;
  }
  return table;
}

/** Tie `k` of `table` as an object. */
export function tieOf(
  table: TieTable,
  k: number,
): { source: number; target: number; weight: number; jaccard: number } {
  return {
    source: table.source[k]!,
    target: table.target[k]!,
    weight: table.weight[k]!,
    jaccard: table.jaccard[k]!,
  };
}

/**
 * Appends ties to growing columns (doubling), for counts that are not known in
 * advance; `table()` gives the columns so far, as views of its arrays.
 */
export class TieTableBuilder {
  count = 0;
  source: Int32Array;
  target: Int32Array;
  weight: Float64Array;
  jaccard: Float64Array;

  constructor(capacity = 1024) {
    const c = Math.max(16, capacity);
    this.source = new Int32Array(c);
    this.target = new Int32Array(c);
    this.weight = new Float64Array(c);
    this.jaccard = new Float64Array(c);
  }

  add(source: number, target: number, weight: number, jaccard: number): void {
    const k = this.count++;
    if (k === this.source.length) this.#grow(2 * k);
    this.source[k] = source;
    this.target[k] = target;
    this.weight[k] = weight;
    this.jaccard[k] = jaccard;
  }

  table(): TieTable {
    const n = this.count;
    return {
      count: n,
      source: this.source.subarray(0, n),
      target: this.target.subarray(0, n),
      weight: this.weight.subarray(0, n),
      jaccard: this.jaccard.subarray(0, n),
    };
  }

  #grow(size: number): void {
    const source = new Int32Array(size);
    const target = new Int32Array(size);
    const weight = new Float64Array(size);
    const jaccard = new Float64Array(size);
    source.set(this.source);
    target.set(this.target);
    weight.set(this.weight);
    jaccard.set(this.jaccard);
    this.source = source;
    this.target = target;
    this.weight = weight;
    this.jaccard = jaccard;
  }
}
