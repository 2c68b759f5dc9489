import { findInlineClauses } from '../clause/find-inline-clauses.js';
import { readClauseLine } from '../clause/read-clause-line.js';
import { readSharedClause, type SharedClause } from '../clause/shared-clause.js';
import { readNumbering } from '../numbering/read-numbering.js';
import { excerpt, quote, report, type ParseContext } from '../parse-context.js';
import { readTable } from '../table/read-table.js';
import { isCloseBracket, isOpenBracket } from '../text/brackets.js';
import { onlyClosing } from '../text/only-closing.js';
import { lineAt } from '../text/source-text.js';
import { addText } from './add-text.js';
import { LOOSE_RANK, type Entry } from './entry.js';
import { extendWrappedClause } from './extend-wrapped-clause.js';
import { firstNonSpace, firstOfText } from './first-non-space.js';
import { isWrappedNumber } from './is-wrapped-number.js';
import { numberedFieldLine } from './numbered-field-line.js';
import { isFurniture, skipBullets } from './line-checks.js';
import { isFooterLine, isSiteFooter, usedLabels } from './site-footer.js';
import { tableEntries } from './table-entries.js';

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
  // the last line read into `current`
  let currentEnd = -1;
  const labelsOf = usedLabels();
  for (let i = 0; i < ctx.text.lineCount; i++) {
    // a line's object is made only for the entries that keep it
    const end = ctx.text.ends[i]!;
    const f = firstOfText(key, ctx.text.starts[i]!, end);
    if (f >= end) continue;
    const numbering = readNumbering(key, f);
    if (isFurniture(key, f, end, numbering !== undefined)) {
      // page tools and footers end the document's text: nothing below them
      // belongs to the entry above
      current = undefined;
      continue;
    }
    const table = readTable(ctx.text, i);
    if (table) {
      for (const entry of tableEntries(ctx, table, lineAt(ctx.text, i))) entries.push(entry);
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
      i = currentEnd = addText(ctx, current, f, i);
      continue;
    }
    const fieldLine = numbering && numberedFieldLine(key, numbering, end, entries);
    if (fieldLine) {
      const owner = fieldLine.owner;
      if (owner) {
        for (const c of fieldLine.clauses) owner.clauses.push(c);
        owner.lineClauses += fieldLine.clauses.length;
        owner.closed = true;
        current = owner;
        currentEnd = i;
      } else {
        reportClauseWithoutItem(ctx, f, end);
        current = undefined;
      }
      continue;
    }
    if (numbering) {
      lastOfStyle.set(numbering.style, numbering.value);
      current = {
        kind: 'numbered',
        rank: numbering.rank,
        numbering,
        label: raw.slice(numbering.start, numbering.end).trim(),
        line: lineAt(ctx.text, i),
        body: [],
        clauses: [],
        lineClauses: 0,
        closed: false,
      };
      entries.push(current);
      i = currentEnd = addText(ctx, current, numbering.contentStart, i);
      continue;
    }
    const shared = readSharedClause(key, f, end);
    if (shared && giveSharedClause(ctx, entries, shared, f)) {
      current = undefined;
      continue;
    }
    const clauseLine = readClauseLine(key, f, end);
    if (clauseLine && isSiteFooter(clauseLine)) {
      report(
        ctx,
        'info',
        'parse/site-footer',
        `a site footer (主办单位 and 承办单位 on one line) was taken as page furniture, not as units of an item: ${quote(raw.slice(f, end))}.`,
        f,
        { text: excerpt(raw.slice(f, end)) },
      );
      current = undefined;
      continue;
    }
    if (
      clauseLine &&
      isFooterLine(ctx.text, clauseLine, i, {
        current,
        apart: current === undefined || i > currentEnd + 1,
        used: () => labelsOf(entries),
      })
    ) {
      report(
        ctx,
        'info',
        'parse/footer-line',
        `a line of the page's footer (主办单位 or 承办单位 after the document's text) was taken as page furniture, not as units of an item: ${quote(raw.slice(f, end))}.`,
        f,
        { text: excerpt(raw.slice(f, end)) },
      );
      current = undefined;
      continue;
    }
    if (clauseLine) {
      i = extendWrappedClause(ctx, clauseLine, i);
      if (current) {
        currentEnd = i;
        for (const c of clauseLine) current.clauses.push(c);
        current.lineClauses += clauseLine.length;
        current.closed = true;
      } else reportClauseWithoutItem(ctx, f, end);
      continue;
    }
    if (
      current &&
      !current.closed &&
      !(
        ((current.clauses.length > 0 || restartsBelow(ctx, i, current)) && ownsClause(ctx, f, i)) ||
        headsClauseRun(ctx, current, f, i)
      )
    ) {
      i = currentEnd = addText(ctx, current, f, i);
      continue;
    }
    const loose: Entry = {
      kind: 'loose',
      rank: LOOSE_RANK,
      line: lineAt(ctx.text, i),
      body: [],
      clauses: [],
      lineClauses: 0,
      closed: false,
    };
    const next = addText(ctx, loose, skipBullets(key, f, end), i);
    // a paragraph with a clause of its own, or with a clause line right under it
    // (`● 白茶市场…` then `(主体责任:白茶村委会,监督责任:市工商局)`), is an entry
    if (loose.clauses.length > 0 || clauseLineAt(ctx, next + 1)) {
      entries.push(loose);
      current = loose;
      i = currentEnd = next;
    }
  }
  return entries;
}

