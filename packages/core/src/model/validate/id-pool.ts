/**
 * Hands out ids with a prefix (`i1`, `i2` …) that no record claims, and tells
 * whether an id is taken. Ids written in the input are reserved before any id
 * is made up, so a made-up id never collides with a later written one.
 */
export class IdPool {
  readonly #prefix: string;
  readonly #written: () => Iterable<string>;
  // built on the first made-up id: well-formed input never needs it
  #reserved: ReadonlySet<string> | undefined;
  /** each taken id and its position in taking order */
  readonly #taken = new Map<string, number>();
  #next = 1;

  /**
   * `reserved`: the ids written in the input, or a function that lists them,
   * called only when an id has to be made up (well-formed input never needs
   * one, and listing 50,000 ids is not free).
   */
  constructor(prefix: string, reserved: Iterable<string> | (() => Iterable<string>) = []) {
    this.#prefix = prefix;
    if (typeof reserved === 'function') this.#written = reserved;
    else {
      const ids = Array.from(reserved);
      this.#written = () => ids;
    }
  }

  /** True when a record already holds this id. */
  has(id: string): boolean {
    return this.#taken.has(id);
  }

  /**
   * The position of the id among the taken ones (0 for the first taken), or
   * -1 when no record holds it. Positions are dense, for numeric indexes.
   */
  indexOf(id: string): number {
    return this.#taken.get(id) ?? -1;
  }

  /** How many ids are taken. */
  get size(): number {
    return this.#taken.size;
  }

  /** Claims a written id; when a record holds it already, claims `id'` (or `id''` …) and returns that. */
  claim(id: string): string {
    let free = id;
    while (this.#taken.has(free)) free = `${free}'`;
    this.#taken.set(free, this.#taken.size);
    return free;
  }

  /** Claims a fresh id that no record holds and the input does not reserve. */
  fresh(): string {
    const reserved = (this.#reserved ??= new Set(this.#written()));
    let id = `${this.#prefix}${this.#next++}`;
    while (this.#taken.has(id) || reserved.has(id)) id = `${this.#prefix}${this.#next++}`;
    this.#taken.set(id, this.#taken.size);
    return id;
  }
}
