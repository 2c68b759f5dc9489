/**
 * The item–unit pairs already assigned, by item and unit position (`IdPool`
 * `indexOf`), for a fixed number of items and units: a bitmap of the
 * item × unit grid when it takes no more memory than the assignments
 * themselves (some 64 bytes each) and at most 16 MB, else a Set of
 * `item · units + unit`.
 * Numbers instead of `item\u0000unit` texts: building and hashing 200,000
 * texts took most of `validatePlan`'s time on large plans.
 */
export class PairSet {
  readonly #items: number;
  readonly #units: number;
  readonly #bits: Uint8Array | undefined;
  readonly #cells: Set<number> | undefined;

  /** `expected`: about how many pairs will be added, to choose the form. */
  constructor(items: number, units: number, expected: number) {
    this.#items = items;
    this.#units = units;
    const bytes = Math.ceil((items * units) / 8);
    // at most 16 MB, so that `cell >>> 3` stays exact and the allocation cannot fail on its own
    if (bytes <= Math.min(1 << 24, Math.max(1 << 20, 64 * expected))) {
      this.#bits = new Uint8Array(bytes);
    } else this.#cells = new Set();
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
    const cell = item * this.#units + unit;
    const bits = this.#bits;
    if (bits === undefined) {
      const cells = this.#cells!;
      if (cells.has(cell)) return false;
      cells.add(cell);
      return true;
    }
    const byte = cell >>> 3;
    const mask = 1 << (cell & 7);
    if ((bits[byte]! & mask) !== 0) return false;
    bits[byte] = bits[byte]! | mask;
    return true;
  }
}
