import { FIELD_CORES, FIELD_MODIFIERS, isFieldLabel } from '../lexicon/field-words.js';
import { readNumbering } from '../numbering/read-numbering.js';
import { isBoilerplateLine } from '../text/is-boilerplate-line.js';
import { firstNonSpace } from '../blocks/first-non-space.js';
import { isSpaceCode, lineAt, type SourceText } from '../text/source-text.js';
import { alignCells, alignmentCost } from './align-cells.js';
import { cellKindOf, NUMBER, type CellKind } from './cell-kind.js';
import {
  columnKindOf,
  columnKinds,
  isResponsibilityHeader,
  SEQ_WORDS,
  type ColumnKind,
} from './column-kind.js';
import {
  rowNumberAt,
  runTogetherCells,
  runTogetherHeader,
  type RunTogetherHeader,
} from './run-together.js';
import { segmentRows, segmentUnnumberedRows } from './segment-rows.js';
import { hasSeparator, lineCell, splitCells, trimRange, type TableCell } from './split-cells.js';

/** A data row (cells and, for each, its column or -1), or a heading between rows. */
export type TableRow =
  | {
      kind: 'row';
      cells: TableCell[];
      columns: number[];
      /** a blank unit cell was filled from the row above */
      merged?: boolean;
    }
  | { kind: 'heading'; cell: TableCell };

/** A responsibility table read from flattened text. */
export interface Table {
  kinds: ColumnKind[];
  rows: TableRow[];
  /** index of the first line after the table */
  next: number;
  /**
   * A row with fewer cells continues the group above it: a unit column it leaves
   * out is the one above, merged (see `readClosedRows`).
   */
  spanning?: boolean;
}

const MAX_HEADER = 16;
const MAX_LABEL = 20;
const MAX_CELL = 2000;
const MAX_HEADER_LINE = 400;
const MAX_SEQ_LABEL = 8;
const NOT_LABEL = /[。,;:!?]/u;
// an empty row or a rule under the header (`|---|:---:|`)
const RULE = /^[-:=+\s]*$/u;

/**
 * Reads a responsibility table starting at line `index`, or returns undefined.
 * These flattenings are read:
 * - one row per line, cells split by `|` or tabs (`烟花爆竹 | 1月份 | 安监站 安监所 |`);
 * - one cell per line, each ending in `|`;
 * - one cell per line, no separators (cells of a Word table pasted as text);
 * - one cell per line with a lone `|` line between cells;
 * - cells side by side separated by spaces, under a 序号 header;
 * - cells with nothing between them, a row per line (see `runTogetherCells`).
 * The header row decides the columns (see `columnKindOf`); rows of one cell per
 * line start at their number cell (序号), so such a header must begin with 序号.
 * Group headings between rows (`一、经济发展`) are kept as headings.
 */
export function readTable(text: SourceText, index: number): Table | undefined {
  if (!mayStartTable(text, index)) return undefined;
  const line = lineAt(text, index);
  const [f, e] = trimRange(text.key, line.start, line.end);
  if (f >= e || e - f > MAX_HEADER_LINE) return undefined;
  if (
    e - f <= MAX_LABEL &&
    isLonePipe(text, nextFilled(text, index)) &&
    isLabel(text.key.slice(f, e))
  ) {
    return readPipeLines(text, index);
  }
  // a label without separators above a line that opens with `| `
  if (
    e - f <= MAX_LABEL &&
    !hasSeparator(text.key, f, e) &&
    opensWithPipe(text, nextFilled(text, index)) &&
    isLabel(text.key.slice(f, e))
  ) {
    const table = readLeadingPipes(text, index);
    if (table) return table;
  }
  if (hasSeparator(text.key, f, e)) {
    const cells = splitCells(text, line).filter((c) => c.end > c.start);
    if (cells.length >= 2) {
      if (!cells.every((c) => isLabel(keyOf(text, c)))) return undefined;
      const sub = subHeader(text, index);
      return sub
        ? readRows(text, sub.line, sub.labels)
        : readRows(
            text,
            index,
            cells.map((c) => keyOf(text, c)),
          );
    }
    const only = cells[0];
    return only && isSeqLabel(keyOf(text, only)) ? readStream(text, index, 'piped') : undefined;
  }
  // a table of one cell per line starts with its 序号 cell
  const first = text.key.slice(f, e);
  if (e - f <= MAX_SEQ_LABEL && isLabel(first) && isSeqLabel(first)) {
    return readStream(text, index, 'lines');
  }
  // or with its task cell, when the page left out the 序号 cell above the numbers
  if (isTaskLabel(text.key, f, e)) {
    return readStream(text, index, 'lines', true);
  }
  // labels with nothing between them, on a line of their own
  const runTogether = runTogetherHeader(text.key, f, e);
  if (runTogether && runTogether.end === e) return readRunTogether(text, index, runTogether);
  // cells side by side, separated by spaces, under a header row of labels
  SPACED_HEADER.lastIndex = f;
  if (!SPACED_HEADER.test(text.key)) return undefined;
  const spaced = splitCells(text, line, true);
  if (spaced.length >= 3 && isSeqLabel(keyOf(text, spaced[0]!))) {
    return readStream(text, index, 'spaced');
  }
  return undefined;
}