function reportClauseWithoutItem(ctx: ParseContext, f: number, end: number): void {
  const text = ctx.text.raw.slice(f, end);
  report(
    ctx,
    'warning',
    'parse/skipped-line',
    `a responsibility line with no item above it was skipped: ${quote(text)}.`,
    f,
    { what: 'clause-without-item', text: excerpt(text) },
  );
}

/**
 * Gives a shared clause (`4项目标的责任单位均为X`) to the numbered entries right above it
 * that have no clause, at most as many as it names, all of one rank; reports what it gave.
 * False when there is no such entry.
 */
function giveSharedClause(
  ctx: ParseContext,
  entries: readonly Entry[],
  shared: SharedClause,
  f: number,
): boolean {
  const given: Entry[] = [];
  for (let k = entries.length - 1; k >= 0 && given.length < shared.count; k--) {
    const entry = entries[k]!;
    if (entry.kind !== 'numbered' || entry.clauses.length > 0) break;
    if (given.length > 0 && entry.rank !== given[0]!.rank) break;
    given.push(entry);
  }
  if (given.length === 0) return false;
  for (const entry of given) {
    entry.clauses.push(shared.clause);
    entry.closed = true;
  }
  const { raw } = ctx.text;
  const text = raw.slice(f, shared.clause.end);
  if (given.length === shared.count) {
    report(
      ctx,
      'info',
      'parse/implicit-clause',
      `the units of ${given.length === 1 ? 'the item' : `the ${given.length} items`} above were read from one sentence: ${quote(text)}; check them.`,
      f,
      { from: 'shared', count: given.length, text: excerpt(text) },
    );
  } else {
    report(
      ctx,
      'warning',
      'parse/shared-clause-count',
      `a sentence names the units of ${shared.count} items above it, but ${given.length === 1 ? 'one item' : `${given.length} items`} without units ${given.length === 1 ? 'stands' : 'stand'} there, and its units were given to them: ${quote(text)}.`,
      f,
      { count: given.length, named: shared.count, text: excerpt(text) },
    );
  }
  return true;
}

/**
 * True when line `i`, from `f`, carries a bracketed clause of its own: under an
 * entry that already has its units, it is a new unnumbered entry
 * (`客运中心(责任单位:交通局):大门消防区域磨损`), not more of the same.
 */
function ownsClause(ctx: ParseContext, f: number, i: number): boolean {
  const line = lineAt(ctx.text, i);
  return findInlineClauses(ctx.text.key, f, line.end).clauses.some((c) => c.form === 'bracket');
}

/**
 * True when the open entry is its numbered line alone, with no clause, and line `i` (from
 * `f`) and the next line each end with a bracketed clause of their own: the entry heads a list of
 * unnumbered items (`1. 约束性指标的责任部门` over `…降低20%左右。(省经贸委牵头)` and
 * `…耕地保有量指标。(省国土资源厅牵头)`), and line `i` is the first of them.
 */
function headsClauseRun(ctx: ParseContext, current: Entry, f: number, i: number): boolean {
  if (current.kind !== 'numbered' || current.clauses.length > 0 || current.body.length !== 1) {
    return false;
  }
  const j = i + 1;
  if (j >= ctx.text.lineCount || !endsWithBracketClause(ctx, f, i)) return false;
  const g = firstNonSpace(ctx.text.key, ctx.text.starts[j]!, ctx.text.ends[j]!);
  return (
    g < ctx.text.ends[j]! &&
    readNumbering(ctx.text.key, g) === undefined &&
    endsWithBracketClause(ctx, g, j)
  );
}

/** True when line `i`, from `f`, ends with a bracketed clause (`(省经贸委牵头)`, `(责任单位:X)`). */
function endsWithBracketClause(ctx: ParseContext, f: number, i: number): boolean {
  const { key } = ctx.text;
  const end = ctx.text.ends[i]!;
  // a cheap look first: the line's last mark, before closing punctuation, is a bracket
  let e = end;
  while (e > f && onlyClosing(key, e - 1, end) && !isCloseBracket(key.charCodeAt(e - 1))) e--;
  if (e <= f || !isCloseBracket(key.charCodeAt(e - 1))) return false;
  const { clauses } = findInlineClauses(key, f, end);
  const last = clauses[clauses.length - 1];
  return (
    last !== undefined &&
    isOpenBracket(key.charCodeAt(last.start)) &&
    onlyClosing(key, last.end, end)
  );
}

/** True when line `i` is a responsibility line (`责任单位:…` on a line of its own). */
function clauseLineAt(ctx: ParseContext, i: number): boolean {
  if (i >= ctx.text.lineCount) return false;
  const end = ctx.text.ends[i]!;
  const f = firstOfText(ctx.text.key, ctx.text.starts[i]!, end);
  const clauseLine = f < end ? readClauseLine(ctx.text.key, f, end) : undefined;
  return clauseLine !== undefined && !isSiteFooter(clauseLine);
}

/**
 * True when the numbering starts again at 1 on the next line that holds text after line `i`,
 * in the style of the open entry, which stands further on: line `i` heads a new group
 * (`通会桥社区(责任单位:…)` above `1、…` `2、…`), it does not go on with that entry.
 */
function restartsBelow(ctx: ParseContext, i: number, current: Entry): boolean {
  const open = current.numbering;
  if (!open || open.value <= 1) return false;
  for (let j = i + 1; j < ctx.text.lineCount; j++) {
    const end = ctx.text.ends[j]!;
    const f = firstNonSpace(ctx.text.key, ctx.text.starts[j]!, end);
    if (f >= end) continue;
    const next = readNumbering(ctx.text.key, f);
    return next !== undefined && next.style === open.style && next.value === 1;
  }
  return false;
}
