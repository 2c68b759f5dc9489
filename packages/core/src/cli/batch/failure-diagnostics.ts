import { isDiagnosticCode } from '../../model/diagnostic-code.js';
import { diagnostic, type Diagnostic, type Severity } from '../../model/diagnostic.js';
import { CliError } from '../cli-error.js';

/**
 * The diagnostics of a file that could not be read, from the error its
 * reading threw. The CLI's error for an unusable file (`readPlanFile`) is
 * its diagnostics formatted as lines (`file:12: error: … [csv/unclosed-quote]`),
 * so that code, line and severity are taken back from them; a line of
 * another form (the file system refused the file, it is too large) is a
 * `batch/unreadable`, and an error that is not the CLI's a `batch/reader-error`.
 */
export function failureDiagnostics(path: string, error: unknown): Diagnostic[] {
  if (!(error instanceof CliError)) {
    const message = error instanceof Error ? error.message : String(error);
    return [
      diagnostic(
        'error',
        'batch/reader-error',
        `the reader failed on this file (${message}); the rest of the batch goes on. Please report it with the file.`,
        { source: path },
        { error: message },
      ),
    ];
  }
  return error.message.split('\n').map((line) => fromLine(path, line));
}

const FORMATTED =
  /^(?<place>.*?): (?<severity>error|warning|info): (?<message>.*) \[(?<code>[a-z][a-z0-9]*\/[a-z0-9-]+)\]$/u;

function fromLine(path: string, line: string): Diagnostic {
  const m = FORMATTED.exec(line)?.groups;
  if (m === undefined || !m.place!.startsWith(path) || !isDiagnosticCode(m.code!)) {
    const reason = line.startsWith(`${path}: `) ? line.slice(path.length + 2) : line;
    return diagnostic('error', 'batch/unreadable', reason, { source: path }, { reason });
  }
  const [lineNo, column] = m.place!.slice(path.length).split(':').filter(Boolean).map(Number);
  const d: Diagnostic = {
    code: m.code,
    severity: m.severity as Severity,
    message: m.message!,
    source: path,
  };
  if (lineNo !== undefined && Number.isInteger(lineNo)) d.line = lineNo;
  if (column !== undefined && Number.isInteger(column)) d.column = column;
  return d;
}
