import type { Clause } from '../clause/clause.js';
import { findInlineClauses } from '../clause/find-inline-clauses.js';
import { readClauseLine } from '../clause/read-clause-line.js';
import { readNumbering } from '../numbering/read-numbering.js';
import { quote, report, type ParseContext } from '../parse-context.js';
import { readTable } from '../table/read-table.js';
import { isBoilerplateLine } from '../text/is-boilerplate-line.js';
import { isSpaceCode, lineAt } from '../text/source-text.js';
import { LOOSE_RANK, type Entry } from './entry.js';
import { continuesClause } from './continues-clause.js';
import { tableEntries } from './table-entries.js';

const CLOSING = /[\s。.;,)\]】〕]/u;

/**
 * Reads the document line by line into entries: numbered paragraphs with the
 * text lines that follow them, clause lines attached to the entry above,
 * unnumbered paragraphs that carry a clause, and table rows. Page furniture is
 * skipped. Each line is looked at a bounded number of times.
 */
export function readEntries(ctx: ParseContext): Entry[] {
  const { key, raw } = ctx.text;
  const entries: Entry[] = [];
  let current: Entry | undefined;
  for (let i = 0; i < ctx.text.lineCount; i++) {
    const line = lineAt(ctx.text, i);
    const f = firstNonSpace(key, line.start, line.end);
    if (f >= line.end) continue;
    const numbering = readNumbering(key, f);
    if (isFurniture(key, f, line.end, numbering !== undefined)) continue;
    const table = readTable(ctx.text, i);
    if (table) {
      for (const entry of tableEntries(ctx, table, line)) entries.push(entry);
      current = undefined;
      i = table.next - 1;
      continue;
    }
    if (numbering) {
      current = {
        kind: 'numbered',
        rank: numbering.rank,
        numbering,
        label: raw.slice(numbering.start, numbering.end).trim(),
        line,
        body: [],
        clauses: [],
        lineClauses: 0,
        closed: false,
      };
      entries.push(current);
      i = addText(ctx, current, numbering.contentStart, i);
      continue;
    }
    const clauseLine = readClauseLine(key, f, line.end);
    if (clauseLine) {
      i = extendWrappedClause(ctx, clauseLine, i);
      if (current) {
        for (const c of clauseLine) current.clauses.push(c);
        current.lineClauses += clauseLine.length;
        current.closed = true;
      } else {
        report(
          ctx,
          'warning',
          'parse/skipped-line',
          `a responsibility line with no item above it was skipped: ${quote(raw.slice(f, line.end))}.`,
          f,
        );
      }
      continue;
    }
    if (current && !current.closed) {
      i = addText(ctx, current, f, i);
      continue;
    }
    const loose: Entry = {
      kind: 'loose',
      rank: LOOSE_RANK,
      line,
      body: [],
      clauses: [],
      lineClauses: 0,
      closed: false,
    };
    const next = addText(ctx, loose, skipBullets(key, f, line.end), i);
    if (loose.clauses.length > 0) {
      entries.push(loose);
      current = loose;
      i = next;
    }
  }
  return entries;
}

/**
 * Adds the text of line `i` from `from` to an entry, with its inline clauses. A
 * clause bracket left open at the end of the line continues on the next line
 * when that line closes it (a wrapped clause); otherwise it is read to the end
 * of its line and reported. Returns the index of the last line used.
 */
function addText(ctx: ParseContext, entry: Entry, from: number, i: number): number {
  const { key } = ctx.text;
  const line = lineAt(ctx.text, i);
  let end = line.end;
  let found = findInlineClauses(key, from, end);
  let last = i;
  const next = i + 1 < ctx.text.lineCount ? lineAt(ctx.text, i + 1) : undefined;
  if (found.openAt !== undefined && next && firstNonSpace(key, next.start, next.end) < next.end) {
    const joined = findInlineClauses(key, from, next.end);
    if (
      joined.openAt === undefined &&
      !readNumbering(key, firstNonSpace(key, next.start, next.end))
    ) {
      found = joined;
      end = next.end;
      last = i + 1;
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
  entry.body.push([from, end]);
  for (const c of found.clauses) entry.clauses.push(c);
  const lastClause = found.clauses[found.clauses.length - 1];
  if (lastClause && onlyClosingAfter(key, lastClause.end, end)) entry.closed = true;
  return last;
}

/** A clause line whose value wraps onto the next line (`责任单位:区发` / `改委`) takes that line in. */
function extendWrappedClause(ctx: ParseContext, clauses: Clause[], i: number): number {
  const { key } = ctx.text;
  const next = i + 1 < ctx.text.lineCount ? lineAt(ctx.text, i + 1) : undefined;
  const clause = clauses[clauses.length - 1]!;
  const field = clause.fields[clause.fields.length - 1];
  if (!next || !field || field.kind === 'person' || field.kind === 'deadline') return i;
  const f = firstNonSpace(key, next.start, next.end);
  if (f >= next.end || readNumbering(key, f) || readClauseLine(key, f, next.end)) return i;
  if (!continuesClause(key.slice(field.start, field.end), key.slice(f, next.end))) return i;
  field.end = next.end;
  clause.end = next.end;
  return i + 1;
}

function onlyClosingAfter(key: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!CLOSING.test(key[i]!)) return false;
  return true;
}

const MAX_FURNITURE = 200;
// a numbered paragraph of some length is document text, whatever words it holds
const MAX_NUMBERED_FURNITURE = 40;

function isFurniture(key: string, f: number, e: number, numbered: boolean): boolean {
  if (e - f > MAX_FURNITURE) return false;
  if (e - f > MAX_NUMBERED_FURNITURE && numbered) return false;
  return isBoilerplateLine(key.slice(f, e).trim());
}

const BULLETS = /[●•·▪■◆◇□○►\-\s]/u;

function skipBullets(key: string, s: number, e: number): number {
  let i = s;
  while (i < e && BULLETS.test(key[i]!)) i++;
  return i < e ? i : s;
}

function firstNonSpace(key: string, s: number, e: number): number {
  let i = s;
  while (i < e && isSpaceCode(key.charCodeAt(i))) i++;
  return i;
}
