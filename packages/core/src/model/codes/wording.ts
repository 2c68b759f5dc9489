import type { DiagnosticArgs } from '../diagnostic.js';

/**
 * A diagnostic's `args` as a wording reads them. Each getter returns the named
 * value; one that is missing or of another type gives an empty stand-in and
 * marks the reading as failed, so that the caller shows the English message
 * rather than a sentence with a hole in it.
 *
 * @example (a) => `任务“${a.text('title')}”列出了 ${a.number('count')} 个单位。`
 */
export class WordingArgs {
  readonly #args: DiagnosticArgs;
  #failed = false;

  constructor(args: DiagnosticArgs) {
    this.#args = args;
  }

  /** True when a getter found its value missing or of another type. */
  get failed(): boolean {
    return this.#failed;
  }

  /** True when the arg is given; for args that only some diagnostics of a code carry. */
  has(name: string): boolean {
    return Object.hasOwn(this.#args, name);
  }

  /** The arg as text: a string as it is, a number in digits. */
  text(name: string): string {
    const value = this.#value(name);
    if (typeof value === 'string') return value;
    if (typeof value === 'number') return String(value);
    return this.#fail();
  }

  /** The arg as a number. */
  number(name: string): number {
    const value = this.#value(name);
    if (typeof value === 'number') return value;
    this.#fail();
    return 0;
  }

  /** The arg as a list of texts; a single text is a list of one. */
  list(name: string): readonly string[] {
    const value = this.#value(name);
    if (typeof value === 'string') return [value];
    if (Array.isArray(value)) return value;
    this.#fail();
    return [];
  }

  /**
   * The entry of `table` the arg names: for args that choose a case (why, what
   * is missing) or a word from a fixed vocabulary. An entry may be a function,
   * called only when chosen, so that a case reads the args only it needs.
   */
  pick(name: string, table: Readonly<Record<string, string | (() => string)>>): string {
    const key = this.text(name);
    if (!Object.hasOwn(table, key)) return this.#fail();
    const entry = table[key]!;
    return typeof entry === 'function' ? entry() : entry;
  }

  /** Each text of a list arg looked up in `table` (see `pick`). */
  pickEach(name: string, table: Readonly<Record<string, string>>): string[] {
    return this.list(name).map((key) => (Object.hasOwn(table, key) ? table[key]! : this.#fail()));
  }

  #value(name: string): DiagnosticArgs[string] | undefined {
    return Object.hasOwn(this.#args, name) ? this.#args[name] : undefined;
  }

  #fail(): string {
    this.#failed = true;
    return '';
  }
}

/** One diagnostic code's sentence in one language, made from its args. */
export type Wording = (args: WordingArgs) => string;

/** The sentence `wording` makes of `args`, or `undefined` when an arg it needs is missing. */
export function sentence(wording: Wording, args: DiagnosticArgs): string | undefined {
  const reader = new WordingArgs(args);
  const text = wording(reader);
  return reader.failed ? undefined : text;
}
