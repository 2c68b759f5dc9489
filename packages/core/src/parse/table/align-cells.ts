import type { CellKind } from './cell-kind.js';
import type { ColumnKind } from './column-kind.js';

// How well a cell fits a column: 0 is a perfect fit. Units never go to person
// columns and names never to unit columns unless nothing else fits.
const FIT: Record<CellKind, Record<ColumnKind, number>> = {
  empty: {
    seq: 0.8,
    category: 0.1,
    task: 0.9,
    lead: 0.2,
    member: 0.2,
    person: 0.2,
    deadline: 0.2,
    object: 0.1,
    other: 0.1,
  },
  number: {
    seq: 0,
    category: 3,
    task: 1.5,
    lead: 3,
    member: 3,
    person: 3,
    deadline: 1,
    object: 3,
    other: 0.3,
  },
  units: {
    seq: 3,
    category: 2,
    task: 0.8,
    lead: 0,
    member: 0,
    person: 3,
    deadline: 2,
    object: 0,
    other: 0.6,
  },
  person: {
    seq: 3,
    category: 0.5,
    task: 1.2,
    lead: 2.5,
    member: 2.5,
    person: 0,
    deadline: 1,
    object: 2,
    other: 0.5,
  },
  deadline: {
    seq: 3,
    category: 2,
    task: 1,
    lead: 2.5,
    member: 2.5,
    person: 3,
    deadline: 0,
    object: 2,
    other: 0.4,
  },
  heading: {
    seq: 3,
    category: 0,
    task: 0.6,
    lead: 3,
    member: 3,
    person: 3,
    deadline: 2,
    object: 3,
    other: 0.3,
  },
  numbered: {
    seq: 3,
    category: 2,
    task: 0,
    lead: 3,
    member: 3,
    person: 3,
    deadline: 2,
    object: 3,
    other: 0.5,
  },
  text: {
    seq: 3,
    category: 1,
    task: 0,
    lead: 2.5,
    member: 2.5,
    person: 3,
    deadline: 1,
    object: 1,
    other: 0.3,
  },
};
const SKIP_COLUMN: Record<ColumnKind, number> = {
  seq: 3,
  // a category is printed on the first row of its group only
  category: 0.2,
  task: 3,
  lead: 0.7,
  member: 0.7,
  person: 0.7,
  deadline: 0.7,
  object: 0.7,
  // notes, progress, phone numbers: often left out of a row
  other: 0.3,
};
const SKIP_CELL = 1;
// Cells after the last column (a sub-row without its own number) are cheaper to
// leave out than cells inside the row, so ties keep the row's own cells.
const SKIP_TRAILING_CELL = 0.9;
const SKIP_EMPTY_CELL = 0.1;
// A text cell before the task column is filled is most likely the task itself:
// leaving it out for a later one (the 建设内容 after the 项目名称) costs more.
const SKIP_TASK_TEXT = 1.5;
const EXTEND_UNITS = 0.05;
const LATER = 0.001;

/**
 * Aligns a row's cells with the header's columns when they do not line up one to
 * one (a missing cell, a unit list spread over several cells, a sub-row): the
 * cheapest alignment by how well each cell fits each column. Returns, for each
 * cell, its column index or -1 for a cell left out.
 *
 * O(cells × columns).
 */
export function alignCells(cells: readonly CellKind[], columns: readonly ColumnKind[]): number[] {
  // rows of one table mostly share a shape: remember the answer per shape
  const shape = `${cells.join(',')}|${columns.join(',')}`;
  let known = aligned.get(shape);
  if (!known) {
    if (aligned.size > MAX_REMEMBERED) aligned.clear();
    known = align(cells, columns);
    aligned.set(shape, known);
  }
  return [...known];
}

const aligned = new Map<string, number[]>();

/**
 * What an alignment costs, by the same measure `alignCells` minimises: how well
 * each cell fits its column, cells left out, columns left without a cell.
 */
export function alignmentCost(
  cells: readonly CellKind[],
  columns: readonly ColumnKind[],
  alignment: readonly number[],
): number {
  let cost = 0;
  const used = new Set<number>();
  // the columns filled so far: a cell left out is priced by where it falls
  let next = 0;
  alignment.forEach((j, i) => {
    const cell = cells[i]!;
    if (j < 0) cost += skipCost(cell, next, columns);
    else {
      cost += used.has(j) ? EXTEND_UNITS : FIT[cell][columns[j]!];
      used.add(j);
      next = j + 1;
    }
  });
  columns.forEach((kind, j) => {
    if (!used.has(j)) cost += SKIP_COLUMN[kind];
  });
  return cost;
}
const MAX_REMEMBERED = 2_000;

/** What leaving out a cell costs when `next` columns are filled before it. */
function skipCost(cell: CellKind, next: number, columns: readonly ColumnKind[]): number {
  if (cell === 'empty') return SKIP_EMPTY_CELL;
  if (next === columns.length) return SKIP_TRAILING_CELL;
  if ((cell === 'text' || cell === 'numbered') && next <= columns.indexOf('task')) {
    return SKIP_TASK_TEXT;
  }
  return SKIP_CELL;
}

function align(cells: readonly CellKind[], columns: readonly ColumnKind[]): number[] {
  const n = cells.length;
  const m = columns.length;
  const w = m + 1;
  const cost = new Float64Array((n + 1) * w).fill(Infinity);
  const move = new Uint8Array((n + 1) * w); // 1 match, 2 skip column, 3 skip cell, 4 extend
  cost[0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      const here = cost[i * w + j]!;
      if (here === Infinity) continue;
      // a missing cell is taken to be a later column rather than an earlier one
      if (j < m) relax(i * w + j + 1, here + SKIP_COLUMN[columns[j]!] + LATER * (m - j), 2);
      if (i < n) {
        const cell = cells[i]!;
        if (j < m) relax((i + 1) * w + j + 1, here + FIT[cell][columns[j]!], 1);
        const previous = j > 0 ? columns[j - 1] : undefined;
        const extendable =
          (previous === 'lead' || previous === 'member') && (cell === 'units' || cell === 'empty');
        const assigned = move[i * w + j] === 1 || move[i * w + j] === 4;
        if (extendable && assigned) {
          relax((i + 1) * w + j, here + EXTEND_UNITS, 4);
        }
        relax((i + 1) * w + j, here + skipCost(cell, j, columns), 3);
      }
    }
  }
  const out = new Array<number>(n).fill(-1);
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const step = move[i * w + j];
    if (step === 1) out[--i] = --j;
    else if (step === 2) j--;
    else if (step === 4) out[--i] = j - 1;
    else i--;
  }
  return out;

  function relax(to: number, value: number, how: number): void {
    if (value < cost[to]!) {
      cost[to] = value;
      move[to] = how;
    }
  }
}
