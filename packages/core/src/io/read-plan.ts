import { diagnostic, type Read } from '../model/diagnostic.js';
import type { Plan } from '../model/plan.js';
import type { OfficeFormat } from '../office/office-document.js';
import { parse, type ItemReading, type ParseOptions, type ParseResult } from '../parse/index.js';
import { decodeBytes } from '../text/decode-bytes.js';
import { readPlanCsv } from './read-plan-csv.js';
import { readPlanJson } from './read-plan-json.js';

/**
 * The formats a plan can be read from: Plan JSON, CSV, a text document, and
 * the office formats (Word, Excel, PDF, a saved web page), which
 * `readOfficePlan` (`@remit/core/office`) reads.
 */
export type PlanFormat = 'json' | 'csv' | 'txt' | OfficeFormat;

/** True for a format `readOfficePlan` reads (`docx`, `doc`, `xlsx`, `xls`, `pdf`, `html`). */
export function isOfficeFormat(format: PlanFormat | undefined): format is OfficeFormat {
  return (
    format === 'docx' ||
    format === 'doc' ||
    format === 'xlsx' ||
    format === 'xls' ||
    format === 'pdf' ||
    format === 'html'
  );
}

/**
 * The office format a file name's extension stands for, if any: `.docx`,
 * `.doc`, `.xlsx`, `.xls`, `.pdf`, `.html` / `.htm`. (`formatOf` names the
 * formats `readPlan` reads; a file's bytes decide in the end, see
 * `readOfficePlan`.)
 *
 * @example officeFormatOf('任务分解表.XLSX') // 'xlsx'
 */
export function officeFormatOf(source: string | undefined): OfficeFormat | undefined {
  const ext = /\.([a-z0-9]+)$/iu.exec((source ?? '').replace(/[?#].*$/u, ''))?.[1]?.toLowerCase();
  if (ext === 'htm' || ext === 'html' || ext === 'xhtml') return 'html';
  return ext === 'docx' || ext === 'doc' || ext === 'xlsx' || ext === 'xls' || ext === 'pdf'
    ? ext
    : undefined;
}

export interface ReadPlanOptions {
  /** the format; when absent it is taken from `source`'s extension */
  format?: PlanFormat;
  /** file name or URL, for diagnostics and format detection */
  source?: string;
  /** for text documents: how leads are inferred (see `parse`) */
  inferLead?: ParseOptions['inferLead'];
  /** for text documents: whether to judge how sure the reader is of each item (see `parse`; default true) */
  readings?: boolean;
}

/**
 * Reads a plan in any supported format: Plan JSON, CSV (long or wide) or a
 * published text document. Bytes are decoded first (`decodeBytes`: UTF-8, UTF-16,
 * GB18030), so a file can be passed as it was read. Never throws: problems are
 * diagnostics, and whatever could be read is returned.
 *
 * Word, Excel and PDF files, and a web page's structure (its tables with
 * their merged cells), are read by `readOfficePlan` from `@remit/core/office`,
 * which loads those readers only when a file needs them.
 *
 * @example readPlan(bytes, { source: 'plan.csv' })
 */
export function readPlan(
  input: string | Uint8Array,
  options: ReadPlanOptions = {},
): Read<Plan> & { encoding?: string; readings?: ItemReading[] } {
  const source = options.source;
  const format = options.format ?? formatOf(source);
  if (format === undefined) {
    return {
      value: { items: [], units: [], assignments: [] },
      diagnostics: [
        diagnostic(
          'error',
          'read/format',
          `readPlan: cannot tell the format of ${source ?? 'the input'}; use a .json, .csv or .txt file.`,
          source ? { source } : {},
          source ? { source } : undefined,
        ),
      ],
    };
  }
  let text: string;
  let encoding: string | undefined;
  const diagnostics = [];
  if (typeof input === 'string') {
    text = input;
  } else {
    const decoded = decodeBytes(input, source ? { source } : {});
    text = decoded.value.text;
    encoding = decoded.value.encoding;
    diagnostics.push(...decoded.diagnostics);
    if (decoded.diagnostics.some((d) => d.severity === 'error')) {
      return { value: { items: [], units: [], assignments: [] }, diagnostics, encoding };
    }
  }
  const read: Read<Plan> & { readings?: ItemReading[] } =
    format === 'json'
      ? readPlanJson(text, source ? { source } : {})
      : format === 'csv'
        ? readPlanCsv(text, source ? { source } : {})
        : toRead(
            parse(text, {
              ...(source ? { source } : {}),
              ...(options.inferLead ? { inferLead: options.inferLead } : {}),
              ...(options.readings === false ? { readings: false } : {}),
            }),
          );
  const value = read.value;
  if (encoding !== undefined && format === 'txt') value.meta = { ...value.meta, encoding };
  return {
    value,
    diagnostics: [...diagnostics, ...read.diagnostics],
    ...(encoding ? { encoding } : {}),
    ...(read.readings ? { readings: read.readings } : {}),
  };
}

/** The plan format a file name's extension stands for, if any. */
export function formatOf(source: string | undefined): PlanFormat | undefined {
  const match = /\.([a-z0-9]+)$/iu.exec((source ?? '').replace(/[?#].*$/u, ''));
  const ext = match?.[1]?.toLowerCase();
  if (ext === 'json') return 'json';
  if (ext === 'csv' || ext === 'tsv') return 'csv';
  if (ext === 'txt' || ext === 'text') return 'txt';
  return undefined;
}

function toRead(result: ParseResult): Read<Plan> & { readings: ItemReading[] } {
  return { value: result.plan, diagnostics: result.diagnostics, readings: result.readings };
}
