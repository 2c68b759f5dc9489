import type { ClauseField } from '../clause/clause.js';
import { readNumbering } from '../numbering/read-numbering.js';
import { excerpt, quote, report, type ParseContext } from '../parse-context.js';
import type { Table, TableRow } from '../table/read-table.js';
import type { TableCell } from '../table/split-cells.js';
import type { SourceLine } from '../text/source-text.js';
import { LOOSE_RANK, type Entry } from './entry.js';

/** Rank of an unnumbered group heading inside a table: above rows, below numbered headings. */
const TABLE_HEADING_RANK = 3.5;

/**
 * Turns the rows of a responsibility table into entries: the number cell gives
 * the label, the task cell the text, unit cells a clause (role from the column),
 * the deadline cell the deadline; person columns are left out. Group headings
 * between rows become headings. A row without a task or without units is
 * reported and skipped.
 */
export function tableEntries(ctx: ParseContext, table: Table, headerLine: SourceLine): Entry[] {
  const entries: Entry[] = [];
  let category = '';
  const merged = mergedUnitColumns(table);
  const spanned = spannedUnitColumns(table, merged);
  const besideLead = unitColumnsBesideLead(table, merged, spanned);
  const above = new Map<number, TableCell>();
  for (const row of table.rows) {
    if (row.kind === 'heading') {
      const heading = headingEntry(ctx, row.cell);
      heading.tableLine = headerLine;
      entries.push(heading);
      // a row across the table ends the cells merged down above it (in a table whose rows
      // leave out their merged cells, a heading is a cell of its group's first row instead)
      if (table.spanning !== true) above.clear();
      continue;
    }
    // a category cell heads its rows; merged, it is printed on the first only
    const cell = row.cells.find(
      (c, i) => table.kinds[row.columns[i]!] === 'category' && c.end > c.start,
    );
    const text = cell ? ctx.text.key.slice(cell.start, cell.end) : '';
    if (cell && text !== category) {
      category = text;
      const heading = headingEntry(ctx, cell);
      heading.tableLine = headerLine;
      entries.push(heading);
    }
    const entry = rowEntry(
      ctx,
      table,
      carryDown(ctx, row, merged, spanned, besideLead, above, table.spanning === true),
      headerLine,
    );
    if (entry) entries.push(entry);
  }
  return entries;
}

/**
 * The unit columns whose blank cells are read as merged with the row above: the
 * lead column, or the only unit column. (A blank 配合单位 beside a lead names no
 * one; a blank lead under a filled one is a merged cell printed once.)
 */
function mergedUnitColumns(table: Table): Set<number> {
  const lead = table.kinds.flatMap((k, j) => (k === 'lead' ? [j] : []));
  const member = table.kinds.flatMap((k, j) => (k === 'member' ? [j] : []));
  return new Set(lead.length > 0 ? lead : member.length === 1 ? member : []);
}

/**
 * In a table whose rows leave out their merged cells (`spanning`), the other unit columns:
 * a row with no cell in one at all (`固定资产投资增长20%` alone under a row that named the
 * units of its group) takes it from the row above; a blank one still names no one.
 */
function spannedUnitColumns(table: Table, merged: ReadonlySet<number>): Set<number> {
  if (table.spanning !== true) return new Set();
  return new Set(
    table.kinds.flatMap((k, j) => ((k === 'lead' || k === 'member') && !merged.has(j) ? [j] : [])),
  );
}

/** The member columns beside a lead column, not merged down on their own. */
function unitColumnsBesideLead(
  table: Table,
  merged: ReadonlySet<number>,
  spanned: ReadonlySet<number>,
): Set<number> {
  if (!table.kinds.includes('lead')) return new Set();
  return new Set(
    table.kinds.flatMap((k, j) => (k === 'member' && !merged.has(j) && !spanned.has(j) ? [j] : [])),
  );
}

/**
 * The row with a blank merged cell filled from the row above (and `above` kept up
 * to date). In a table whose rows leave out their merged cells (`spanning`), a
 * unit column the row has no cell in at all is filled the same way.
 */
