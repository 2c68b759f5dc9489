import { MIN_LABEL_SIZE } from './heatmap.layout.js';
import { placeVertical } from './vertical-runs.js';
import type { HeatmapLayout } from './heatmap.model.js';
import type { PaneWords } from './heatmap.panes.js';
import {
  barFill,
  HATCH,
  memberInset,
  mixHex,
  rampFill,
  rampStep,
  RAMP_STEPS,
  type HeatmapPalette,
} from './heatmap.palette.js';

/** The part of the layout a canvas shows. */
export interface HeatmapView {
  /** the layout point drawn at the canvas's top-left corner (the scroll offsets) */
  left: number;
  top: number;
  /** the canvas size in CSS px */
  width: number;
  height: number;
}

/** Rows and columns to emphasise; -1 for none. */
export interface HeatmapEmphasis {
  selectedRow: number;
  selectedColumn: number;
  hoveredRow: number;
  hoveredColumn: number;
}

export const NO_EMPHASIS: HeatmapEmphasis = {
  selectedRow: -1,
  selectedColumn: -1,
  hoveredRow: -1,
  hoveredColumn: -1,
};

/**
 * Paints the visible window of a heatmap on a 2D canvas, with the unit names
 * and bars pinned to the top and the item labels pinned to the left (sticky
 * headers), as the SVG panes do. Only rows, columns and cells inside the window
 * are visited (binary searches into the layout), so a scroll repaint costs the
 * window, not the plan. With `left = top = 0` and the layout's full size it
 * paints the whole picture.
 *
 * The caller sets the canvas transform for the device pixel ratio. Text that
 * transform makes smaller than `MIN_LABEL_SIZE` device px is left out, as the
 * layout leaves it out below `MIN_LABEL_SIZE` px: a picture drawn small (a
 * thumbnail, a page zoomed far out) shows no unreadable smudges. Returns the
 * number of cells painted.
 */
