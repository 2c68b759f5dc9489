import type { DiagnosticLang } from '../model/diagnostic-message.js';
import { CliError } from './cli-error.js';

/**
 * The `--lang` option: `en` (the default) or `zh`. It sets the language of the
 * reader's notes on stderr (and, for `convert`, of table headers and roles).
 */
export function langOption(value: string | undefined): DiagnosticLang {
  if (value === undefined || value === 'en' || value === 'zh') return value ?? 'en';
  throw new CliError(`--lang must be en or zh, not "${value}"`, 2);
}
