import { topSectionOf, type Incidence } from '@remit/core/model';
import { textWidth, truncateText } from '../shared/text-width.js';
import { heatmapGrid } from './heatmap.grid.js';
import { CORRECTED_MARK } from './heatmap.model.js';
import type {
  HeatmapBand,
  HeatmapBar,
  HeatmapCell,
  HeatmapColor,
  HeatmapColumn,
  HeatmapLayout,
  HeatmapRow,
} from './heatmap.model.js';
import { round2 } from '../shared/round2.js';

export type * from './heatmap.model.js';

/** Display order as positions into the plan's items and units (see `heatmapOrder`). */
export interface HeatmapOrder {
  items: readonly number[];
  units: readonly number[];
}

export interface HeatmapLayoutOptions {
  /** default: document order */
  order?: HeatmapOrder;
  /** rows under a heading per section (default true); within a section rows keep `order` */
  groupBySection?: boolean;
  /**
   * which sections head the rows: `item` (default) each item's own, `top`
   * its top-level section (the parts of a plan; the plans of a combined plan)
   */
  sectionLevel?: 'item' | 'top';
  /** default 'role' */
  color?: HeatmapColor;
  /** px per cell, 4–128 (default 20): the height of a row and, unless `columnWidth` is set, the width of a column */
  cellSize?: number;
  /**
   * px per column, from `cellSize` to 4 × `cellSize` (default `cellSize`): wider
   * columns let a small matrix fill a wide box; marks and bars widen with them
   */
  columnWidth?: number;
  /**
   * px: without `columnWidth`, columns widen (up to `MAX_COLUMN_STRETCH` × `cellSize`) so the
   * picture fills this width less a `fontSize` (room for a border and a
   * scrollbar), after the titles take what they need (default: no widening)
   */
  fillWidth?: number;
  /**
   * px, 8–32 (default 12): section headings, and item and unit names as far as
   * the cells leave room (see `HeatmapLayout.labelSize`)
   */
  fontSize?: number;
  /** the widest item label, in em (default 13) */
  rowLabelEm?: number;
  /** the longest unit name, in em (default 10) */
  columnLabelEm?: number;
  /** px, the length of the longest marginal bar (default 32) */
  barSize?: number;
}

/**
 * Lays out a plan's responsibility matrix: items as rows (under a heading per
 * section), units as columns, one cell per item × unit pair with an assignment,
 * a workload bar above each column and a unit-count bar beside each row.
 *
 * Pure and deterministic: the same incidence and options give the same model,
 * with every number rounded to 0.01, in Node and in every browser. Labels are
 * fitted by estimated width (`truncateText`), the full text stays in `title`
 * and `name`. Names and figures are one line each, at most 4/5 of a cell high
 * (wide), so neighbouring rows and columns never run into each other: narrow
 * cells get smaller names, and below `MIN_LABEL_SIZE` none (see
 * `heatmapLabelBoxes`).
 *
 * When a unit appears on an item more than once, the pair is one cell, merged
 * as core's `distinctAssignments` merges it: a written lead wins over an
 * inferred one, which wins over a member.
 *
 * @example
 * const layout = heatmapLayout(incidence(plan), { order: heatmapOrder(inc, 'workload') });
 * layout.cells.length; // distinct item × unit pairs
 */
