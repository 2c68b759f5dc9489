import type { PdfRule } from './page-rules.js';
import type { PdfTextItem } from './pdf-text.js';

/** A table found on a page from its rules: the grid's edges and its cells, merged where a rule is missing. */
export interface PdfGrid {
  /** column edges, left to right */
  xs: number[];
  /** row edges, top to bottom (y falls) */
  ys: number[];
  /** the merged cells: top left row and column and how far each spans */
  cells: { row: number; column: number; rowSpan: number; colSpan: number }[];
}

// rules closer than this are one rule; a rule reaching within this of another meets it
const JOIN = 2;
// a segment shorter than this is a tick, not a rule
const MIN_RULE = 4;

interface Segment {
  at: number;
  from: number;
  to: number;
}

/**
 * The tables a page's rules draw: rules that meet make a network; one with
 * at least three horizontal and three vertical lines is a table of at least
 * two rows and two columns. Its grid is every rule's position; a cell whose
 * right or bottom rule is missing is merged with its neighbour (how Word,
 * LibreOffice and browsers draw merged cells).
 */
export function pdfGrids(rules: readonly PdfRule[]): PdfGrid[] {
  const h = joinSegments(
    rules
      .filter((r) => Math.abs(r.y1 - r.y0) < JOIN)
      .map((r) => ({ at: r.y0, from: r.x0, to: r.x1 })),
  );
  const v = joinSegments(
    rules
      .filter((r) => Math.abs(r.x1 - r.x0) < JOIN)
      .map((r) => ({ at: r.x0, from: r.y0, to: r.y1 })),
  );
  // networks of rules that meet
  const parent = [...h, ...v].map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  h.forEach((a, i) =>
    v.forEach((b, k) => {
      if (
        b.at >= a.from - JOIN &&
        b.at <= a.to + JOIN &&
        a.at >= b.from - JOIN &&
        a.at <= b.to + JOIN
      ) {
        parent[find(i)] = find(h.length + k);
      }
    }),
  );
  const networks = new Map<number, { h: Segment[]; v: Segment[] }>();
  h.forEach((s, i) => {
    const n = networks.get(find(i)) ?? { h: [], v: [] };
    n.h.push(s);
    networks.set(find(i), n);
  });
  v.forEach((s, k) => {
    const n = networks.get(find(h.length + k)) ?? { h: [], v: [] };
    n.v.push(s);
    networks.set(find(h.length + k), n);
  });
  const grids: PdfGrid[] = [];
  for (const n of networks.values()) {
    const ys = positions(n.h).sort((a, b) => b - a);
    const xs = positions(n.v).sort((a, b) => a - b);
    // two rows or more; one row when it may go on a table from the page before
    if (ys.length < 2 || xs.length < 3) continue;
    grids.push({ xs, ys, cells: mergedCells(xs, ys, n.h, n.v) });
  }
  return grids;
}

/** Collinear segments that overlap or touch joined, ticks dropped. */
function joinSegments(segments: Segment[]): Segment[] {
  const sorted = [...segments].sort((a, b) => a.at - b.at || a.from - b.from);
  const out: Segment[] = [];
  for (const s of sorted) {
    const last = out.findLast((o) => Math.abs(o.at - s.at) < JOIN && s.from <= o.to + JOIN);
    if (last) last.to = Math.max(last.to, s.to);
    else out.push({ ...s });
  }
  return out.filter((s) => s.to - s.from >= MIN_RULE);
}

/** The distinct positions of segments (within `JOIN` of each other: one). */
function positions(segments: readonly Segment[]): number[] {
  const out: number[] = [];
  for (const at of segments.map((s) => s.at).sort((a, b) => a - b)) {
    if (out.length === 0 || at - out[out.length - 1]! >= JOIN) out.push(at);
  }
  return out;
}

function covered(segments: readonly Segment[], at: number, from: number, to: number): boolean {
  const mid = (from + to) / 2;
  return segments.some((s) => Math.abs(s.at - at) < JOIN && s.from <= mid && s.to >= mid);
}

/** The grid's cells, merged across a missing rule, as rectangles of grid cells. */
function mergedCells(xs: number[], ys: number[], h: Segment[], v: Segment[]): PdfGrid['cells'] {
  const rows = ys.length - 1;
  const columns = xs.length - 1;
  const id = (r: number, c: number) => r * columns + c;
  const parent = Array.from({ length: rows * columns }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      if (c + 1 < columns && !covered(v, xs[c + 1]!, ys[r + 1]!, ys[r]!)) {
        parent[find(id(r, c + 1))] = find(id(r, c));
      }
      if (r + 1 < rows && !covered(h, ys[r + 1]!, xs[c]!, xs[c + 1]!)) {
        parent[find(id(r + 1, c))] = find(id(r, c));
      }
    }
  }
  const boxes = new Map<number, { r0: number; c0: number; r1: number; c1: number }>();
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      const root = find(id(r, c));
      const box = boxes.get(root);
      if (!box) boxes.set(root, { r0: r, c0: c, r1: r, c1: c });
      else {
        box.r1 = Math.max(box.r1, r);
        box.c1 = Math.max(box.c1, c);
        box.r0 = Math.min(box.r0, r);
        box.c0 = Math.min(box.c0, c);
      }
    }
  }
  return [...boxes.values()].map((b) => ({
    row: b.r0,
    column: b.c0,
    rowSpan: b.r1 - b.r0 + 1,
    colSpan: b.c1 - b.c0 + 1,
  }));
}

/** The grid cell a text run stands in (by its middle), or undefined when it is outside the grid. */
export function cellOf(
  grid: PdfGrid,
  item: PdfTextItem,
): { row: number; column: number } | undefined {
  const x = item.x + item.w / 2;
  const y = item.y + item.size * 0.3;
  const { xs, ys } = grid;
  if (x < xs[0]! || x > xs[xs.length - 1]! || y > ys[0]! || y < ys[ys.length - 1]!)
    return undefined;
  let column = xs.findIndex((edge, i) => i > 0 && x <= edge) - 1;
  let row = ys.findIndex((edge, i) => i > 0 && y >= edge) - 1;
  if (column < 0) column = 0;
  if (row < 0) row = 0;
  return { row, column };
}