export function paintHeatmap(
  ctx: CanvasRenderingContext2D,
  layout: HeatmapLayout,
  p: HeatmapPalette,
  view: HeatmapView,
  emphasis: HeatmapEmphasis = NO_EMPHASIS,
  words: PaneWords = { noSection: '', format: String },
): number {
  const { matrix } = layout.regions;
  const lw = matrix.x;
  const th = matrix.y;
  const fs = layout.fontSize;
  const pad = Math.round(fs / 2);
  const font = `${fs}px ${p.font}`;
  const labelFont = `${layout.labelSize}px ${p.font}`;
  const { left, top, width, height } = view;
  const { a, b } = ctx.getTransform();
  const readable = (size: number) => size * Math.hypot(a, b) >= MIN_LABEL_SIZE;
  const names = readable(layout.labelSize);
  const figures = readable(layout.numberSize);
  const win = visible(layout, left + lw, left + width, top + th, top + height);

  ctx.fillStyle = p.background;
  ctx.fillRect(0, 0, width, height);
  ctx.textBaseline = 'middle';

  // Body: cells, row stripes, section lines, row bars.
  ctx.save();
  clip(ctx, lw, th, width - lw, height - th);
  ctx.translate(-left, -top);
  const cw = layout.columnWidth;
  const bx = matrix.x + win.c0 * cw;
  const bw = (win.c1 - win.c0 + 1) * cw;
  for (let r = win.r0; r < win.r1; r++) {
    const row = layout.rows[r]!;
    ctx.fillStyle = r === emphasis.hoveredRow || r === emphasis.selectedRow ? p.grid : p.surface;
    ctx.fillRect(bx, row.y, bw, row.h);
  }
  if (emphasis.hoveredColumn >= 0 || emphasis.selectedColumn >= 0) {
    ctx.fillStyle = mixHex(p.surface, p.grid, 0.6);
    for (const c of [emphasis.hoveredColumn, emphasis.selectedColumn]) {
      const col = layout.columns[c];
      if (col) ctx.fillRect(col.x, matrix.y, col.w, matrix.h);
    }
  }
  ctx.strokeStyle = p.grid;
  ctx.lineWidth = 1;
  for (const band of layout.sectionBands) {
    if (band.y + band.h < top + th || band.y > top + height) continue;
    ctx.beginPath();
    ctx.moveTo(left + lw, band.y + 0.5);
    ctx.lineTo(matrix.x + matrix.w, band.y + 0.5);
    ctx.stroke();
  }
  const g = layout.grid;
  const fills = layout.color === 'role' ? [p.member, p.lead, p.inferredLead] : rampFills(p);
  const leadW = cw - 2 * layout.inset;
  const lead = layout.cellSize - 2 * layout.inset;
  const d = memberInset(Math.min(lead, leadW));
  const hatch = hatchPattern(ctx, p.background);
  let painted = 0;
  let style = -1;
  for (let r = win.r0; r < win.r1; r++) {
    const row = layout.rows[r]!;
    const y = row.y + layout.inset;
    let k = firstCellFrom(g.column, row.cellStart, row.cellEnd, win.c0);
    for (; k < row.cellEnd; k++) {
      const c = g.column[k]!;
      if (c > win.c1) break;
      const role = g.role[k]!;
      const fill = layout.color === 'role' ? role : rampStep(g.t[k]!);
      if (fill !== style) ctx.fillStyle = fills[(style = fill)]!;
      const x = layout.columns[c]!.x + layout.inset;
      if (role === 0) ctx.fillRect(x + d, y + d, leadW - 2 * d, lead - 2 * d);
      else ctx.fillRect(x, y, leadW, lead);
      if (role === 2 && hatch) {
        ctx.fillStyle = hatch;
        ctx.fillRect(x, y, leadW, lead);
        ctx.fillStyle = fills[style]!;
      }
      painted++;
    }
  }
  const bars = barFill(p);
  ctx.font = `${layout.numberSize}px ${p.font}`;
  ctx.textAlign = 'left';
  for (let r = win.r0; r < win.r1; r++) {
    const bar = layout.marginals.rows[r]!;
    drawBar(ctx, bar, bars, p.lead);
    ctx.fillStyle = p.muted;
    if (figures && layout.marginals.rowFigures)
      ctx.fillText(words.format(bar.value), bar.tx, bar.ty);
  }
  outline(ctx, layout, emphasis, p.selected);
  ctx.restore();

  // Column header: names, figures and bars; pinned to the top.
  ctx.save();
  clip(ctx, lw, 0, width - lw, th);
  ctx.translate(-left, 0);
  const labelEnd = layout.regions.columnLabels.y + layout.regions.columnLabels.h - pad;
  ctx.textAlign = 'center';
  // Figures, then names: a canvas realises its font again on every change of font.
  ctx.font = `${layout.numberSize}px ${p.font}`;
  for (let c = win.c0; c <= win.c1; c++) {
    const bar = layout.marginals.columns[c]!;
    drawBar(ctx, bar, bars, p.lead);
    if (figures && layout.marginals.columnFigures) {
      ctx.fillStyle = p.muted;
      ctx.fillText(words.format(bar.value), bar.tx, bar.ty);
    }
  }
  for (let c = win.c0; names && c <= win.c1; c++) {
    const col = layout.columns[c]!;
    const selected = c === emphasis.selectedColumn;
    ctx.font = selected ? `600 ${labelFont}` : labelFont;
    ctx.fillStyle = selected ? p.selected : p.text;
    verticalText(ctx, col.label, col.x + col.w / 2, labelEnd, layout.labelSize);
  }
  ctx.restore();

  // Row header: section headings and item labels; pinned to the left.
  ctx.save();
  clip(ctx, 0, th, lw, height - th);
  ctx.translate(0, -top);
  ctx.textAlign = 'left';
  for (let r = win.r0; names && r < win.r1; r++) {
    const row = layout.rows[r]!;
    const selected = r === emphasis.selectedRow;
    ctx.font = selected ? `600 ${labelFont}` : labelFont;
    ctx.fillStyle = selected ? p.selected : p.text;
    ctx.fillText(row.label, pad, row.y + row.h / 2);
  }
  ctx.restore();

  // Section headings: pinned to the left, running on over their empty row.
  ctx.save();
  clip(ctx, 0, th, width, height - th);
  ctx.translate(0, -top);
  ctx.font = `600 ${font}`;
  ctx.fillStyle = p.text;
  for (const band of readable(fs) ? layout.sectionBands : []) {
    if (band.y + band.h < top + th || band.y > top + height) continue;
    ctx.fillText(band.section === null ? words.noSection : band.label, pad, band.y + band.h / 2);
  }
  ctx.restore();
  return painted;
}

