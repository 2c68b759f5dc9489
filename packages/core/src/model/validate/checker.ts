import type { DiagnosticCode, SeverityOf } from '../diagnostic-code.js';
import { diagnostic, type Diagnostic, type DiagnosticArgs } from '../diagnostic.js';

/** Keys that could reach `Object.prototype` if copied onto a plain object. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);

/** True for a non-null, non-array object (what JSON calls an object). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Collects the diagnostics of one validation run and reads objects field by
 * field, so that only known keys are ever looked at.
 */
export class Checker {
  readonly diagnostics: Diagnostic[] = [];
  readonly #source: string | undefined;
  readonly #prefix: string;

  constructor(prefix: string, source?: string) {
    this.#prefix = prefix;
    this.#source = source;
  }

  /** Adds a diagnostic naming `field`; `args` are the values `message` is built from. */
  report<C extends DiagnosticCode>(
    severity: SeverityOf<C>,
    code: C,
    message: string,
    field?: string,
    args?: DiagnosticArgs,
  ): void {
    this.diagnostics.push(
      diagnostic(
        severity,
        code,
        `${this.#prefix}: ${message}`,
        {
          ...(field === undefined || field === '' ? {} : { field }),
          ...(this.#source === undefined ? {} : { source: this.#source }),
        },
        args,
      ),
    );
  }

  /**
   * The known fields of an object, in a Map. Keys `__proto__`, `constructor` and
   * `prototype` are dropped with a warning; other unknown keys are reported with
   * `unknown` severity (a warning unless the caller knows them to be harmless).
   * For one-off objects; records of a list are read with a `RecordShape`.
   */
  fields(
    record: Record<string, unknown>,
    at: string,
    known: readonly string[],
    ignored: readonly string[] = [],
  ): Map<string, unknown> {
    const out = new Map<string, unknown>();
    for (const key of Object.keys(record)) {
      if (!FORBIDDEN_KEYS.has(key) && known.includes(key)) out.set(key, record[key]);
      else this.reportKey(key, at ? `${at}.${key}` : key, ignored);
    }
    return out;
  }

  /**
   * Reports a key that is not read: `__proto__`, `constructor` and
   * `prototype` are dropped with a warning, keys in `ignored` with an info,
   * any other with a warning about its spelling.
   */
  reportKey(key: string, field: string, ignored: readonly string[] = []): void {
    if (FORBIDDEN_KEYS.has(key)) {
      this.report(
        'warning',
        'plan/forbidden-key',
        `dropped the key "${key}": it could change how every object behaves.`,
        field,
        { key },
      );
    } else if (ignored.includes(key)) {
      this.report('info', 'plan/ignored-key', `ignored "${key}": Remit does not keep it.`, field, {
        key,
      });
    } else {
      this.report(
        'warning',
        'plan/unknown-key',
        `ignored the unknown key "${key}"; check its spelling against the Plan JSON schema.`,
        field,
        { key },
      );
    }
  }
}
