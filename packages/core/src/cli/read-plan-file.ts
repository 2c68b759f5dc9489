import { readFileSync } from 'node:fs';
import { decodeBytes, type DecodedText } from '../text/decode-bytes.js';
import {
  formatOf,
  isOfficeFormat,
  officeFormatOf,
  readPlan,
  type PlanFormat,
} from '../io/read-plan.js';
import { formatDiagnostic, type Diagnostic, type Read } from '../model/diagnostic.js';
import type { DiagnosticLang } from '../model/diagnostic-message.js';
import type { Plan } from '../model/plan.js';
import { readOfficePlanSync } from '../office/read-office-sync.js';
import type { ItemReading } from '../parse/index.js';
import { applyDirectory } from '../units/apply-directory.js';
import { expandGroups } from '../units/expand-groups.js';
import { findLikelyAliases } from '../units/find-likely-aliases.js';
import { readDirectory } from '../units/read-directory.js';
import { CliError } from './cli-error.js';
import { DEFAULT_MAX_BYTES } from './max-size-option.js';
import { NODE_OFFICE_LIBRARIES } from './office-libraries.js';
import { readPdfTextSync } from './pdf-text-sync.js';
import { readFileUpTo } from './read-file-up-to.js';

export interface PlanFileOptions {
  directory?: string;
  expandGroups?: boolean;
  inferLead?: 'first' | 'none';
  /** how a text document with no items is treated: as an error (default) or as an empty plan */
  allowEmpty?: boolean;
  /** the language of the diagnostic an unusable file's error quotes (default `en`) */
  lang?: DiagnosticLang;
  /** the largest plan file read, in bytes (default `DEFAULT_MAX_BYTES`, 50 MB) */
  maxBytes?: number;
  /** for a text document: whether to return how sure the reader is of each item (default false) */
  readings?: boolean;
}

export interface PlanFile {
  plan: Plan;
  format: PlanFormat;
  diagnostics: Diagnostic[];
  /** for a text document read with `readings: true`: how sure the reader is of each item */
  readings?: ItemReading[];
}

/**
 * Reads a plan file as the CLI does: bytes from disk (at most `maxBytes`), format from the extension,
 * then the unit directory and group expansion when asked. Unusable input throws a
 * `CliError` whose message names the file, the place and what is wrong; other
 * diagnostics are returned for the caller to print.
 */