/** One row per line. */
function readRows(text: SourceText, index: number, labels: string[]): Table | undefined {
  if (!labels.every(isLabel)) return undefined;
  const kinds = columnKinds(labels);
  if (!isResponsibilityHeader(kinds)) return undefined;
  const rows: TableRow[] = [];
  const alignRow = rowAligner(text, kinds);
  // a header with no border before its first cell: a row's leading `|` follows a blank cell
  const headerLine = lineAt(text, index);
  const bordered =
    text.key.charCodeAt(firstNonSpace(text.key, headerLine.start, headerLine.end)) === 0x7c;
  let i = index + 1;
  for (; i < text.lineCount; i++) {
    const line = lineAt(text, i);
    const [f, e] = trimRange(text.key, line.start, line.end);
    if (f >= e) continue;
    if (!hasSeparator(text.key, f, e)) {
      if (!isGroupHeading(text, f) || !nextHasSeparator(text, i)) break;
      rows.push({ kind: 'heading', cell: { start: f, end: e, line } });
      continue;
    }
    const cells = splitCells(text, line, false, !bordered);
    if (cells.every((c) => RULE.test(keyOf(text, c)))) continue;
    if (e - f <= 200 && isBoilerplateLine(text.key.slice(f, e))) break;
    const filled = cells.filter((c) => c.end > c.start);
    if (filled.length === 1 && cellKindOf(keyOf(text, filled[0]!)) !== 'number') {
      rows.push({ kind: 'heading', cell: filled[0]! });
      continue;
    }
    rows.push(alignRow(cells));
  }
  return rows.some((r) => r.kind === 'row') ? { kinds, rows, next: i } : undefined;
}

/**
 * Rows whose cells run together, each on a line of its own and starting with its
 * number in sequence, under a header of labels run together. A line or two
 * between header and rows (a 合计 row) is passed over.
 */
function readRunTogether(
  text: SourceText,
  index: number,
  header: RunTogetherHeader,
): Table | undefined {
  const kinds = columnKinds(header.labels.map(([s, e]) => text.key.slice(s, e)));
  const alignRow = rowAligner(text, kinds);
  // a leader's column before the unit columns: a name before the first unit
  const firstUnits = kinds.findIndex((k) => k === 'lead' || k === 'member');
  const personFirst = firstUnits > 0 && kinds[firstUnits - 1] === 'person';
  const rows: TableRow[] = [];
  let first: number | undefined;
  let i = index + 1;
  for (; i < text.lineCount; i++) {
    const line = lineAt(text, i);
    const [f, e] = trimRange(text.key, line.start, line.end);
    if (f >= e) continue;
    const n = rowNumberAt(text.key, f, e);
    // the first row is 1, or any number where a page goes on from the one before
    first ??= n >= 1 ? n : undefined;
    if (first === undefined || n !== first + rows.length) {
      if (rows.length === 0 && i - index <= MAX_LINES_BEFORE_ROWS) continue;
      break;
    }
    rows.push(firstNameLeads(alignRow(runTogetherCells(text, line, f, e, personFirst)), kinds));
  }
  return rows.length > 0 ? { kinds, rows, next: i } : undefined;
}

const MAX_LINES_BEFORE_ROWS = 2;

/**
 * Names run together over a lead and a member column cannot show where the one
 * ends: the first name aligned with the lead column leads, the names after it go
 * to the member column that follows (a list written in one cell is one cell, and
 * keeps its column).
 */
function firstNameLeads(
  row: Extract<TableRow, { kind: 'row' }>,
  kinds: readonly ColumnKind[],
): Extract<TableRow, { kind: 'row' }> {
  const lead = kinds.indexOf('lead');
  if (lead < 0 || kinds[lead + 1] !== 'member') return row;
  const first = row.columns.indexOf(lead);
  if (first < 0) return row;
  const columns = row.columns.map((c, i) => (c === lead && i > first ? lead + 1 : c));
  return { ...row, columns };
}

/**
 * A header printed on two rows, a merged cell above the cells it spans:
 * `序号 | 工作任务 | 责任单位 |  | 完成时限` over ` |  | 牵头单位 | 配合单位 |  `. The
 * labels of the lower row name their columns; a blank below keeps the label
 * above, a blank above takes the label to its left. Undefined when the line
 * after the header is not such a row.
 */
