import { readNumbering } from '../numbering/read-numbering.js';
import type { SourceLine, SourceText } from '../text/source-text.js';
import { alignCells } from './align-cells.js';
import { cellKindOf } from './cell-kind.js';
import {
  columnKindOf,
  columnKinds,
  isResponsibilityHeader,
  type ColumnKind,
} from './column-kind.js';

/** A cell: its trimmed range in the source text. */
export interface TableCell {
  start: number;
  end: number;
  line: SourceLine;
}

/** A data row: its cells and, for each cell, the column it belongs to (-1: none). */
export interface TableRow {
  cells: TableCell[];
  columns: number[];
}

/** A responsibility table read from flattened text. */
export interface Table {
  kinds: ColumnKind[];
  rows: TableRow[];
  /** index of the first line after the table */
  next: number;
}

const MAX_HEADER = 16;
const MAX_LABEL = 20;
const MAX_CELL = 2000;
const NOT_LABEL = /[。,;:!?]/u;

/**
 * Reads a responsibility table starting at line `index`, or returns undefined.
 * Three flattenings are read:
 * - one row per line, cells split by `|` (`烟花爆竹 | 1月份 | 安监站 安监所 |`);
 * - one cell per line, each ending in `|`;
 * - one cell per line, no separators (cells of a Word table pasted as text).
 * The header row decides the columns (see `columnKindOf`); rows of one cell per
 * line start at their number cell (序号), so the header must begin with 序号.
 */
export function readTable(text: SourceText, index: number): Table | undefined {
  const line = text.lines[index]!;
  const [f, e] = trimRange(text.key, line.start, line.end);
  if (f >= e || e - f > 400) return undefined;
  if (hasPipe(text.key, f, e)) {
    const cells = pipeCells(text, line).filter((c) => c.end > c.start);
    if (cells.length >= 2) return readPipeRows(text, index, cells);
    const only = cells[0];
    if (cells.length === 1 && isSeqLabel(text.key.slice(only!.start, only!.end)))
      return readStream(text, index, true);
    return undefined;
  }
  return isLabel(text.key, f, e) && isSeqLabel(text.key.slice(f, e))
    ? readStream(text, index, false)
    : undefined;
}

function readPipeRows(text: SourceText, index: number, header: TableCell[]): Table | undefined {
  const labels = header.map((c) => text.key.slice(c.start, c.end));
  if (!labels.every((l) => l.length <= MAX_LABEL && !NOT_LABEL.test(l))) return undefined;
  const kinds = columnKinds(labels);
  if (!isResponsibilityHeader(kinds)) return undefined;
  const rows: TableRow[] = [];
  let i = index + 1;
  for (; i < text.lines.length; i++) {
    const line = text.lines[i]!;
    const [f, e] = trimRange(text.key, line.start, line.end);
    if (f >= e) continue;
    if (!hasPipe(text.key, f, e)) break;
    const cells = pipeCells(text, line);
    if (cells.every((c) => c.end === c.start)) continue;
    rows.push(alignRow(text, cells, kinds));
  }
  return rows.length > 0 ? { kinds, rows, next: i } : undefined;
}

function readStream(text: SourceText, index: number, piped: boolean): Table | undefined {
  const labels: string[] = [];
  let i = index;
  for (; i < text.lines.length && labels.length <= MAX_HEADER; i++) {
    const line = text.lines[i]!;
    const cells = piped ? pipeCells(text, line) : [trimmed(text, line)];
    const filled = cells.filter((c) => c.end > c.start);
    if (filled.length === 0) continue;
    if (filled.length > 1) break;
    const cell = filled[0]!;
    const label = text.key.slice(cell.start, cell.end);
    if (!isLabel(text.key, cell.start, cell.end) || cellKindOf(label) === 'number') break;
    if (!piped && hasPipe(text.key, cell.start, cell.end)) break;
    labels.push(label);
  }
  const kinds = columnKinds(labels);
  if (kinds[0] !== 'seq' || !isResponsibilityHeader(kinds)) return undefined;
  const cells: TableCell[] = [];
  for (; i < text.lines.length; i++) {
    const line = text.lines[i]!;
    const [f, e] = trimRange(text.key, line.start, line.end);
    if (f >= e) continue;
    if (e - f > MAX_CELL || endsStream(text, f, e, piped)) break;
    if (piped) cells.push(...pipeCells(text, line));
    else cells.push({ start: f, end: e, line });
  }
  const rows = segmentRows(text, cells, kinds.length).map((row) => alignRow(text, row, kinds));
  return rows.length > 0 ? { kinds, rows, next: i } : undefined;
}

/** Groups a stream of cells into rows, each starting at its number cell. */
function segmentRows(text: SourceText, cells: TableCell[], width: number): TableCell[][] {
  const rows: TableCell[][] = [];
  let previous = -1;
  for (const cell of cells) {
    const key = text.key.slice(cell.start, cell.end);
    const current = rows[rows.length - 1];
    if (cellKindOf(key) === 'number') {
      const value = parseInt(key, 10);
      const next =
        previous < 0 ||
        value === previous + 1 ||
        (value > previous && (current?.length ?? 0) >= width);
      if (next) {
        rows.push([cell]);
        previous = value;
        continue;
      }
    }
    current?.push(cell);
  }
  return rows;
}

function endsStream(text: SourceText, f: number, e: number, piped: boolean): boolean {
  if (piped) return !hasPipe(text.key, f, e);
  const numbering = readNumbering(text.key, f);
  return numbering !== undefined && numbering.rank <= 3;
}

function alignRow(text: SourceText, cells: TableCell[], kinds: ColumnKind[]): TableRow {
  const cellKinds = cells.map((c) => cellKindOf(text.key.slice(c.start, c.end)));
  return { cells, columns: alignCells(cellKinds, kinds) };
}

/** Cells of a `|`-separated line; a leading or trailing `|` does not make an empty cell. */
function pipeCells(text: SourceText, line: SourceLine): TableCell[] {
  const [f, e] = trimRange(text.key, line.start, line.end);
  const bounds: [number, number][] = [];
  let start = f;
  for (let i = f; i < e; i++) {
    if (text.key[i] === '|') {
      bounds.push([start, i]);
      start = i + 1;
    }
  }
  bounds.push([start, e]);
  if (bounds.length > 1 && bounds[0]![0] === bounds[0]![1]) bounds.shift();
  const last = bounds[bounds.length - 1]!;
  if (bounds.length > 1 && last[0] === last[1]) bounds.pop();
  return bounds.map(([a, b]) => {
    const [s, t] = trimRange(text.key, a, b);
    return { start: s, end: t, line };
  });
}

/** True when `|` occurs in [s, e). */
function hasPipe(key: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (key.charCodeAt(i) === 0x7c) return true;
  return false;
}

function trimmed(text: SourceText, line: SourceLine): TableCell {
  const [s, e] = trimRange(text.key, line.start, line.end);
  return { start: s, end: e, line };
}

function isSeqLabel(label: string): boolean {
  return columnKindOf(label) === 'seq';
}

function isLabel(key: string, s: number, e: number): boolean {
  if (e - s < 1 || e - s > MAX_LABEL) return false;
  return !NOT_LABEL.test(key.slice(s, e));
}

export function trimRange(key: string, s: number, e: number): [number, number] {
  while (s < e && /\s/u.test(key[s]!)) s++;
  while (e > s && /\s/u.test(key[e - 1]!)) e--;
  return [s, e];
}
