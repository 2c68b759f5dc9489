import { decodeBytes, formatOf, officeFormatOf, readPlan, type PlanFormat } from '@remit/core/io';
import type { ItemReading } from '@remit/core/parse';
import type { Diagnostic, Plan } from '@remit/core/model';
import { isUnreadable, planFormat } from '@remit/widgets';

/**
 * Plans of more assignments than this are not shown: the dashboard draws every
 * one of them (matrix, network, metrics) in one browser tab, and past this its
 * memory and waiting time stop being reasonable. A CSV of more data rows is
 * refused before it is read; another input once it is read. The `remit`
 * command reads plans of any size.
 */
export const MAX_ASSIGNMENTS = 300_000;

/** Where a plan came from. */
export type PlanOrigin = 'sample' | 'file' | 'paste';

/** A plan as the dashboard received it: what could be read, and what the reader said. */
export interface PlanInput {
  origin: PlanOrigin;
  /** file name, or a name given to pasted text */
  name: string;
  format: PlanFormat;
  /** the encoding bytes were decoded from (files only) */
  encoding?: string;
  /** the plan, or `undefined` when nothing could be read (the diagnostics say why) */
  plan: Plan | undefined;
  diagnostics: Diagnostic[];
  /** the files combined into this plan, when several were opened at once (`combineInputs`) */
  parts?: string[];
  /** for text documents: how sure the reader was of each item (see core's `ItemReading`) */
  readings?: ItemReading[];
  /** the input as given (text or bytes), to read it again with other reading options */
  readFrom?: string | Uint8Array;
  /** the options it was read with */
  options?: PlanInputOptions;
  /**
   * the decoded text's lines that diagnostics refer to, at their index (line
   * 1 at 0; the others left out), so diagnostics can quote the line they name
   */
  lines: string[];
}

export interface PlanInputOptions {
  origin: PlanOrigin;
  name: string;
  /** the file's MIME type, when known */
  type?: string;
  /**
   * `auto` (default): the name's extension, then the MIME type, then a leading
   * `{` (JSON), then a first line of cells split by commas or tabs that core's
   * CSV reader reads as a plan (CSV); otherwise text
   */
  format?: PlanFormat | 'auto';
  /** for text documents: the first unit of a list that marks no lead is taken as lead, marked inferred */
  inferLead?: 'first' | 'none';
}

/**
 * Reads text or a file's bytes into a plan with core's `readPlan` (bytes are
 * decoded there: UTF-8, UTF-16, GB18030). Never throws. An input that holds
 * no item and no unit (an empty, blank or header-only CSV) gives no plan, as
 * an unreadable one does, so that the plan shown stays; so does a plan of
 * more than `MAX_ASSIGNMENTS` assignments.
 */
export function readPlanInput(input: string | Uint8Array, options: PlanInputOptions): PlanInput {
  const text = typeof input === 'string' ? input : decodeBytes(input).value.text;
  const auto = !options.format || options.format === 'auto';
  const named = auto
    ? (formatOf(options.name) ?? planFormat(options.name, options.type ?? null, text))
    : (options.format as PlanFormat);
  const sniffed = named === undefined && looksDelimited(text);
  let format: PlanFormat = named ?? (sniffed ? 'csv' : 'txt');
  const base = { origin: options.origin, name: options.name };
  if (format === 'csv') {
    const rows = lineCount(text) - 1;
    if (rows > MAX_ASSIGNMENTS) {
      return {
        ...base,
        format,
        plan: undefined,
        diagnostics: [tooMany(rows, options.name)],
        lines: [],
      };
    }
  }
  const inferLead = options.inferLead ? { inferLead: options.inferLead } : {};
  let read = readPlan(input, { format, source: options.name, ...inferLead });
  if (sniffed && isEmpty(read.value)) {
    // a first line with commas that is no CSV header: prose after all
    format = 'txt';
    read = readPlan(input, { format, source: options.name, ...inferLead });
  }
  const plan = read.value;
  const diagnostics = [...read.diagnostics];
  let shown: Plan | undefined = isUnreadable(read) ? undefined : plan;
  if (shown && isEmpty(shown)) {
    diagnostics.push({
      code: 'demo/empty',
      severity: 'error',
      message: `readPlanInput: ${options.name} holds no items and no units; nothing to show.`,
      source: options.name,
    });
    shown = undefined;
  } else if (shown && shown.assignments.length > MAX_ASSIGNMENTS) {
    diagnostics.push(tooMany(shown.assignments.length, options.name));
    shown = undefined;
  }
  return {
    ...base,
    format,
    ...(read.encoding ? { encoding: read.encoding } : {}),
    plan: shown,
    diagnostics,
    lines: quotedLines(text, diagnostics),
    ...(read.readings ? { readings: read.readings } : {}),
    readFrom: input,
    options,
  };
}

