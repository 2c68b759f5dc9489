import type { Checker } from './checker.js';

/** Set in `RecordShape.scan`'s result when the record has a key that is not known. */
export const ODD_KEYS = 1 << 30;

/**
 * The known keys of one kind of record (an item, a unit, an assignment …), to
 * check the keys of many records without a Map each and without naming a
 * field unless something is reported. The reader then reads the values of the
 * keys present by name, each once.
 *
 * @example
 * const seen = ITEM.scan(record);
 * if (seen & ODD_KEYS) ITEM.reportKeys(ck, record, `items[${index}]`);
 * const title = seen & TITLE ? record['title'] : undefined; // TITLE = ITEM.bit('title')
 */
export class RecordShape<K extends string> {
  readonly known: readonly K[];
  readonly #ignored: readonly string[];
  readonly #position: ReadonlyMap<string, number>;
  /** the keys of the last record scanned, and what `scan` returned for them */
  #lastKeys: readonly string[] = [];
  #lastSeen = 0;

  /** `ignored`: keys reported as harmless (an info) rather than unknown (a warning). */
  constructor(known: readonly K[], ignored: readonly string[] = []) {
    if (known.length >= 30) throw new RangeError('RecordShape: at most 29 known keys');
    this.known = known;
    this.#ignored = ignored;
    this.#position = new Map(known.map((key, position) => [key, position]));
  }

  /** The bit that stands for a known key in `scan`'s result. */
  bit(key: K): number {
    return 1 << this.#position.get(key)!;
  }

  /**
   * A bit per known key the record has (`bit(key)`), with `ODD_KEYS` set when
   * it also has a key that is not known. Looks at own enumerable keys, as
   * `Object.keys` lists them (so a key present is an own property, and reading
   * it by name reads no prototype); reads no value.
   */
  scan(record: Record<string, unknown>): number {
    const keys = Object.keys(record);
    // Records of one list mostly share their keys and their order: compare
    // them with the last record's (interned texts, so mostly pointer checks)
    // rather than look each key up.
    const last = this.#lastKeys;
    let same = keys.length === last.length;
    for (let k = 0; same && k < keys.length; k++) same = keys[k] === last[k];
    if (same) return this.#lastSeen;
    let seen = 0;
    for (const key of keys) {
      const position = this.#position.get(key);
      seen |= position === undefined ? ODD_KEYS : 1 << position;
    }
    this.#lastKeys = keys;
    this.#lastSeen = seen;
    return seen;
  }

  /**
   * Reports each key of the record that is not known, as `Checker.fields`
   * does: forbidden keys (`__proto__` …) and unknown keys as warnings, ignored
   * keys as infos, each with its field (`at.key`).
   */
  reportKeys(ck: Checker, record: Record<string, unknown>, at: string): void {
    for (const key of Object.keys(record)) {
      if (!this.#position.has(key)) ck.reportKey(key, at ? `${at}.${key}` : key, this.#ignored);
    }
  }
}