export function readPlanFile(path: string, options: PlanFileOptions = {}): PlanFile {
  const format = formatOf(path) ?? officeFormatOf(path);
  if (format === undefined) {
    const ext = /\.[^./\\]+$/u.exec(path)?.[0];
    throw new CliError(
      `${path}: ${ext ? `unsupported file type "${ext}"` : 'no file extension'}; remit reads plans from .json, .csv, .txt, .docx, .doc, .xlsx, .xls, .pdf and .html files`,
    );
  }
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  // a document (text, Word, Excel, PDF, a web page) is read by the plan reader
  const document = format === 'txt' || isOfficeFormat(format);
  let read: Read<Plan> & { readings?: ItemReading[] };
  let diagnostics: Diagnostic[];
  let plan: Plan;
  if (isOfficeFormat(format)) {
    const bytes = readFileBytes(path, maxBytes);
    read = readOfficePlanSync(bytes, {
      source: path,
      format,
      ...(options.inferLead ? { inferLead: options.inferLead } : {}),
      libraries: NODE_OFFICE_LIBRARIES,
      pdfText: () => readPdfTextSync(bytes),
    });
    diagnostics = [...read.diagnostics];
    plan = read.value;
  } else {
    // Decoded apart, so that the bytes are gone before the text is read: reading
    // takes several times the text's size, and the bytes would stay beside it.
    const decoded = readPlanText(path, maxBytes);
    const { text, encoding } = decoded.value;
    read = decoded.diagnostics.some((d) => d.severity === 'error')
      ? { value: { items: [], units: [], assignments: [] } as Plan, diagnostics: [] }
      : readPlan(text, {
          format,
          source: path,
          ...(options.inferLead ? { inferLead: options.inferLead } : {}),
          readings: options.readings === true,
        });
    diagnostics = [...decoded.diagnostics, ...read.diagnostics];
    plan =
      format === 'txt' ? { ...read.value, meta: { ...read.value.meta, encoding } } : read.value;
  }
  const errors = diagnostics.filter((d) => d.severity === 'error');
  // A document is usable when any item was read; structured files must be clean.
  const usable = document ? plan.items.length > 0 : errors.length === 0;
  if (!usable) {
    const first = errors[0] ?? diagnostics.find((d) => d.severity === 'warning');
    // Text in an unexpected encoding fails as bad CSV or as no items; the
    // decoder's notes say why, so they come with the error.
    const encodingNotes = diagnostics.filter((d) => d !== first && d.code.startsWith('bytes/'));
    const lines = [
      first
        ? formatDiagnostic({ ...first, source: first.source ?? path }, options.lang)
        : `${path}: no items found; is this a task-division document?`,
      ...encodingNotes.map((d) =>
        formatDiagnostic({ ...d, source: d.source ?? path }, options.lang),
      ),
    ];
    throw new CliError(lines.join('\n'));
  }
  if (options.directory !== undefined) {
    const decoded = readText(options.directory, options.lang);
    diagnostics.push(...decoded.diagnostics);
    const directory = readDirectory(decoded.text, { source: options.directory });
    const directoryErrors = directory.diagnostics.filter((d) => d.severity === 'error');
    if (directoryErrors.length > 0)
      throw new CliError(
        formatDiagnostic({ ...directoryErrors[0]!, source: options.directory }, options.lang),
      );
    diagnostics.push(...directory.diagnostics);
    const mapped = applyDirectory(plan, directory.value);
    plan = mapped.value;
    diagnostics.push(...mapped.diagnostics.filter((d) => d.code !== 'directory/unknown-unit'));
    const unknown = mapped.diagnostics.filter((d) => d.code === 'directory/unknown-unit').length;
    if (unknown > 0) {
      diagnostics.push({
        code: 'directory/unknown-units',
        severity: 'info',
        message: `${unknown} unit${unknown === 1 ? ' is' : 's are'} not in the directory and kept as written`,
        source: options.directory,
        args: { count: unknown },
      });
    }
  } else if (!document) {
    // The plan reader reports likely aliases itself, with the place they are at.
    for (const pair of findLikelyAliases(plan.units)) {
      diagnostics.push({
        code: 'units/likely-alias',
        severity: 'info',
        message: `${pair.a} and ${pair.b} may be one unit (${pair.reason}); they are counted apart. Give a --directory to merge them.`,
        source: path,
        args: { a: pair.a, b: pair.b, reason: pair.reason },
      });
    }
  }
  if (options.expandGroups) {
    const expanded = expandGroups(plan);
    plan = expanded.value;
    diagnostics.push(...expanded.diagnostics);
  }
  return options.readings === true && read.readings
    ? { plan, format, diagnostics, readings: read.readings }
    : { plan, format, diagnostics };
}

/** A plan file's text; its bytes, read here and gone on return, are never kept beside it. */
function readPlanText(path: string, maxBytes: number): Read<DecodedText> {
  return decodeBytes(readFileBytes(path, maxBytes), { source: path });
}

/** A plan file's bytes, at most `maxBytes` of them; a file that cannot be read throws a `CliError`. */
function readFileBytes(path: string, maxBytes: number): Uint8Array {
  try {
    return readFileUpTo(path, maxBytes);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${path}: ${describeFsError(error)}`);
  }
}

function readBytes(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (error) {
    throw new CliError(`${path}: ${describeFsError(error)}`);
  }
}

/** A side file's text, decoded as plans are (encoding detected, bad bytes reported); an unusable one throws. */
function readText(
  path: string,
  lang?: DiagnosticLang,
): { text: string; diagnostics: Diagnostic[] } {
  const decoded = decodeBytes(readBytes(path), { source: path });
  const error = decoded.diagnostics.find((d) => d.severity === 'error');
  if (error) throw new CliError(formatDiagnostic(error, lang));
  return { text: decoded.value.text, diagnostics: decoded.diagnostics };
}

function describeFsError(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file; check the path';
  if (code === 'EISDIR') return 'is a directory, not a file';
  if (code === 'EACCES') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}
