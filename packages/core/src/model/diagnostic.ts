import type { DiagnosticCode, SeverityOf } from './diagnostic-code.js';
import { diagnosticMessage, type DiagnosticLang } from './diagnostic-message.js';

/**
 * A diagnostic: something about the input a person should know.
 *
 * Every reader (plan JSON, CSV, text parser, directory) reports problems as
 * diagnostics instead of throwing, and keeps what it could read.
 */
export type Severity = 'error' | 'warning' | 'info';

/**
 * The values a diagnostic's message is built from, by name: counts, unit names,
 * quoted text, and for codes with several wordings the case that applies.
 */
export type DiagnosticArgs = Readonly<Record<string, string | number | readonly string[]>>;

export interface Diagnostic {
  /**
   * stable machine-readable code, e.g. `csv/unclosed-quote`, `parse/no-units`;
   * docs/diagnostics.md says what each means and what to do
   */
  code: DiagnosticCode;
  severity: Severity;
  /** one sentence: what is wrong and what to do about it */
  message: string;
  /** 1-based line in the source, when known */
  line?: number;
  /** 1-based column in the source, when known */
  column?: number;
  /** a JSON path or column name, e.g. `items[3].title` or `role` */
  field?: string;
  /** the source file or URL, when known */
  source?: string;
  /**
   * the values `message` is built from, so that the same note can be worded in
   * another language (see `diagnosticMessage`)
   */
  args?: DiagnosticArgs;
}

/** The result of every reader: what could be read, and what went wrong. */
export interface Read<T> {
  value: T;
  diagnostics: Diagnostic[];
}

/**
 * Creates a diagnostic; `place` holds line, column, field and source, `args`
 * the values the message is built from. `code` is one of the catalogue's
 * (`DIAGNOSTIC_CODES`), and `severity` one the catalogue gives it.
 *
 * @example diagnostic('info', 'csv/empty', 'readPlanCsv: the text is empty; read an empty plan.')
 */
export function diagnostic<C extends DiagnosticCode>(
  severity: SeverityOf<C>,
  code: C,
  message: string,
  place: Pick<Diagnostic, 'line' | 'column' | 'field' | 'source'> = {},
  args?: DiagnosticArgs,
): Diagnostic {
  const d: Diagnostic = { code, severity, message };
  if (place.line !== undefined) d.line = place.line;
  if (place.column !== undefined) d.column = place.column;
  if (place.field !== undefined) d.field = place.field;
  if (place.source !== undefined) d.source = place.source;
  if (args !== undefined) d.args = args;
  return d;
}

/** True when any diagnostic is an error. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/**
 * Formats a diagnostic as one line: `file:line:column: severity: message [code]`,
 * the message in `lang` (see `diagnosticMessage`); severity and code stay as
 * they are, for tools that read the line.
 */
export function formatDiagnostic(d: Diagnostic, lang: DiagnosticLang = 'en'): string {
  const place = [d.source, d.line, d.column].filter((x) => x !== undefined).join(':');
  const field = d.field ? ` (${d.field})` : '';
  return `${place ? place + ': ' : ''}${d.severity}: ${diagnosticMessage(d, lang)}${field} [${d.code}]`;
}