function subHeader(
  text: SourceText,
  index: number,
): { labels: string[]; line: number } | undefined {
  const next = nextFilled(text, index);
  if (next < 0) return undefined;
  const nextLine = lineAt(text, next);
  if (!hasSeparator(text.key, nextLine.start, nextLine.end)) return undefined;
  // split as printed: a leading `|` before a blank cell keeps the columns in line
  const cellsAsPrinted = (i: number) =>
    text.key
      .slice(lineAt(text, i).start, lineAt(text, i).end)
      .split(/[|\t]/u)
      .map((c) => c.replace(/\s+/gu, ''));
  const upper = cellsAsPrinted(index);
  const lower = cellsAsPrinted(next);
  const filled = lower.filter((l) => l !== '');
  if (filled.length === 0 || !filled.every(isLabel)) return undefined;
  // numbers and numbered group headings (`一、主要预期目标 | |||`) start the rows, not a header
  if (filled.some((l) => !HEADER_CELL_KINDS.has(cellKindOf(l)))) return undefined;
  const roles = filled.filter((l) => /牵头|配合|协办|主办|责任|主要|协同/u.test(l));
  if (roles.length < filled.length / 2) return wrappedHeader(upper, lower, next);
  const labels: string[] = [];
  // the blank cells outside a leading or trailing `|` are no columns
  let from = 0;
  let width = Math.max(upper.length, lower.length);
  while (from < width && !upper[from] && !lower[from]) from++;
  while (width > from && !upper[width - 1] && !lower[width - 1]) width--;
  for (let j = from; j < width; j++) {
    const above = upper[j] || labels[labels.length - 1] || '';
    labels.push(lower[j] || above);
  }
  return labels.every(isLabel) ? { labels, line: next } : undefined;
}

/**
 * A header whose labels wrapped onto a second row (`牵头 | 配合 | 完成` over
 * `单位 | 单位 | 时限`): each column's label is the two halves joined, taken when
 * the joined labels name more columns than the upper row alone.
 */
function wrappedHeader(
  upper: readonly string[],
  lower: readonly string[],
  line: number,
): { labels: string[]; line: number } | undefined {
  if (lower.some((l) => l.length > MAX_WRAPPED_LABEL)) return undefined;
  const width = Math.max(upper.length, lower.length);
  const joined: string[] = [];
  const alone: string[] = [];
  for (let j = 0; j < width; j++) {
    if (!upper[j] && !lower[j]) continue;
    joined.push(`${upper[j] ?? ''}${lower[j] ?? ''}`);
    alone.push(upper[j] || (lower[j] ?? ''));
  }
  const named = (labels: string[]) => columnKinds(labels).filter((k) => k !== 'other').length;
  if (!joined.every(isLabel) || !isResponsibilityHeader(columnKinds(joined))) return undefined;
  return named(joined) > named(alone) ? { labels: joined, line } : undefined;
}

const MAX_WRAPPED_LABEL = 4;

/** What a cell of a header's second row may look like (`牵头单位`, `单位`, `时限`). */
const HEADER_CELL_KINDS: ReadonlySet<CellKind> = new Set(['text', 'person', 'units', 'deadline']);

/**
 * One cell per line with a line of a lone `|` between cells and a blank line
 * between rows, as some portals flatten a web table:
 * `烟花爆竹` / `|` / `1月份` / `|` / `安监站 安监所` / `` / `危险化学品` …
 * A cell may wrap over lines; a `|` line with nothing before it is an empty cell.
 */
