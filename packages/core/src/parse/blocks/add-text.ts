import { findInlineClauses } from '../clause/find-inline-clauses.js';
import { readNumbering } from '../numbering/read-numbering.js';
import { report, type ParseContext } from '../parse-context.js';
import { onlyClosing } from '../text/only-closing.js';
import { lineAt } from '../text/source-text.js';
import type { Entry } from './entry.js';
import { firstNonSpace } from './first-non-space.js';

// lines a wrapped clause may run on for
export const MAX_WRAPPED = 5;

/**
 * Adds the text of line `i` from `from` to an entry, with its inline clauses. A
 * clause bracket left open at the end of the line continues on the following
 * lines (up to a few) when they close it (a wrapped clause); otherwise it is read
 * to the end of its line and reported. Returns the index of the last line used.
 */
export function addText(ctx: ParseContext, entry: Entry, from: number, i: number): number {
  const { key } = ctx.text;
  let end = ctx.text.ends[i]!;
  let found = findInlineClauses(key, from, end);
  let last = i;
  for (
    let j = i + 1;
    found.openAt !== undefined && j < ctx.text.lineCount && j <= i + MAX_WRAPPED;
    j++
  ) {
    const next = lineAt(ctx.text, j);
    const f = firstNonSpace(key, next.start, next.end);
    if (f >= next.end || readNumbering(key, f)) break;
    const joined = findInlineClauses(key, from, next.end);
    if (joined.openAt === undefined) {
      found = joined;
      end = next.end;
      last = j;
    }
  }
  for (const c of found.clauses) {
    if (c.unclosed) {
      report(
        ctx,
        'warning',
        'parse/unclosed-clause',
        `the bracket of this responsibility clause never closes; it was read to the end of the line. Check where it should end.`,
        c.start,
      );
    }
  }
  // an entry's lists live to the end of the parse: the first range and clauses
  // are set as lists of their size, not pushed (a pushed list keeps room for 17)
  if (entry.body.length === 0) entry.body = [[from, end]];
  else entry.body.push([from, end]);
  if (entry.clauses.length === 0) entry.clauses = found.clauses;
  else for (const c of found.clauses) entry.clauses.push(c);
  const lastClause = found.clauses[found.clauses.length - 1];
  if (lastClause && onlyClosing(key, lastClause.end, end)) entry.closed = true;
  return last;
}
