/**
 * Hands out ids with a prefix (`i1`, `i2` …) that no record claims, and tells
 * whether an id is taken. Ids written in the input are reserved before any id
 * is made up, so a made-up id never collides with a later written one.
 */
export class IdPool {
  readonly #prefix: string;
  readonly #reserved: ReadonlySet<string>;
  readonly #taken = new Set<string>();
  #next = 1;

  constructor(prefix: string, reserved: Iterable<string> = []) {
    this.#prefix = prefix;
    this.#reserved = new Set(reserved);
  }

  /** True when a record already holds this id. */
  has(id: string): boolean {
    return this.#taken.has(id);
  }

  /** Claims a written id; when a record holds it already, claims `id'` (or `id''` …) and returns that. */
  claim(id: string): string {
    let free = id;
    while (this.#taken.has(free)) free = `${free}'`;
    this.#taken.add(free);
    return free;
  }

  /** Claims a fresh id that no record holds and the input does not reserve. */
  fresh(): string {
    let id = `${this.#prefix}${this.#next++}`;
    while (this.#taken.has(id) || this.#reserved.has(id)) id = `${this.#prefix}${this.#next++}`;
    this.#taken.add(id);
    return id;
  }
}