function readPipeLines(text: SourceText, index: number): Table | undefined {
  const groups: TableCell[][] = [];
  let row: TableCell[] = [];
  let cell: TableCell | undefined;
  // the last line read was a `|`: the cell after it may be blank (a merged cell)
  let afterPipe = false;
  let i = index;
  for (; i < text.lineCount; i++) {
    const line = lineAt(text, i);
    const [f, e] = trimRange(text.key, line.start, line.end);
    if (f >= e) {
      // a blank line between two `|` lines is a blank cell, not the end of the row
      if (afterPipe && !cell && isLonePipe(text, i + 1)) {
        cell = { start: f, end: f, line };
        afterPipe = false;
        continue;
      }
      if (cell) row.push(cell);
      else if (afterPipe) row.push({ start: f, end: f, line });
      afterPipe = false;
      if (row.length > 0) groups.push(row);
      row = [];
      cell = undefined;
      // the table goes on while the next row's first cell is followed by `|`
      const next = nextFilled(text, i);
      if (next < 0 || !isLonePipe(text, nextFilled(text, next))) break;
      continue;
    }
    if (isLonePipe(text, i)) {
      row.push(cell ?? { start: f, end: f, line });
      cell = undefined;
      afterPipe = true;
      continue;
    }
    afterPipe = false;
    if (e - f <= 200 && isBoilerplateLine(text.key.slice(f, e))) break;
    // rows with no blank line between them (a page's paragraphs): the first cell of the
    // next row follows the last cell of a row, and a `|` follows it in turn
    // (a row may leave out its last blank cells: a number starts the next one all the same)
    const width = groups[0]?.length;
    if (
      cell &&
      row.length > 0 &&
      (width === undefined ||
        row.length === width - 1 ||
        (row.length > 1 && NUMBER.test(text.key.slice(f, e)))) &&
      isLonePipe(text, i + 1)
    ) {
      row.push(cell);
      groups.push(row);
      row = [];
      cell = undefined;
    }
    cell = cell ? { start: cell.start, end: e, line: cell.line } : { start: f, end: e, line };
  }
  if (cell) row.push(cell);
  if (row.length > 0) groups.push(row);
  // no blank line and no two cells in a row anywhere: the table is one stream of cells
  if (groups.length === 1) return readPipeStream(text, groups[0]!, i);
  return groupedTable(text, groups, i, false);
}

/**
 * The table of rows already grouped, the first its header: undefined unless the header's
 * labels make a responsibility header and a row is read. A row of one filled cell that
 * reads as a group heading (`一、经济发展`) is a heading.
 */
function groupedTable(
  text: SourceText,
  groups: readonly TableCell[][],
  next: number,
  spanning: boolean,
): Table | undefined {
  const [header, ...body] = groups;
  const labels = (header ?? []).map((c) => keyOf(text, c));
  if (labels.length < 2 || !labels.every(isLabel)) return undefined;
  const kinds = columnKinds(labels);
  if (!isResponsibilityHeader(kinds)) return undefined;
  const alignRow = rowAligner(text, kinds);
  const rows = body.map((cells): TableRow => {
    const filled = cells.filter((c) => c.end > c.start);
    return filled.length === 1 && isGroupHeading(text, filled[0]!.start)
      ? { kind: 'heading', cell: filled[0]! }
      : alignRow(cells);
  });
  if (!rows.some((r) => r.kind === 'row')) return undefined;
  return spanning ? { kinds, rows, next, spanning } : { kinds, rows, next };
}

/**
 * A cheap first look at a line, allocating nothing: only a short label, a line
 * with `|` or a tab, or a line starting with 序号 can open a table. Most lines of
 * a document stop here.
 */
function mayStartTable(text: SourceText, index: number): boolean {
  const { key } = text;
  const f = firstNonSpace(key, text.starts[index]!, text.ends[index]!);
  const e = text.ends[index]!;
  if (f >= e || e - f > MAX_HEADER_LINE) return false;
  if (hasSeparator(key, f, e)) return true;
  // a short line without separators starts a table only as a label above a lone
  // `|` line, or as a 序号 cell (alone, or first of a header spaced into cells)
  if (e - f <= MAX_LABEL) {
    const next = nextFilled(text, index);
    return (
      SEQ_FIRST_CHARS.has(key.charCodeAt(f)) ||
      isLonePipe(text, next) ||
      opensWithPipe(text, next) ||
      // a header of one cell per line without its 序号 cell: labels on the lines below
      (next >= 0 && text.ends[next]! - text.starts[next]! <= MAX_LABEL && isTaskLabel(key, f, e))
    );
  }
  // a spaced header starts with a 序号 word: most lines are spared the expression
  if (!SEQ_FIRST_CHARS.has(key.charCodeAt(f))) return false;
  SPACED_HEADER.lastIndex = f;
  return SPACED_HEADER.test(key) || runTogetherHeader(key, f, e) !== undefined;
}

/** True when line `i` holds a lone `|`; allocates nothing. */
function isLonePipe(text: SourceText, i: number): boolean {
  if (i < 0) return false;
  const f = firstNonSpace(text.key, text.starts[i]!, text.ends[i]!);
  let e = text.ends[i]!;
  while (e > f && isSpaceCode(text.key.charCodeAt(e - 1))) e--;
  return e === f + 1 && text.key.charCodeAt(f) === 0x7c;
}

/** True when line `i` starts with `|` and has text after it (`| 目 标 任 务`); allocates nothing. */
function opensWithPipe(text: SourceText, i: number): boolean {
  if (i < 0) return false;
  const f = firstNonSpace(text.key, text.starts[i]!, text.ends[i]!);
  return (
    text.key.charCodeAt(f) === 0x7c && firstNonSpace(text.key, f + 1, text.ends[i]!) < text.ends[i]!
  );
}

