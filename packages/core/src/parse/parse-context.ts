import { diagnostic, type Diagnostic, type DiagnosticArgs } from '../model/diagnostic.js';
import type { DiagnosticCode, SeverityOf } from '../model/diagnostic-code.js';
import type { ItemReading } from './build/item-reading.js';
import { placeOf, type SourceText } from './text/source-text.js';

/** What every step of the parser shares: the text and the diagnostics so far. */
export interface ParseContext {
  text: SourceText;
  source?: string;
  diagnostics: Diagnostic[];
  /** the document was read with line breaks restored (see `findLostBreaks`) */
  restoredBreaks?: boolean;
  /** how sure the reader is of each item, filled as items are built */
  readings?: ItemReading[];
}

/**
 * Adds a diagnostic placed at a text index (line and column worked out), or
 * unplaced; `args` are the values `message` is built from.
 */
export function report<C extends DiagnosticCode>(
  ctx: ParseContext,
  severity: SeverityOf<C>,
  code: C,
  message: string,
  index?: number,
  args?: DiagnosticArgs,
): void {
  const place = index === undefined ? {} : placeOf(ctx.text, index);
  ctx.diagnostics.push(
    diagnostic(
      severity,
      code,
      `parse: ${message}`,
      { ...place, ...(ctx.source === undefined ? {} : { source: ctx.source }) },
      args,
    ),
  );
}

/** Source text cut short for messages: runs of space made one, at most `max` characters, `…` marking a cut. */
export function excerpt(text: string, max = 24): string {
  const t = text.replace(/\s+/gu, ' ').trim();
  return t.length > max ? t.slice(0, max) + '…' : t;
}

/** A short quotation of source text for messages: `excerpt` in double quotes. */
export function quote(text: string, max = 24): string {
  return `"${excerpt(text, max)}"`;
}