/** Display rows r0 … r1 − 1 and columns c0 … c1 that meet the window. */
function visible(layout: HeatmapLayout, x0: number, x1: number, y0: number, y1: number) {
  const { rows, columns, columnWidth } = layout;
  const mx = layout.regions.matrix.x;
  const c0 = Math.max(0, Math.floor((x0 - mx) / columnWidth));
  const c1 = Math.min(columns.length - 1, Math.floor((x1 - mx) / columnWidth));
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rows[mid]!.y + rows[mid]!.h <= y0) lo = mid + 1;
    else hi = mid;
  }
  let r1 = lo;
  while (r1 < rows.length && rows[r1]!.y < y1) r1++;
  return { r0: lo, r1, c0, c1 };
}

/** The first cell of a row (cells start … end − 1) in column `c` or later. */
function firstCellFrom(column: Int32Array, start: number, end: number, c: number): number {
  let lo = start;
  let hi = end;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (column[mid]! < c) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function rampFills(p: HeatmapPalette): string[] {
  return Array.from({ length: RAMP_STEPS }, (_, k) => rampFill(p, k));
}

function clip(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number): void {
  ctx.beginPath();
  ctx.rect(x, y, Math.max(0, w), Math.max(0, h));
  ctx.clip();
}

function drawBar(
  ctx: CanvasRenderingContext2D,
  bar: HeatmapLayout['marginals']['rows'][number],
  fill: string,
  lead: string,
): void {
  if (bar.w > 0 && bar.h > 0) {
    ctx.fillStyle = fill;
    ctx.fillRect(bar.x, bar.y, bar.w, bar.h);
  }
  if (bar.leads > 0) {
    ctx.fillStyle = lead;
    ctx.fillRect(bar.lead.x, bar.lead.y, bar.lead.w, bar.lead.h);
  }
}

function outline(
  ctx: CanvasRenderingContext2D,
  layout: HeatmapLayout,
  e: HeatmapEmphasis,
  color: string,
): void {
  const m = layout.regions.matrix;
  ctx.strokeStyle = color;
  ctx.lineWidth = 2;
  const row = layout.rows[e.selectedRow];
  if (row) ctx.strokeRect(m.x + 1, row.y + 1, m.w - 2, row.h - 2);
  const col = layout.columns[e.selectedColumn];
  if (col) ctx.strokeRect(col.x + 1, m.y + 1, col.w - 2, m.h - 2);
}

/**
 * Canvas has no vertical writing mode: each run drawn where `placeVertical` puts it, CJK
 * characters upright, runs of narrow (Latin) characters turned 90° clockwise.
 */
function verticalText(
  ctx: CanvasRenderingContext2D,
  text: string,
  cx: number,
  bottom: number,
  fs: number,
): void {
  for (const run of placeVertical(text, cx, bottom, fs)) {
    if (run.upright) {
      ctx.fillText(run.text, run.x, run.y);
    } else {
      ctx.save();
      ctx.translate(run.x, run.y);
      ctx.rotate(Math.PI / 2);
      ctx.fillText(run.text, 0, 0);
      ctx.restore();
    }
  }
}

/** Hatch patterns by stripe colour, shared by every canvas (a pattern belongs to no context). */
const hatches = new Map<string, CanvasPattern | null>();

/** Stripes of the background colour at 45°, as the SVG's hatch pattern. */
function hatchPattern(ctx: CanvasRenderingContext2D, color: string): CanvasPattern | null {
  const known = hatches.get(color);
  if (known !== undefined) return known;
  const size = HATCH.spacing * 2;
  const tile = new OffscreenCanvas(size, size);
  const t = tile.getContext('2d');
  let pattern: CanvasPattern | null = null;
  if (t) {
    t.strokeStyle = color;
    t.lineWidth = HATCH.width;
    t.beginPath();
    for (let d = -size; d <= size * 2; d += HATCH.spacing) {
      t.moveTo(d, size);
      t.lineTo(d + size, 0);
    }
    t.stroke();
    pattern = ctx.createPattern(tile, 'repeat');
  }
  hatches.set(color, pattern);
  return pattern;
}