/**
 * A table flattened with `| ` before every cell but a row's first and a lone `|` closing
 * each row, its cells wrapping over lines (a merged cell printed a few characters a line:
 * `市政` / `府办` / `公厅`):
 * `牵头单位` / `| 目 标 任 务` / `| 责 任 单 位` / `|` / `市政` / `府办` / `公厅` / `| 强化行政监督…` /
 * `| 市直各单位` / `|` / `推进国家安全工作发展` / `| 市直各单位` / `|` …
 * The first row is the header. A row with fewer cells leaves out the cells merged down
 * from the rows above it (`spanning`). Only rows closed by their `|` are read.
 */
function readLeadingPipes(text: SourceText, index: number): Table | undefined {
  const groups: TableCell[][] = [];
  let row: TableCell[] = [];
  let cell: TableCell | undefined;
  let next = index;
  for (let i = index; i < text.lineCount; i++) {
    const line = lineAt(text, i);
    const [f, e] = trimRange(text.key, line.start, line.end);
    if (f >= e || e - f > MAX_CELL) break;
    if (isLonePipe(text, i)) {
      if (cell) row.push(cell);
      if (row.length > 0) groups.push(row);
      row = [];
      cell = undefined;
      next = i + 1;
      continue;
    }
    if (text.key.charCodeAt(f) === 0x7c) {
      if (cell) row.push(cell);
      const [s, t] = trimRange(text.key, f + 1, e);
      cell = { start: s, end: t, line };
      continue;
    }
    if (hasSeparator(text.key, f, e) || (e - f <= 200 && isBoilerplateLine(text.key.slice(f, e))))
      break;
    cell = cell ? { start: cell.start, end: e, line: cell.line } : { start: f, end: e, line };
  }
  return groupedTable(text, groups, next, true);
}

/**
 * How a stream of cells was printed: one cell per line ending in `|`, one cell
 * per line, or cells side by side separated by spaces (rows may wrap).
 */
type StreamForm = 'piped' | 'lines' | 'spaced';

/**
 * Header cells printed one per line with their words wrapped onto lines of their own
 * (`责任` / `领导`, `责任` / `科室`): a word that qualifies a label followed by the bare word
 * that completes it is one header cell.
 */
function joinWrappedLabels(labels: readonly string[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < labels.length; k++) {
    const label = labels[k]!;
    const next = labels[k + 1];
    if (
      next !== undefined &&
      FIELD_MODIFIERS.includes(label) &&
      FIELD_CORES.includes(next) &&
      isFieldLabel(label + next)
    ) {
      out.push(label + next);
      k++;
    } else out.push(label);
  }
  return out;
}

/**
 * One cell per line with a `|` line after every cell, the last of a row too, and nothing
 * else between rows: the header is the labels before the first number, and rows start
 * at their numbers (`序号` / `|` / `重点工作任务` / `|` / `责任单位` / `|` / `1` / `|` / …).
 * A group heading between rows (`(一)…重点工作`) is a heading when a number follows it.
 */
function readPipeStream(text: SourceText, cells: TableCell[], next: number): Table | undefined {
  let h = 0;
  for (; h < cells.length; h++) {
    const key = keyOf(text, cells[h]!);
    if (!isLabel(key) || NUMBER.test(key) || isGroupHeading(text, cells[h]!.start)) break;
  }
  const kinds = columnKinds(cells.slice(0, h).map((c) => keyOf(text, c)));
  // a header that left out its 序号 cell, the first number a cell or two below it (a
  // category cell merged over rows may stand before a row's number)
  if (!kinds.includes('seq') && numberWithin(text, cells, h, SEQ_LOOKAHEAD)) kinds.unshift('seq');
  if (h < 2 || kinds[0] !== 'seq' || !isResponsibilityHeader(kinds)) return undefined;
  const body = cells.slice(h).map((c, k, all) => {
    const after = all[k + 1];
    return after && NUMBER.test(keyOf(text, after)) && isGroupHeading(text, c.start)
      ? { ...c, heading: true }
      : c;
  });
  const alignRow = rowAligner(text, kinds);
  const rows = segmentRows(text, body, kinds.length).map((row): TableRow =>
    row.length === 1 && row[0]!.heading ? { kind: 'heading', cell: row[0]! } : alignRow(row),
  );
  return rows.some((r) => r.kind === 'row') ? { kinds, rows, next } : undefined;
}

// how many cells after a header its first row's number may stand
const SEQ_LOOKAHEAD = 2;

/** True when one of the `n` cells from `from` on is a bare number. */
function numberWithin(
  text: SourceText,
  cells: readonly TableCell[],
  from: number,
  n: number,
): boolean {
  for (let k = from; k < cells.length && k < from + n; k++) {
    if (NUMBER.test(keyOf(text, cells[k]!))) return true;
  }
  return false;
}

