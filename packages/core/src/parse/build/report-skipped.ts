import type { ResolvedEntry } from '../blocks/resolve-entries.js';
import { excerpt, quote, report, type ParseContext } from '../parse-context.js';

const MAX_REPORTED = 50;

/**
 * Reports numbered entries that were left out: they carry no clause, hold no
 * items and are not part of an item (notice text such as `一、各责任单位要高度重视…`,
 * or an item whose clause is missing). Info only: most are notice text.
 */
export function reportSkipped(ctx: ParseContext, resolved: readonly ResolvedEntry[]): void {
  let reported = 0;
  for (const { entry, role } of resolved) {
    if (role !== 'skipped' || entry.kind !== 'numbered') continue;
    if (reported++ >= MAX_REPORTED) break;
    const [s, e] = entry.body[0] ?? [entry.line.start, entry.line.end];
    const text = ctx.text.raw.slice(s, Math.min(e, s + 40));
    report(
      ctx,
      'info',
      'parse/skipped-line',
      `numbered text without a responsibility clause was not taken as an item: ${entry.label ?? ''}${quote(text)}.`,
      entry.numbering?.start ?? entry.line.start,
      { what: 'numbered', label: entry.label ?? '', text: excerpt(text) },
    );
  }
}