function carryDown(
  ctx: ParseContext,
  row: Extract<TableRow, { kind: 'row' }>,
  merged: ReadonlySet<number>,
  spanned: ReadonlySet<number>,
  besideLead: ReadonlySet<number>,
  above: Map<number, TableCell>,
  spanning: boolean,
): Extract<TableRow, { kind: 'row' }> {
  const cells = [...row.cells];
  const columns = [...row.columns];
  let carried = false;
  // a blank lead merged down takes the blank unit cells beside it along: the row repeats
  // the units of the row above (a blank 配合单位 beside a lead of its own still names no one)
  let blankLead = false;
  for (const j of [...merged, ...spanned, ...besideLead]) {
    const own = cells.filter((c, i) => columns[i] === j && c.end > c.start);
    if (own.length > 0) {
      above.set(j, own[0]!);
      continue;
    }
    const blank = columns.indexOf(j);
    const from = above.get(j);
    if (besideLead.has(j) && !blankLead) continue;
    // a trailing blank cell may not be printed at all (`2 | 保障… |  | `)
    const leftOut = blank < 0 && !spanning && !besideLead.has(j);
    if (!from || leftOut || (blank >= 0 && spanned.has(j))) continue;
    if (merged.has(j) && blank >= 0) blankLead = true;
    if (blank < 0) {
      // left out: the cell above spans this row; it takes its column's place in the row
      let at = columns.findIndex((c) => c > j);
      if (at < 0) at = columns.length;
      cells.splice(at, 0, from);
      columns.splice(at, 0, j);
    } else cells[blank] = from;
    carried = true;
    const at = blank < 0 ? row.cells[0]! : row.cells[blank]!;
    report(
      ctx,
      'info',
      'parse/merged-cell',
      `a ${blank < 0 ? 'missing' : 'blank'} unit cell was read as merged with the row above: ${quote(ctx.text.raw.slice(from.start, from.end))}.`,
      at.start,
      { text: excerpt(ctx.text.raw.slice(from.start, from.end)) },
    );
  }
  return carried ? { kind: 'row', cells, columns, merged: true } : { kind: 'row', cells, columns };
}

function headingEntry(ctx: ParseContext, cell: TableCell): Entry {
  const numbering = readNumbering(ctx.text.key, cell.start);
  const base = { line: cell.line, clauses: [], lineClauses: 0, closed: false };
  if (!numbering) {
    return { kind: 'heading', rank: TABLE_HEADING_RANK, body: [[cell.start, cell.end]], ...base };
  }
  return {
    kind: 'numbered',
    rank: numbering.rank,
    numbering,
    label: ctx.text.raw.slice(numbering.start, numbering.end).trim(),
    body: [[numbering.contentStart, cell.end]],
    ...base,
  };
}

function rowEntry(
  ctx: ParseContext,
  table: Table,
  row: Extract<TableRow, { kind: 'row' }>,
  headerLine: SourceLine,
): Entry | undefined {
  const kindOf = (i: number) => (row.columns[i]! >= 0 ? table.kinds[row.columns[i]!] : undefined);
  const filled = (kind: string): TableCell[] =>
    row.cells.filter((c, i) => kindOf(i) === kind && c.end > c.start);
  const task = filled('task')[0];
  if (!task) {
    const first = row.cells[0]!;
    const text = ctx.text.raw.slice(first.start, row.cells[row.cells.length - 1]!.end);
    report(
      ctx,
      'info',
      'parse/skipped-line',
      `a table row without a task was skipped: ${quote(text)}.`,
      first.start,
      { what: 'row-without-task', text: excerpt(text) },
    );
    return undefined;
  }
  const fields: ClauseField[] = [];
  row.cells.forEach((cell, i) => {
    const kind = kindOf(i);
    if (cell.end <= cell.start) return;
    if (kind === 'lead' || kind === 'member' || kind === 'deadline') {
      fields.push({ kind, label: '', start: cell.start, end: cell.end });
    }
  });
  const seq = filled('seq')[0];
  const units = fields.filter((f) => f.kind !== 'deadline');
  if (units.length === 0) {
    // no unit cell: the row assigns nothing, so it is not an item
    report(
      ctx,
      'info',
      'parse/skipped-line',
      `a table row without units was skipped: ${quote(ctx.text.raw.slice(task.start, task.end))}.`,
      task.start,
      { what: 'row-without-units', text: excerpt(ctx.text.raw.slice(task.start, task.end)) },
    );
    return undefined;
  }
  // the task cell may carry the number (`14.改扩建…`); under a group's number
  // (`二 | 区城管局 | (一)城区燃气改造 | …`) a task's own number is its label
  const numbering = readNumbering(ctx.text.key, task.start);
  const inner =
    numbering !== undefined &&
    numbering.contentStart < task.end &&
    (table.spanning === true || (!seq && numbering.rank > 3));
  const label = inner
    ? ctx.text.raw.slice(numbering.start, numbering.end).trim()
    : seq
      ? ctx.text.raw.slice(seq.start, seq.end)
      : undefined;
  return {
    kind: 'table-row',
    rank: LOOSE_RANK,
    ...(label !== undefined ? { label } : {}),
    line: (seq ?? task).line,
    body: [[inner ? numbering.contentStart : task.start, task.end]],
    clauses: [
      {
        form: 'table',
        // a cell merged from the row above lies before the task: the clause is the row's own
        start: Math.max(units[0]?.start ?? task.end, task.end),
        end: Math.max(units[units.length - 1]?.end ?? task.end, task.end),
        fields,
        table: true,
        ...(row.merged ? { implicit: 'merged-cell' as const } : {}),
      },
    ],
    lineClauses: 0,
    closed: true,
    tableLine: headerLine,
  };
}
