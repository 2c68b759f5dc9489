import type { Read } from '../../model/diagnostic.js';
import { decodeBytes } from '../../text/decode-bytes.js';
import type { OfficeLibraries } from '../libraries.js';
import type { OfficeDocument } from '../office-document.js';
import { OfficeProblem } from '../office-problem.js';
import { readHtml } from './read-html.js';

/**
 * A saved web page's bytes read as `readHtml` reads its text: decoded first
 * (UTF-8, UTF-16, GB18030, as `decodeBytes` finds them), with the decoder's
 * notes kept.
 */
export function readHtmlBytes(
  bytes: Uint8Array,
  options: { source?: string },
  parse5: ReturnType<OfficeLibraries['parse5']>,
): Read<OfficeDocument> {
  const decoded = decodeBytes(
    bytes,
    options.source === undefined ? {} : { source: options.source },
  );
  const error = decoded.diagnostics.find((d) => d.severity === 'error');
  if (error) throw new OfficeProblem(error.code, error.message, error.args ?? {});
  return { value: readHtml(decoded.value.text, parse5), diagnostics: decoded.diagnostics };
}
