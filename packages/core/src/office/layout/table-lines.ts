import { cellKindOf } from '../../parse/table/cell-kind.js';
import {
  columnKinds,
  isResponsibilityHeader,
  type ColumnKind,
} from '../../parse/table/column-kind.js';
import type { OfficeCell, OfficeTable } from '../office-document.js';
import { lineText } from './line-text.js';

/** Where a cell's text stands in a line (code units, end exclusive), and where it is in the file. */
export interface CellSpan {
  start: number;
  end: number;
  place: string;
}

/** A line of a document's text and where it came from. */
export interface PlacedLine {
  text: string;
  place: string;
  /** for a table row: each cell's span in `text` */
  cells?: CellSpan[];
}

const MAX_LABEL = 20;
// a sheet's header may stand below a notice of some rows; a table's is near its top
const HEADER_SEARCH = 200;

/**
 * A table's rows as the plan reader reads tables: one line per row, cells
 * between `|`. Merged cells are resolved by what they mean in a task table:
 *
 * - rows above the header (a title merged across the table) are lines of text;
 * - the header keeps merged cells blank (a label over two columns, a label
 *   down two rows), as the reader's two-row headers are written;
 * - below it, a cell merged down is filled into every row it covers (a
 *   section, a lead unit), except the number cell (序号): rows under one
 *   number are one task, and are joined;
 * - a row of one cell across the table is a heading between rows, and so
 *   is each value of a column of sections (see `sectionColumn`);
 * - a table of one column (a frame around text) is its paragraphs.
 */
export function tableLines(table: OfficeTable): PlacedLine[] {
  const used = usedColumns(table);
  if (used.length === 0) return [];
  if (used.length === 1) return paragraphLines(table);
  const header = findHeader(table, used);
  const lines: PlacedLine[] = [];
  for (let r = 0; r < (header ? header.start : table.rows.length); r++) {
    lines.push(...looseRow(table.rows[r]!, used));
  }
  if (!header) return lines;
  const firstData = header.end;
  const section = sectionColumn(table, used, header);
  const columns = used.filter((c) => c !== section);
  for (let r = header.start; r < firstData; r++) {
    lines.push(rowLine(columns.map((c) => ownText(table.rows[r]![c]!))));
  }
  let group: { row: number; cells: PlacedCell[] } | undefined;
  let heading = '';
  const flush = () => {
    if (group) lines.push(rowLine(group.cells));
    group = undefined;
  };
  for (let r = firstData; r < table.rows.length; r++) {
    const row = table.rows[r]!;
    const across = headingOf(row, used, r);
    if (across) {
      flush();
      heading = lineText(across.text);
      lines.push(rowLine([ownText(across)]));
      continue;
    }
    if (section !== undefined) {
      // a section's cell, merged down its rows or repeated on each, heads them
      const cell = dataCell(table, r, section, firstData);
      if (cell.text !== '' && cell.text !== heading) {
        flush();
        heading = cell.text;
        lines.push(rowLine([cell]));
      }
    }
    const cells = columns.map((c) => dataCell(table, r, c, firstData));
    if (cells.every((c) => c.text === '')) continue;
    const from = header.seq === undefined ? undefined : row[header.seq]?.mergedFrom;
    if (group && from && from[0] >= firstData && from[0] === group.row) {
      // another row under the same number: the same task, read on
      columns.forEach((c, k) => {
        if (row[c]!.mergedFrom || cells[k]!.text === '') return;
        const into = group!.cells[k]!;
        group!.cells[k] = {
          text: into.text === '' ? cells[k]!.text : `${into.text} ${cells[k]!.text}`,
          place: into.place,
        };
      });
      continue;
    }
    flush();
    group = { row: r, cells };
  }
  flush();
  return lines;
}

interface PlacedCell {
  text: string;
  place: string;
}

/**
 * A row outside the task table (a title or a notice above it, a sheet of
 * notes): one text is a line of its own; several are cells between `|`.
 */
function looseRow(row: readonly OfficeCell[], used: readonly number[]): PlacedLine[] {
  const own = distinct(used.map((c) => row[c]!).filter(isOwn));
  if (own.length === 0) return [];
  if (own.length === 1) return [{ text: lineText(own[0]!.text), place: own[0]!.place }];
  return [rowLine(own.map(ownText))];
}

/** The columns that hold any text: empty columns (a sheet's margins) are left out. */
function usedColumns(table: OfficeTable): number[] {
  const width = table.rows[0]?.length ?? 0;
  const used: number[] = [];
  for (let c = 0; c < width; c++) {
    if (table.rows.some((row) => !row[c]!.mergedFrom && row[c]!.text.trim() !== '')) used.push(c);
  }
  return used;
}

/**
 * The header: the first row (of the first few) whose labels name a task
 * table's columns, with the row below when cells merge down into it (a
 * header on two rows). `seq` is the grid column of the number (序号).
 */