/**
 * Reads any input as `readPlanInput` does, a Parquet file (a batch's
 * `assignments` table, or a plan written by `remit convert --to parquet`) as
 * its plan or plans, and a Word, Excel, PDF or web-page file with core's
 * office readers (`readOfficeInput`). Those readers are loaded only when such
 * a file arrives, so the dashboard's first load does not carry them.
 */
export async function readPlanInputAsync(
  input: string | Uint8Array,
  options: PlanInputOptions,
): Promise<PlanInput> {
  if (typeof input !== 'string' && isParquetFile(input, options.name)) {
    const { readParquetInput } = await import('./read-parquet-input.js');
    return readParquetInput(input, options);
  }
  if (typeof input !== 'string' && isOfficeFile(input, options.name)) {
    const { readOfficeInput } = await import('./read-office-input.js');
    return readOfficeInput(input, options);
  }
  return readPlanInput(input, options);
}

/** True for a Parquet file: `PAR1` at its start, or a name ending in `.parquet`. */
export function isParquetFile(bytes: Uint8Array, name: string): boolean {
  return (
    /\.parquet$/iu.test(name) ||
    (bytes[0] === 0x50 && bytes[1] === 0x41 && bytes[2] === 0x52 && bytes[3] === 0x31)
  );
}

/**
 * True for a file core's office readers read: named `.docx`, `.doc`, `.xlsx`,
 * `.xls`, `.pdf` or `.html`, or whose bytes are a ZIP, an OLE file or a PDF
 * whatever its name (a `.doc` renamed, a download without its extension).
 */
export function isOfficeFile(bytes: Uint8Array, name: string): boolean {
  const starts = (magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);
  return (
    officeFormatOf(name) !== undefined ||
    starts([0x50, 0x4b, 0x03, 0x04]) ||
    starts([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]) ||
    starts([0x25, 0x50, 0x44, 0x46, 0x2d])
  );
}

function isEmpty(plan: Plan): boolean {
  return plan.items.length === 0 && plan.units.length === 0;
}

/** Why a plan of `count` assignments is not shown here. */
export function tooMany(count: number, source: string): Diagnostic {
  return {
    code: 'demo/too-many',
    severity: 'error',
    message: `readPlanInput: ${source} holds ${count} assignments; the dashboard shows plans of up to ${MAX_ASSIGNMENTS}. Use the remit command for larger plans.`,
    source,
    args: { count, limit: MAX_ASSIGNMENTS },
  };
}

/** True when the first non-blank line splits into at least two cells at commas or tabs. */
function looksDelimited(text: string): boolean {
  const first = /^[\s\uFEFF]*([^\r\n]*)/u.exec(text)?.[1] ?? '';
  return first.split(/[,\t]/u).filter((cell) => cell.trim() !== '').length >= 2;
}

/** Lines of `text`, counted without splitting it (a 40 MB CSV has a million). */
function lineCount(text: string): number {
  let count = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
  return text.endsWith('\n') ? count - 1 : count;
}

/** The lines diagnostics name, at their index; the others are left out. */
function quotedLines(text: string, diagnostics: readonly Diagnostic[]): string[] {
  const wanted = diagnostics.filter((d) => d.line !== undefined);
  if (wanted.length === 0) return [];
  const all = text.split(/\r\n|\r|\n/u);
  const lines: string[] = [];
  for (const d of wanted) lines[d.line! - 1] = all[d.line! - 1] ?? '';
  return lines;
}