export function heatmapLayout(inc: Incidence, options: HeatmapLayoutOptions = {}): HeatmapLayout {
  const o = resolveOptions(inc, options);
  const fs = o.fontSize;
  const cell = o.cellSize;
  const ls = labelFit(fs, cell);
  const pad = Math.round(fs / 2);
  const inset = cell >= 8 ? 1 : 0;
  const gap = 4;

  const { rowItems, bands } = heatmapRows(inc, o.order.items, o.groupBySection, o.sectionLevel);
  const columnOf = new Int32Array(inc.units.length);
  o.order.units.forEach((u, c) => (columnOf[u] = c));

  const grid = heatmapGrid(inc, rowItems, o.order.units);
  const workload = new Int32Array(o.order.units.length);
  const writtenLeads = new Int32Array(o.order.units.length);
  for (let k = 0; k < grid.count; k++) {
    workload[grid.column[k]!]!++;
    if (grid.role[k] === 1) writtenLeads[grid.column[k]!]!++;
  }
  const rowUnits = (r: number) => grid.rowStart[r + 1]! - grid.rowStart[r]!;

  const rowTitles = rowItems.map((i) => itemTitle(inc.items[i]!));
  // an item a person corrected carries a mark before its label (the legend says what it means)
  const corrected = new Set((inc.plan.corrections ?? []).map((c) => c.item));
  const rowMarked = rowItems.map((i) => corrected.has(inc.items[i]!.id));
  const rowTexts = rowTitles.map((t, r) => (rowMarked[r] ? CORRECTED_MARK + t : t));
  const unitNames = o.order.units.map((u) => inc.units[u]!.name);
  // each text measured once: for the width of its pane, then to fit it in
  const rowEms = rowTexts.map(em);
  const unitEms = unitNames.map(em);
  const rowLabelEm = Math.min(
    o.rowLabelEm,
    Math.max(
      4,
      maxOf(rowEms, (w) => w),
      maxOf(bands, (b) => em(b.title)),
    ),
  );
  const columnLabelEm = Math.min(
    o.columnLabelEm,
    Math.max(
      2,
      maxOf(unitEms, (w) => w),
    ),
  );
  const columnMax = maxOf([...workload], (w) => w);
  const rowMax = maxOf(rowItems, (_, r) => rowUnits(r));
  const numberFs = labelFit(fs - 2, cell);
  const digitsW = Math.ceil(
    Math.max(1, String(Math.max(columnMax, rowMax)).length) * 0.6 * numberFs,
  );

  const named = ls >= MIN_LABEL_SIZE;
  const rowLabels = { x: 0, y: 0, w: (named ? Math.ceil(rowLabelEm * ls) : 0) + 2 * pad, h: 0 };
  const columnLabels = {
    x: 0,
    y: 0,
    w: 0,
    h: (named ? Math.ceil(columnLabelEm * ls) : 0) + 2 * pad,
  };
  const columnBars = { x: 0, y: columnLabels.h, w: 0, h: numberFs + 4 + o.barSize + gap };
  const rowBarsW = gap + o.barSize + 4 + digitsW + pad;
  const n = o.order.units.length;
  // the room fillWidth leaves beside the labels, the bars and square columns, shared out
  const room = o.fillWidth - (rowLabels.w + n * cell + rowBarsW) - fs;
  const colW =
    o.columnWidth ??
    (n && o.fillWidth > 0
      ? Math.min(MAX_COLUMN_STRETCH * cell, cell + Math.max(0, Math.floor(room / n)))
      : cell);
  const matrix = { x: rowLabels.w, y: columnBars.y + columnBars.h, w: n * colW, h: 0 };
  const rowBars = { x: matrix.x + matrix.w, y: matrix.y, w: rowBarsW, h: 0 };
  const labelEm = Math.ceil(rowLabelEm * ls) / ls;
  // Section headings sit on rows of their own, so they may run on over the matrix.
  const bandEm = Math.min(40, (rowLabels.w + matrix.w - 2 * pad) / fs);
  const fitted = (text: string, width: number, em: number) =>
    !named ? '' : width <= em ? text : truncateText(text, em, 1);

  const columns: HeatmapColumn[] = o.order.units.map((u, c) => ({
    unit: inc.units[u]!.id,
    index: u,
    name: unitNames[c]!,
    label: fitted(unitNames[c]!, unitEms[c]!, columnLabelEm),
    x: matrix.x + c * colW,
    w: colW,
    workload: workload[c]!,
    leads: writtenLeads[c]!,
  }));

  const bandH = Math.max(cell, fs + 8);
  const rows: HeatmapRow[] = [];
  const sectionBands: HeatmapBand[] = [];
  let y = matrix.y;
  let b = 0;
  let section: string | null = null;
  rowItems.forEach((i, r) => {
    const band = bands[b];
    if (band && band.rowStart === r) {
      sectionBands.push({ ...band, label: truncateText(band.title, bandEm, 1), y, h: bandH });
      section = band.section;
      y += bandH;
      b++;
    }
    const item = inc.items[i]!;
    let leads = 0;
    for (let k = grid.rowStart[r]!; k < grid.rowStart[r + 1]!; k++) if (grid.role[k] === 1) leads++;
    rows.push({
      item: item.id,
      index: i,
      title: rowTitles[r]!,
      label: fitted(rowTexts[r]!, rowEms[r]!, labelEm),
      corrected: rowMarked[r]!,
      section,
      y,
      h: cell,
      units: rowUnits(r),
      leads,
      cellStart: grid.rowStart[r]!,
      cellEnd: grid.rowStart[r + 1]!,
    });
    y += cell;
  });
  matrix.h = y - matrix.y;
  rowLabels.y = matrix.y;
  rowLabels.h = matrix.h;
  rowBars.h = matrix.h;
  columnLabels.x = columnBars.x = matrix.x;
  columnLabels.w = columnBars.w = matrix.w;

  if (o.color !== 'role') {
    for (let k = 0; k < grid.count; k++) {
      grid.t[k] =
        o.color === 'workload'
          ? ratio(columns[grid.column[k]!]!.workload, columnMax)
          : ratio(rows[grid.row[k]!]!.units, rowMax);
    }
  }

  const barBase = matrix.y - gap;
  const marginals = {
    columns: columns.map((col): HeatmapBar => {
      const h = round2((col.workload / (columnMax || 1)) * o.barSize);
      const lh = round2((col.leads / (columnMax || 1)) * o.barSize);
      return {
        id: col.unit,
        value: col.workload,
        leads: col.leads,
        x: col.x + inset,
        y: round2(barBase - h),
        w: colW - 2 * inset,
        h,
        lead: { x: col.x + inset, y: round2(barBase - lh), w: colW - 2 * inset, h: lh },
        tx: round2(col.x + colW / 2),
        ty: round2(columnBars.y + numberFs / 2 + 2),
      };
    }),
    rows: rows.map((row): HeatmapBar => {
      const w = round2((row.units / (rowMax || 1)) * o.barSize);
      const lw = round2((row.leads / (rowMax || 1)) * o.barSize);
      const x = rowBars.x + gap;
      return {
        id: row.item,
        value: row.units,
        leads: row.leads,
        x,
        y: row.y + inset,
        w,
        h: cell - 2 * inset,
        lead: { x, y: row.y + inset, w: lw, h: cell - 2 * inset },
        tx: x + o.barSize + 4,
        ty: round2(row.y + cell / 2),
      };
    }),
    columnMax,
    rowMax,
    columnFigures:
      numberFs >= MIN_LABEL_SIZE &&
      Math.ceil(String(columnMax).length * 0.6 * numberFs) <= colW - 2,
    rowFigures: numberFs >= MIN_LABEL_SIZE,
  };

  const layout = {
    width: rowBars.x + rowBars.w,
    height: matrix.y + matrix.h,
    cellSize: cell,
    columnWidth: colW,
    fontSize: fs,
    labelSize: ls,
    numberSize: numberFs,
    barSize: o.barSize,
    color: o.color,
    regions: { columnLabels, columnBars, rowLabels, rowBars, matrix },
    rows,
    columns,
    grid,
    inset,
    sectionBands,
    marginals,
  };
  let cells: HeatmapCell[] | undefined;
  return Object.defineProperty(layout, 'cells', {
    enumerable: true,
    get: () => (cells ??= materialize(layout as HeatmapLayout)),
  }) as HeatmapLayout;
}

