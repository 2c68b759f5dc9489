import type { Diagnostic } from './diagnostic.js';
import { DIAGNOSTIC_CODES, isDiagnosticCode } from './diagnostic-code.js';
import { sentence } from './codes/wording.js';

/** The languages a diagnostic can be told in: Chinese and English. */
export type DiagnosticLang = 'zh' | 'en';

/**
 * A diagnostic's message in `lang`: for `en` its `message`; for `zh` the
 * Chinese wording of its code (`DIAGNOSTIC_CODES`), made from its `args`. A
 * code outside the catalogue, and a diagnostic that lacks an arg the wording
 * needs (made outside core's readers), give the English `message`.
 *
 * @example diagnosticMessage(d, page.lang.startsWith('zh') ? 'zh' : 'en')
 */
export function diagnosticMessage(d: Diagnostic, lang: DiagnosticLang): string {
  // a diagnostic read back from JSON may carry any code
  if (lang === 'en' || !isDiagnosticCode(d.code)) return d.message;
  return sentence(DIAGNOSTIC_CODES[d.code].zh, d.args ?? {}) ?? d.message;
}
