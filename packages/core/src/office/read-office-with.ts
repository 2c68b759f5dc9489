import { diagnostic, type Diagnostic, type Read } from '../model/diagnostic.js';
import type { OfficeDocument, OfficeFormat } from './office-document.js';
import { OfficeProblem } from './office-problem.js';
import type { ZipLimits } from './zip/read-zip.js';

/** How an office file is read. */
export interface OfficeOptions {
  /** the file's name or URL, for diagnostics */
  source?: string;
  /** the format the file's name claims; its bytes decide (see `chooseFormat`) */
  format?: OfficeFormat;
  /** what a Word or Excel file may unpack to (zip bombs); `DEFAULT_ZIP_LIMITS` when absent */
  limits?: ZipLimits;
}

/** A reader of one format: its document, and notes on what it met. */
export type OfficeReader = (bytes: Uint8Array, options: OfficeOptions) => Read<OfficeDocument>;

/**
 * Runs `reader` on `bytes` and keeps its problems inside: an
 * `OfficeProblem` (a password, a damaged file, a zip bomb) becomes one
 * error diagnostic and no document; any other failure, a library's error
 * on a file it could not take, becomes `office/unreadable`. Never throws.
 */
export function readOfficeWith(
  bytes: Uint8Array,
  format: OfficeFormat,
  reader: OfficeReader,
  options: OfficeOptions,
): Read<OfficeDocument | undefined> {
  try {
    return reader(bytes, options);
  } catch (error) {
    return { value: undefined, diagnostics: [officeError(error, format, options.source)] };
  }
}

/** The one error diagnostic for a file that could not be read at all. */
export function officeError(
  error: unknown,
  format: OfficeFormat | undefined,
  source?: string,
): Diagnostic {
  const place = source === undefined ? {} : { source };
  if (error instanceof OfficeProblem) {
    return {
      code: error.code,
      severity: 'error',
      message: error.message,
      ...place,
      args: error.args,
    };
  }
  const why = error instanceof Error ? error.message : String(error);
  return diagnostic(
    'error',
    'office/unreadable',
    `the file could not be read as ${format ?? 'an office file'} (${why}). It may be damaged; open it in the program that made it and save it again.`,
    place,
    { format: format ?? 'office', detail: why },
  );
}
