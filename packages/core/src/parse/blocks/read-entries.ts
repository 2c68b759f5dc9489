import type { Clause } from '../clause/clause.js';
import { findInlineClauses } from '../clause/find-inline-clauses.js';
import { readClauseLine } from '../clause/read-clause-line.js';
import { readNumbering, type Numbering } from '../numbering/read-numbering.js';
import { trimRange } from '../table/split-cells.js';
import { quote, report, type ParseContext } from '../parse-context.js';
import { readTable } from '../table/read-table.js';
import { isBoilerplateLine } from '../text/is-boilerplate-line.js';
import { isSpaceCode, lineAt } from '../text/source-text.js';
import { LOOSE_RANK, type Entry } from './entry.js';
import { continuesClause } from './continues-clause.js';
import { tableEntries } from './table-entries.js';

const CLOSING = /[\s。.;,)\]】〕]/u;
// lines a wrapped clause may run on for
const MAX_WRAPPED = 5;

/**
 * Reads the document line by line into entries: numbered paragraphs with the
 * text lines that follow them, clause lines attached to the entry above,
 * unnumbered paragraphs that carry a clause, and table rows. Page furniture is
 * skipped. Each line is looked at a bounded number of times.
 */
export function readEntries(ctx: ParseContext): Entry[] {
  const { key, raw } = ctx.text;
  const entries: Entry[] = [];
  const lastOfStyle = new Map<string, number>();
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
    if (
      numbering &&
      current &&
      !current.closed &&
      isWrappedNumber(ctx, i, numbering, lastOfStyle)
    ) {
      i = addText(ctx, current, f, i);
      continue;
    }
    if (numbering) {
      lastOfStyle.set(numbering.style, numbering.value);
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
 * clause bracket left open at the end of the line continues on the following
 * lines (up to a few) when they close it (a wrapped clause); otherwise it is read
 * to the end of its line and reported. Returns the index of the last line used.
 */
function addText(ctx: ParseContext, entry: Entry, from: number, i: number): number {
  const { key } = ctx.text;
  let end = lineAt(ctx.text, i).end;
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
  entry.body.push([from, end]);
  for (const c of found.clauses) entry.clauses.push(c);
  const lastClause = found.clauses[found.clauses.length - 1];
  if (lastClause && onlyClosingAfter(key, lastClause.end, end)) entry.closed = true;
  return last;
}

/**
 * A clause line whose value wraps onto the next lines (`责任单位:区发` / `改委`)
 * takes them in. Returns the index of the last line used.
 */
function extendWrappedClause(ctx: ParseContext, clauses: Clause[], i: number): number {
  const { key } = ctx.text;
  const clause = clauses[clauses.length - 1]!;
  const field = clause.fields[clause.fields.length - 1];
  if (!field || field.kind === 'person' || field.kind === 'deadline') return i;
  let last = i;
  for (let j = i + 1; j < ctx.text.lineCount && j <= i + MAX_WRAPPED; j++) {
    const next = lineAt(ctx.text, j);
    const f = firstNonSpace(key, next.start, next.end);
    if (f >= next.end || readNumbering(key, f) || readClauseLine(key, f, next.end)) break;
    if (!continuesClause(key.slice(field.start, field.end), key.slice(f, next.end))) break;
    field.end = next.end;
    clause.end = next.end;
    last = j;
  }
  return last;
}

function onlyClosingAfter(key: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!CLOSING.test(key[i]!)) return false;
  return true;
}

const MIN_WRAPPED_LINE = 20;
const SENTENCE_END = /[。;:!?)\]】」”’]$/u;

/**
 * True when a number at the start of line `i` is more likely text run on from a
 * hard-wrapped line above (`…完成本区城市运行“一网统管”` / `3.0版上线运行`): the line
 * above is long, does not end a sentence, and the number does not continue its
 * style's sequence.
 */
function isWrappedNumber(
  ctx: ParseContext,
  i: number,
  numbering: Numbering,
  lastOfStyle: Map<string, number>,
): boolean {
  if (i === 0) return false;
  const expected =
    numbering.value === 1 || numbering.value === (lastOfStyle.get(numbering.style) ?? 0) + 1;
  if (expected) return false;
  const above = lineAt(ctx.text, i - 1);
  const [s, e] = trimRange(ctx.text.key, above.start, above.end);
  return e - s >= MIN_WRAPPED_LINE && !SENTENCE_END.test(ctx.text.key[e - 1]!);
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
