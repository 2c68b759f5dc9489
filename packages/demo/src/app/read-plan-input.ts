import { decodeBytes, formatOf, readPlan, type PlanFormat } from '@remit/core/io';
import type { Diagnostic, Plan } from '@remit/core/model';
import { isUnreadable, planFormat } from '@remit/widgets';

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
  /** the decoded text, split into lines, so diagnostics can quote the line they refer to */
  lines: string[];
}

export interface PlanInputOptions {
  origin: PlanOrigin;
  name: string;
  /** the file's MIME type, when known */
  type?: string;
  /** `auto` (default): the name's extension, then the MIME type, then a leading `{` */
  format?: PlanFormat | 'auto';
}

/**
 * Reads text or a file's bytes into a plan with core's `readPlan` (bytes are
 * decoded there: UTF-8, UTF-16, GB18030). Never throws.
 */
export function readPlanInput(input: string | Uint8Array, options: PlanInputOptions): PlanInput {
  const text = typeof input === 'string' ? input : decodeBytes(input).value.text;
  const format =
    options.format && options.format !== 'auto'
      ? options.format
      : (formatOf(options.name) ?? planFormat(options.name, options.type ?? null, text) ?? 'txt');
  const read = readPlan(input, { format, source: options.name });
  return {
    origin: options.origin,
    name: options.name,
    format,
    ...(read.encoding ? { encoding: read.encoding } : {}),
    plan: isUnreadable(read) ? undefined : read.value,
    diagnostics: read.diagnostics,
    lines: text.split(/\r\n|\r|\n/u),
  };
}
