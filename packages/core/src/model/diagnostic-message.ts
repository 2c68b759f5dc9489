import type { Diagnostic } from './diagnostic.js';
import { sentence } from './wordings/wording.js';
import { ZH_WORDINGS } from './wordings/zh-wordings.js';

/** The languages a diagnostic can be told in: Chinese and English. */
export type DiagnosticLang = 'zh' | 'en';

/**
 * A diagnostic's message in `lang`: for `en` its `message`; for `zh` the
 * Chinese wording of its code, made from its `args`. Codes without a Chinese
 * wording, and diagnostics that lack an arg the wording needs (made outside
 * core's readers), give the English `message`.
 *
 * @example diagnosticMessage(d, page.lang.startsWith('zh') ? 'zh' : 'en')
 */
export function diagnosticMessage(d: Diagnostic, lang: DiagnosticLang): string {
  if (lang === 'en' || !Object.hasOwn(ZH_WORDINGS, d.code)) return d.message;
  return sentence(ZH_WORDINGS[d.code]!, d.args ?? {}) ?? d.message;
}