function findHeader(
  table: OfficeTable,
  used: readonly number[],
): { start: number; end: number; seq?: number } | undefined {
  const rows = table.rows;
  for (let r = 0; r < Math.min(rows.length, HEADER_SEARCH); r++) {
    const labels = used.map((c) => ownText(rows[r]![c]!).text.replace(/\s+/gu, ''));
    const filled = labels.filter((l) => l !== '');
    if (filled.length < 2 || filled.some((l) => l.length > MAX_LABEL)) continue;
    const kinds = columnKinds(labels);
    if (!isResponsibilityHeader(kinds)) continue;
    const below = rows[r + 1];
    const twoRows = below?.some(
      (cell) => cell.mergedFrom !== undefined && cell.mergedFrom[0] === r,
    );
    const k = kinds.indexOf('seq');
    return { start: r, end: twoRows ? r + 2 : r + 1, ...(k >= 0 ? { seq: used[k]! } : {}) };
  }
  return undefined;
}

const SECTION_KINDS: ReadonlySet<ColumnKind> = new Set(['category', 'task', 'other']);
const MAX_SECTION = 30;

/**
 * The column that groups the rows into sections, if one does: among the
 * first two columns after the number, one (a 类别, 领域 or 重点领域 column)
 * whose cells are merged down over rows or repeated row after row, so that
 * it holds at most half as many values as there are rows, each short and
 * none a list of units. Merged cells are the usual way a section is
 * written in a task table.
 */
function sectionColumn(
  table: OfficeTable,
  used: readonly number[],
  header: { start: number; end: number; seq?: number },
): number | undefined {
  const rows = table.rows.length - header.end;
  if (rows < 2) return undefined;
  const labels = used.map((c) => ownText(table.rows[header.start]![c]!).text.replace(/\s+/gu, ''));
  const kinds = columnKinds(labels);
  const candidates = used
    .filter((c, k) => c !== header.seq && SECTION_KINDS.has(kinds[k]!))
    .slice(0, 2);
  for (const c of candidates) {
    const values: string[] = [];
    let merged = 0;
    for (let r = header.end; r < table.rows.length; r++) {
      const cell = table.rows[r]![c]!;
      if (cell.mergedFrom?.[1] === c && cell.mergedFrom[0] >= header.end) merged++;
      const text = dataCell(table, r, c, header.end).text;
      if (text !== '' && values[values.length - 1] !== text) values.push(text);
    }
    const short = values.every((v) => v.length <= MAX_SECTION && cellKindOf(v) !== 'units');
    const grouped = values.length > 0 && values.length * 2 <= rows;
    if (short && grouped && (merged > 0 || kinds[used.indexOf(c)] === 'category')) return c;
  }
  return undefined;
}

/** A cell of a data row: a cell merged down from a data row above takes its text. */
function dataCell(table: OfficeTable, r: number, c: number, firstData: number): PlacedCell {
  const cell = table.rows[r]![c]!;
  const from = cell.mergedFrom;
  if (!from) return ownText(cell);
  const [fr, fc] = from;
  if (fc !== c || fr >= r || fr < firstData) return { text: '', place: cell.place };
  return { text: lineText(table.rows[fr]![fc]!.text), place: table.rows[fr]![fc]!.place };
}

/** The one cell of a row that spans the whole table, or undefined. */
function headingOf(
  row: readonly OfficeCell[],
  used: readonly number[],
  r: number,
): OfficeCell | undefined {
  const first = row[used[0]!]!;
  if (first.mergedFrom || first.text.trim() === '') return undefined;
  const across = used
    .slice(1)
    .every((c) => row[c]!.mergedFrom?.[0] === r && row[c]!.mergedFrom?.[1] === used[0]);
  return across ? first : undefined;
}

function isOwn(cell: OfficeCell): boolean {
  return !cell.mergedFrom && cell.text.trim() !== '';
}

function ownText(cell: OfficeCell): PlacedCell {
  return { text: cell.mergedFrom ? '' : lineText(cell.text), place: cell.place };
}

function distinct(cells: OfficeCell[]): OfficeCell[] {
  const seen = new Set<string>();
  return cells.filter((c) => !seen.has(c.text) && seen.add(c.text));
}

/** `| a | b |`, with each cell's span. */
function rowLine(cells: readonly PlacedCell[]): PlacedLine {
  let text = '|';
  const spans: CellSpan[] = [];
  for (const cell of cells) {
    text += ' ';
    const start = text.length;
    text += cell.text.replace(/\|/gu, '｜');
    spans.push({ start, end: text.length, place: cell.place });
    text += ' |';
  }
  return { text, place: cells[0]?.place ?? '', cells: spans };
}

/** A one-column table's cells as the paragraphs they hold. */
function paragraphLines(table: OfficeTable): PlacedLine[] {
  const lines: PlacedLine[] = [];
  for (const row of table.rows) {
    for (const cell of row) {
      if (!isOwn(cell)) continue;
      for (const p of cell.paragraphs ?? [cell.text]) {
        const text = lineText(p);
        if (text !== '') lines.push({ text, place: cell.place });
      }
    }
  }
  return lines;
}
