import { formatDiagnostic, type Diagnostic } from '../model/diagnostic.js';
import type { DiagnosticLang } from '../model/diagnostic-message.js';

/**
 * Writes diagnostics to stderr, one line each, at most `limit` of them plus a
 * count of the rest; their messages in `lang` (English by default).
 */
export function printDiagnostics(
  diagnostics: readonly Diagnostic[],
  write: (line: string) => void,
  options: { quiet?: boolean; limit?: number; lang?: DiagnosticLang } = {},
): void {
  const shown = options.quiet ? diagnostics.filter((d) => d.severity === 'error') : diagnostics;
  const limit = options.limit ?? 50;
  const lang = options.lang ?? 'en';
  for (const d of shown.slice(0, limit)) write(formatDiagnostic(d, lang));
  const rest = shown.length - limit;
  if (rest > 0)
    write(lang === 'zh' ? `…… 另有 ${rest} 条提示未列出` : `… and ${rest} more diagnostics`);
}
