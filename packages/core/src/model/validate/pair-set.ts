/**
 * The item–unit pairs already assigned, by item and unit position (`IdPool`
 * `indexOf`), for a fixed number of items and units. Numbers instead of
 * `item\u0000unit` texts: building and hashing 200,000 texts took most of
 * `validatePlan`'s time on large plans.
 *
 * Assignments mostly come item by item. While they do, a stamp per unit (the
 * last item that took it) finds repeats in memory proportional to the units.
 * When an item comes back after another, the pairs so far are replayed into a
 * bitmap of the item × unit grid, or into a Set of `item · units + unit` when
 * the bitmap would take more memory than the assignments do (some 64 bytes
 * each) or more than 16 MB.
 */
export class PairSet {
  readonly #items: number;
  readonly #units: number;
  readonly #expected: number;
  readonly #replay: () => Iterable<readonly [item: number, unit: number]>;
  /** while items come in runs: item + 1 of the last item that took each unit */
  #stamp: Int32Array | undefined;
  /** while items come in runs: 1 for each item whose run has ended */
  #ended: Uint8Array | undefined;
  #current = -1;
  #grid: Uint8Array | Set<number> | undefined;

  /**
   * `expected`: about how many pairs will be added, to choose the grid's form;
   * `replay`: every pair added so far, asked for once if an item comes back.
   */
  constructor(
    items: number,
    units: number,
    expected: number,
    replay: () => Iterable<readonly [item: number, unit: number]>,
  ) {
    this.#items = items;
    this.#units = units;
    this.#expected = expected;
    this.#replay = replay;
    this.#stamp = new Int32Array(units);
    this.#ended = new Uint8Array(items);
  }

  /**
   * Adds the pair and returns true, or returns false when it was there
   * already. Positions must lie within the counts given to the constructor.
   */
  add(item: number, unit: number): boolean {
    if (!(item >= 0 && item < this.#items && unit >= 0 && unit < this.#units)) {
      throw new RangeError(
        `PairSet: no pair (${item}, ${unit}) in ${this.#items} × ${this.#units}`,
      );
    }
    const stamp = this.#stamp;
    if (stamp === undefined) return this.#addToGrid(item, unit);
    if (item !== this.#current) {
      if (this.#ended![item] === 1) {
        this.#toGrid();
        return this.#addToGrid(item, unit);
      }
      if (this.#current >= 0) this.#ended![this.#current] = 1;
      this.#current = item;
    }
    if (stamp[unit] === item + 1) return false;
    stamp[unit] = item + 1;
    return true;
  }

  #toGrid(): void {
    const bytes = Math.ceil((this.#items * this.#units) / 8);
    // at most 16 MB, so that `cell >>> 3` stays exact and the allocation cannot fail on its own
    const bitmap = bytes <= Math.min(1 << 24, Math.max(1 << 16, 64 * this.#expected));
    this.#grid = bitmap ? new Uint8Array(bytes) : new Set();
    this.#stamp = undefined;
    this.#ended = undefined;
    for (const [item, unit] of this.#replay()) this.#addToGrid(item, unit);
  }

  #addToGrid(item: number, unit: number): boolean {
    const cell = item * this.#units + unit;
    const grid = this.#grid!;
    if (grid instanceof Set) {
      if (grid.has(cell)) return false;
      grid.add(cell);
      return true;
    }
    const byte = cell >>> 3;
    const mask = 1 << (cell & 7);
    if ((grid[byte]! & mask) !== 0) return false;
    grid[byte] = grid[byte]! | mask;
    return true;
  }
}