/** The cell objects of a layout, built from its grid. */
function materialize(layout: HeatmapLayout): HeatmapCell[] {
  const { grid, rows, columns, inset, cellSize, columnWidth } = layout;
  const roles = ['member', 'lead', 'lead'] as const;
  const cells: HeatmapCell[] = new Array(grid.count);
  for (let k = 0; k < grid.count; k++) {
    const r = grid.row[k]!;
    const c = grid.column[k]!;
    cells[k] = {
      item: rows[r]!.item,
      unit: columns[c]!.unit,
      role: roles[grid.role[k]!]!,
      inferred: grid.role[k] === 2,
      row: r,
      column: c,
      x: columns[c]!.x + inset,
      y: rows[r]!.y + inset,
      w: columnWidth - 2 * inset,
      h: cellSize - 2 * inset,
      t: grid.t[k]!,
    };
  }
  return cells;
}

/** The numbering and title of an item as one line: `1. 打造…`, `（一）加强…`. */
export function itemTitle(item: { label?: string; title: string }): string {
  const label = item.label?.trim() ?? '';
  if (!label) return item.title;
  return /[\x21-\x7e]$/u.test(label) ? `${label} ${item.title}` : `${label}${item.title}`;
}

/** Below this many px, names and figures are left out (the tooltip and the table have them). */
export const MIN_LABEL_SIZE = 6;

/** Columns widen to fill a wide box (`fillWidth`) up to this many times the cell size. */
const MAX_COLUMN_STRETCH = 4;

/**
 * The font size of one-line text in a row or column `cell` px wide: at most 4/5
 * of the cell, so a gap of at least a fifth separates neighbours.
 */
function labelFit(fontSize: number, cell: number): number {
  return Math.max(1, Math.min(fontSize, Math.floor(cell * 0.8)));
}

function em(text: string): number {
  return textWidth(text, 1);
}

