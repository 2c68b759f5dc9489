import { formatDiagnostic, type Diagnostic } from '../model/diagnostic.js';

/** Writes diagnostics to stderr, one line each, at most `limit` of them plus a count of the rest. */
export function printDiagnostics(
  diagnostics: readonly Diagnostic[],
  write: (line: string) => void,
  options: { quiet?: boolean; limit?: number } = {},
): void {
  const shown = options.quiet ? diagnostics.filter((d) => d.severity === 'error') : diagnostics;
  const limit = options.limit ?? 50;
  for (const d of shown.slice(0, limit)) write(formatDiagnostic(d));
  if (shown.length > limit) write(`… and ${shown.length - limit} more diagnostics`);
}