/**
 * Cells in a stream, rows starting at their number. `seqLeftOut`: the header may
 * lack its 序号 cell (`工作任务` / `牵头责任单位` / `进展情况` / `1` / …) when a number
 * follows it.
 */
function readStream(
  text: SourceText,
  index: number,
  form: StreamForm,
  seqLeftOut = false,
): Table | undefined {
  const piped = form === 'piped';
  const labels: string[] = [];
  let i = index;
  if (form === 'spaced') {
    for (const c of splitCells(text, lineAt(text, index), true)) {
      const label = keyOf(text, c);
      if (!isLabel(label)) return undefined;
      labels.push(label);
    }
    i = index + 1;
  }
  // a header closed by a line of bars: every row is closed so (see `readClosedRows`)
  let closed = false;
  for (; form !== 'spaced' && i < text.lineCount && labels.length <= MAX_HEADER; i++) {
    const line = lineAt(text, i);
    const filled = cellsOf(text, i, form).filter((c) => c.end > c.start);
    if (labels.length >= 2 && isBarLine(text, i)) {
      closed = true;
      i++;
      break;
    }
    if (filled.length === 0) continue;
    const label = keyOf(text, filled[0]!);
    if (filled.length > 1 || !isLabel(label) || cellKindOf(label) === 'number') break;
    // a group heading (`一、经济发展`) is the first row, not a header label
    if (isGroupHeading(text, filled[0]!.start)) break;
    if (!piped && hasSeparator(text.key, line.start, line.end)) break;
    labels.push(label);
  }
  if (closed) {
    // a second header row under columns split in two (`本月进展情况` over `前期手续 | 在建形象进度`)
    const sub = closedRowAt(text, i, piped);
    if (sub && sub.cells.length < labels.length && sub.cells.every((c) => isSubLabel(text, c))) {
      for (const c of sub.cells) labels.push(keyOf(text, c));
      i = sub.next;
    }
  }
  const kinds = columnKinds(form === 'spaced' ? labels : joinWrappedLabels(labels));
  if (seqLeftOut && !kinds.includes('seq') && !closed && startsWithNumber(text, i, form)) {
    kinds.unshift('seq');
  }
  if (kinds[0] !== 'seq' || !isResponsibilityHeader(kinds)) return undefined;
  if (closed) return readClosedRows(text, i, kinds, piped);
  // a 序号 column left empty in every row: rows are told apart by their cells' kinds
  const numbered = form === 'spaced' || startsWithNumber(text, i, form);
  const cells: TableCell[] = [];
  for (; i < text.lineCount; i++) {
    const line = lineAt(text, i);
    const [f, e] = trimRange(text.key, line.start, line.end);
    if (f >= e) continue;
    if (e - f > MAX_CELL) break;
    if (e - f <= 200 && isBoilerplateLine(text.key.slice(f, e))) break;
    const separated = hasSeparator(text.key, f, e);
    const heading = isGroupHeading(text, f);
    const lineCells =
      piped && separated
        ? splitCells(text, line)
        : form === 'spaced' && !heading
          ? splitCells(text, line, true)
          : [lineCell(text, line)];
    const filled = lineCells.filter((c) => c.end > c.start);
    if (numbered && filled.length === 1 && isGroupHeading(text, filled[0]!.start)) {
      if (!nextStartsRow(text, i, form)) break;
      const cell = filled[0]!;
      cells.push({ start: cell.start, end: cell.end, line: cell.line, heading: true });
      continue;
    }
    if (piped && !separated) break;
    for (const c of lineCells) cells.push(c);
  }
  const alignRow = rowAligner(text, kinds);
  const segmented = numbered
    ? segmentRows(text, cells, kinds.length)
    : segmentUnnumberedRows(cells, (c) => cellKindOf(keyOf(text, c)));
  const rows = segmented.map((row): TableRow =>
    row.length === 1 && row[0]!.heading ? { kind: 'heading', cell: row[0]! } : alignRow(row),
  );
  return rows.some((r) => r.kind === 'row') ? { kinds, rows, next: i } : undefined;
}

/**
 * Rows of one cell per line (each ending in `|`, or plain), each row closed by a line of bars
 * (`|`, `||`, `|||||`: one more bar than the cells its merged cells leave out),
 * as some portals flatten a web table with merged cells. A row printed with
 * fewer cells continues the group of the rows above it: cells spanning the
 * group's rows (its number, its 牵头单位) are printed on its first row only, and
 * `Table.spanning` says so. A group heading printed in a row before the row's own
 * numbered task (`(一)打通断头路… | 1.文化中心北路 | …`) heads the rows below.
 */