/** The largest `f(x)`, or 0; a loop, since spreading 100,000 values overflows the stack. */
function maxOf<T>(xs: readonly T[], f: (x: T, i: number) => number): number {
  let max = 0;
  for (let i = 0; i < xs.length; i++) max = Math.max(max, f(xs[i]!, i));
  return max;
}

function ratio(value: number, max: number): number {
  return max > 0 ? round2(value / max) : 0;
}

/**
 * The matrix's rows: item positions in the order drawn, and the section bands
 * (a heading row each) over them. Bands follow the document order of their
 * first item; rows inside a band follow `order` (default: document order).
 * With `level` `top`, an item goes under its top-level section (core's
 * `topSectionOf`): the parts of a plan, the plans of a combined plan.
 * Without sections (or with `bySection` false) there are no bands.
 */
export function heatmapRows(
  inc: Incidence,
  order: readonly number[] = inc.items.map((_, i) => i),
  bySection = true,
  level: 'item' | 'top' = 'item',
): { rowItems: number[]; bands: Omit<HeatmapBand, 'label' | 'y' | 'h'>[] } {
  const hasSections = bySection && inc.items.some((item) => item.section !== undefined);
  if (!hasSections) return { rowItems: [...order], bands: [] };
  const sections = new Map((inc.plan.sections ?? []).map((s) => [s.id, s]));
  const top = topSectionOf(inc.plan.sections);
  const keyOf = (i: number): string | null => {
    const own = inc.items[i]!.section;
    return own === undefined ? null : level === 'top' ? top(own) : own;
  };
  const first = new Map<string | null, number>();
  inc.items.forEach((_, i) => {
    const key = keyOf(i);
    if (!first.has(key)) first.set(key, i);
  });
  const buckets = new Map<string | null, number[]>();
  for (const key of [...first.keys()].sort((a, b) => first.get(a)! - first.get(b)!)) {
    buckets.set(key, []);
  }
  for (const i of order) buckets.get(keyOf(i))!.push(i);
  const rowItems: number[] = [];
  const bands: Omit<HeatmapBand, 'label' | 'y' | 'h'>[] = [];
  for (const [key, items] of buckets) {
    if (items.length === 0) continue;
    const s = key === null ? undefined : sections.get(key);
    bands.push({
      section: key,
      title: s ? itemTitle(s) : (key ?? ''),
      rowStart: rowItems.length,
      rowEnd: rowItems.length + items.length,
    });
    rowItems.push(...items);
  }
  return { rowItems, bands };
}

interface ResolvedOptions {
  order: HeatmapOrder;
  groupBySection: boolean;
  sectionLevel: 'item' | 'top';
  color: HeatmapColor;
  cellSize: number;
  columnWidth: number | undefined;
  fillWidth: number;
  fontSize: number;
  rowLabelEm: number;
  columnLabelEm: number;
  barSize: number;
}

function resolveOptions(inc: Incidence, options: HeatmapLayoutOptions): ResolvedOptions {
  const order = options.order ?? {
    items: inc.items.map((_, i) => i),
    units: inc.units.map((_, u) => u),
  };
  checkPermutation(order.items, inc.items.length, 'order.items');
  checkPermutation(order.units, inc.units.length, 'order.units');
  const color = options.color ?? 'role';
  if (color !== 'role' && color !== 'workload' && color !== 'units') {
    throw new TypeError(
      `heatmapLayout: color must be role, workload or units, not ${String(color)}`,
    );
  }
  const cellSize = clampInt(options.cellSize, 20, 4, 128);
  return {
    order,
    groupBySection: options.groupBySection ?? true,
    sectionLevel: options.sectionLevel === 'top' ? 'top' : 'item',
    color,
    cellSize,
    columnWidth:
      options.columnWidth === undefined
        ? undefined
        : clampInt(options.columnWidth, cellSize, cellSize, 4 * cellSize),
    fillWidth: options.fillWidth ?? 0,
    fontSize: clampInt(options.fontSize, 12, 8, 32),
    rowLabelEm: clampInt(options.rowLabelEm, 13, 2, 60),
    columnLabelEm: clampInt(options.columnLabelEm, 10, 2, 60),
    barSize: clampInt(options.barSize, 32, 8, 200),
  };
}

function clampInt(value: number | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined || !Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(min, Math.round(value)));
}

function checkPermutation(order: readonly number[], n: number, name: string): void {
  const seen = new Uint8Array(n);
  let ok = order.length === n;
  for (const p of order) {
    if (!ok) break;
    if (!Number.isInteger(p) || p < 0 || p >= n || seen[p]) ok = false;
    else seen[p] = 1;
  }
  if (!ok) throw new RangeError(`heatmapLayout: ${name} must list each of the ${n} positions once`);
}