function readClosedRows(
  text: SourceText,
  from: number,
  kinds: ColumnKind[],
  piped: boolean,
): Table | undefined {
  const alignRow = rowAligner(text, kinds);
  const rows: TableRow[] = [];
  let i = from;
  for (let row = closedRowAt(text, i, piped); row; row = closedRowAt(text, i, piped)) {
    i = row.next;
    const cells = row.cells;
    const heading = cells.findIndex(
      (c, k) =>
        isGroupHeading(text, c.start) &&
        cells[k + 1] !== undefined &&
        cellKindOf(keyOf(text, cells[k + 1]!)) === 'numbered',
    );
    if (heading >= 0) rows.push({ kind: 'heading', cell: cells.splice(heading, 1)[0]! });
    if (cells.length === 1 && isGroupHeading(text, cells[0]!.start)) {
      rows.push({ kind: 'heading', cell: cells[0]! });
    } else if (cells.length > 0) rows.push(alignRow(cells));
  }
  return rows.some((r) => r.kind === 'row') ? { kinds, rows, next: i, spanning: true } : undefined;
}

/**
 * The filled cells of the closed row starting at line `i` (one cell per line,
 * each ending in `|` when `piped`, else plain) and the line after the bars that close it (the last row
 * may end without them); undefined when no such row starts there.
 */
function closedRowAt(
  text: SourceText,
  i: number,
  piped: boolean,
): { cells: TableCell[]; next: number } | undefined {
  const cells: TableCell[] = [];
  // the table's last row may end with the text, a blank line or a line of other text
  const ended = (j: number) => (cells.length > 0 ? { cells, next: j } : undefined);
  let j = i;
  for (; j < text.lineCount; j++) {
    const line = lineAt(text, j);
    const [f, e] = trimRange(text.key, line.start, line.end);
    if (f >= e) return ended(j);
    if (isBarLine(text, j)) {
      // one bar before more cells of the row is a blank cell (a merged one printed once)
      if (isRowEnd(text, j)) return ended(j + 1);
      cells.push({ start: f, end: f, line });
      continue;
    }
    if (e - f > MAX_CELL || hasSeparator(text.key, f, e) !== piped) return ended(j);
    if (e - f <= 200 && isBoilerplateLine(text.key.slice(f, e))) return ended(j);
    if (!piped) cells.push({ start: f, end: e, line });
    else for (const c of splitCells(text, line)) if (c.end > c.start) cells.push(c);
  }
  return ended(j);
}

/**
 * True when the bar line `j` closes its row: two bars or more, or one bar before
 * the next row's number (`2`, `二`, `2.乐业路`, `(二)…`), a blank line or the end.
 */
function isRowEnd(text: SourceText, j: number): boolean {
  const f = firstNonSpace(text.key, text.starts[j]!, text.ends[j]!);
  if (text.key.charCodeAt(f + 1) === 0x7c) return true;
  const next = j + 1;
  if (next >= text.lineCount) return true;
  const [s, e] = trimRange(text.key, text.starts[next]!, text.ends[next]!);
  if (s >= e) return true;
  const first = splitCells(text, lineAt(text, next))[0];
  if (!first) return true;
  const key = keyOf(text, first);
  const kind = cellKindOf(key);
  return kind === 'number' || kind === 'numbered' || kind === 'heading' || GROUP_NUMBER.test(key);
}

/** A group's number printed alone in its cell (`二`). */
const GROUP_NUMBER = /^[一二三四五六七八九十]{1,3}$/u;

/** A label of a second header row: short, and no number, numbered entry, date or unit name. */
function isSubLabel(text: SourceText, cell: TableCell): boolean {
  const key = keyOf(text, cell);
  const kind = cellKindOf(key);
  return isLabel(key) && columnKindOf(key) !== 'seq' && (kind === 'text' || kind === 'person');
}

/** True when line `i` holds only `|` bars (one or more); allocates nothing. */
function isBarLine(text: SourceText, i: number): boolean {
  const f = firstNonSpace(text.key, text.starts[i]!, text.ends[i]!);
  const e = text.ends[i]!;
  if (f >= e) return false;
  for (let p = f; p < e; p++) {
    const c = text.key.charCodeAt(p);
    if (c !== 0x7c && !isSpaceCode(c)) return false;
  }
  return true;
}

/** True when the first cell after the header, on line `i` or below, is a number (序号). */
function startsWithNumber(text: SourceText, i: number, form: StreamForm): boolean {
  const j = nextFilled(text, i - 1);
  if (j < 0) return false;
  const first = cellsOf(text, j, form).find((c) => c.end > c.start);
  return first !== undefined && cellKindOf(keyOf(text, first)) === 'number';
}

function cellsOf(text: SourceText, i: number, form: StreamForm): TableCell[] {
  const line = lineAt(text, i);
  return form === 'lines' ? [lineCell(text, line)] : splitCells(text, line, form === 'spaced');
}

/** A heading of a group of rows: numbered 一、 （一） 第一章 and the like. */
function isGroupHeading(text: SourceText, f: number): boolean {
  const numbering = readNumbering(text.key, f);
  return numbering !== undefined && numbering.rank <= 3;
}

function nextHasSeparator(text: SourceText, i: number): boolean {
  const j = nextFilled(text, i);
  return j >= 0 && hasSeparator(text.key, lineAt(text, j).start, lineAt(text, j).end);
}

function nextStartsRow(text: SourceText, i: number, form: StreamForm): boolean {
  const j = nextFilled(text, i);
  if (j < 0) return false;
  const first = cellsOf(text, j, form).find((c) => c.end > c.start);
  return first !== undefined && cellKindOf(keyOf(text, first)) === 'number';
}

/** The next line with text, of the next three, or -1; allocates nothing. */
function nextFilled(text: SourceText, i: number): number {
  for (let j = i + 1; j < text.lineCount && j <= i + 3; j++) {
    if (firstNonSpace(text.key, text.starts[j]!, text.ends[j]!) < text.ends[j]!) return j;
  }
  return -1;
}

/**
 * Aligns rows with the columns. Rows of one table mostly share a shape: a row
 * with empty cells (a merged cell printed once, a blank) takes the alignment of
 * an earlier row of as many cells with fewer blanks, unless its own best
 * alignment fits clearly better, so that the blanks keep their columns.
 */
function rowAligner(
  text: SourceText,
  kinds: ColumnKind[],
): (cells: TableCell[]) => Extract<TableRow, { kind: 'row' }> {
  const byLength = new Map<number, { blanks: number; columns: number[] }>();
  return (cells) => {
    const cellKinds = cells.map((c) => cellKindOf(keyOf(text, c)));
    const blanks = cellKinds.filter((k) => k === 'empty').length;
    let columns = alignCells(cellKinds, kinds);
    const shape = byLength.get(cells.length);
    if (
      shape &&
      shape.blanks < blanks &&
      alignmentCost(cellKinds, kinds, shape.columns) <=
        alignmentCost(cellKinds, kinds, columns) + SHAPE_BONUS
    ) {
      columns = [...shape.columns];
    }
    if (!shape || blanks < shape.blanks) byLength.set(cells.length, { blanks, columns });
    return { kind: 'row', cells, columns: withSubRows(cellKinds, kinds, columns) };
  };
}

/**
 * A row whose task cell is merged over several sub-rows prints, after its last
 * column, more cells from its unit column on (`3` / task / `市农业农村局` /
 * progress / `市人社局` / progress): each such run is aligned with the columns
 * from the first unit column, so its units are the row's too. Cells after the
 * last column that do not start with units (a sub-row with a task of its own)
 * stay left out.
 */
function withSubRows(cellKinds: CellKind[], kinds: ColumnKind[], columns: number[]): number[] {
  const unitColumn = kinds.findIndex((k) => k === 'lead' || k === 'member');
  if (unitColumn < 0) return columns;
  let out = columns;
  for (;;) {
    let last = out.length - 1;
    while (last >= 0 && out[last]! < 0) last--;
    const first = last + 1;
    if (last < 0 || first >= out.length || out[last]! < unitColumn) return out;
    if (cellKinds[first] !== 'units') return out;
    const sub = alignCells(cellKinds.slice(first), kinds.slice(unitColumn));
    if (sub[0]! < 0) return out;
    out = [...out.slice(0, first), ...sub.map((j) => (j < 0 ? -1 : j + unitColumn))];
  }
}

// how much worse a row's fit may be and still keep the table's shape
const SHAPE_BONUS = 1;

function keyOf(text: SourceText, cell: TableCell): string {
  return text.key.slice(cell.start, cell.end);
}

// a header row printed with spaces between its labels starts with its 序号
const SEQ_FIRST_CHARS = new Set(SEQ_WORDS.map((w) => w.charCodeAt(0)));
const SPACED_HEADER = new RegExp(`(?:${SEQ_WORDS.join('|')})[ \\t]+\\S`, 'uy');

/** True when [f, e) of folded text is a label naming a task column (工作任务, 重点任务). */
function isTaskLabel(key: string, f: number, e: number): boolean {
  const label = key.slice(f, e);
  return isLabel(label) && columnKindOf(label) === 'task';
}

function isSeqLabel(label: string): boolean {
  return label.length <= 4 && columnKindOf(label) === 'seq';
}

function isLabel(label: string): boolean {
  return label.length >= 1 && label.length <= MAX_LABEL && !NOT_LABEL.test(label);
}
