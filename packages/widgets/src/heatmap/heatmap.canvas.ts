import { MIN_LABEL_SIZE } from './heatmap.layout.js';
import type { HeatmapBand, HeatmapLayout } from './heatmap.model.js';
import { LIGHT_PALETTE, mixHex } from './heatmap.palette.js';
import type { HeatmapScene, SceneBar } from './heatmap.scene.js';
import type { PlacedRun } from './vertical-runs.js';

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
 * Paints the visible window of a heatmap's scene on a 2D canvas, with the unit
 * names and bars pinned to the top and the item labels pinned to the left
 * (sticky headers), as the SVG panes do. Only rows, columns and cells inside
 * the window are visited (binary searches into the layout; the scene's cells
 * are visited, not built), so a scroll repaint costs the window, not the plan.
 * With `left = top = 0` and the layout's full size it paints the whole picture.
 * Emphasis (hover, selection) is drawn over the scene, in `selected` for the
 * selection.
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
  scene: HeatmapScene,
  view: HeatmapView,
  emphasis: HeatmapEmphasis = NO_EMPHASIS,
  selected = LIGHT_PALETTE.selected,
): number {
  const { matrix } = layout.regions;
  const lw = matrix.x;
  const th = matrix.y;
  const { rows, columns, bands, bars, cells } = scene;
  const font = (size: number) => `${size}px ${scene.font}`;
  const { left, top, width, height } = view;
  const { a, b } = ctx.getTransform();
  const readable = (size: number) => size * Math.hypot(a, b) >= MIN_LABEL_SIZE;
  const names = readable(rows.fontSize);
  const figures = readable(bars.fontSize);
  const win = visible(layout, left + lw, left + width, top + th, top + height);
  const shown = (band: HeatmapBand) => band.y + band.h >= top + th && band.y <= top + height;

  ctx.fillStyle = scene.background;
  ctx.fillRect(0, 0, width, height);
  ctx.textBaseline = 'middle';

  // Body: cells, row stripes, section lines, row bars.
  ctx.save();
  clip(ctx, lw, th, width - lw, height - th);
  ctx.translate(-left, -top);
  for (let r = win.r0; r < win.r1; r++) {
    const { x, y, w, h } = rows.marks[r]!.stripe;
    ctx.fillStyle =
      r === emphasis.hoveredRow || r === emphasis.selectedRow ? bands.stroke : rows.fill;
    ctx.fillRect(x, y, w, h);
  }
  if (emphasis.hoveredColumn >= 0 || emphasis.selectedColumn >= 0) {
    ctx.fillStyle = mixHex(rows.fill, bands.stroke, 0.6);
    for (const c of [emphasis.hoveredColumn, emphasis.selectedColumn]) {
      const col = layout.columns[c];
      if (col) ctx.fillRect(col.x, matrix.y, col.w, matrix.h);
    }
  }
  ctx.strokeStyle = bands.stroke;
  ctx.lineWidth = 1;
  layout.sectionBands.forEach((band, i) => {
    if (!shown(band)) return;
    const { line } = bands.marks[i]!;
    ctx.beginPath();
    ctx.moveTo(0, line);
    ctx.lineTo(bands.x2, line);
    ctx.stroke();
  });
  const hatch = hatchPattern(ctx, scene.hatch);
  let painted = 0;
  let style = -1;
  cells.each(win.r0, win.r1, win.c0, win.c1, (x, y, w, h, fill, hatched) => {
    if (fill !== style) ctx.fillStyle = cells.fills[(style = fill)]!;
    ctx.fillRect(x, y, w, h);
    if (hatched && hatch) {
      ctx.fillStyle = hatch;
      ctx.fillRect(x, y, w, h);
      style = -1;
    }
    painted++;
  });
  ctx.font = font(bars.fontSize);
  ctx.textAlign = 'left';
  for (let r = win.r0; r < win.r1; r++) drawBar(ctx, bars.rows[r]!, bars, figures);
  outline(ctx, layout, emphasis, selected);
  ctx.restore();

  // Column header: names, figures and bars; pinned to the top.
  ctx.save();
  clip(ctx, lw, 0, width - lw, th);
  ctx.translate(-left, 0);
  ctx.textAlign = 'center';
  // Figures, then names: a canvas realises its font again on every change of font.
  ctx.font = font(bars.fontSize);
  for (let c = win.c0; c <= win.c1; c++) drawBar(ctx, bars.columns[c]!, bars, figures);
  for (let c = win.c0; names && c <= win.c1; c++) {
    const bold = c === emphasis.selectedColumn;
    ctx.font = (bold ? '600 ' : '') + font(columns.fontSize);
    ctx.fillStyle = bold ? selected : scene.fill;
    verticalText(ctx, columns.marks[c]!.runs);
  }
  ctx.restore();

  // Row header: item labels; pinned to the left.
  ctx.save();
  clip(ctx, 0, th, lw, height - th);
  ctx.translate(0, -top);
  ctx.textAlign = 'left';
  for (let r = win.r0; names && r < win.r1; r++) {
    const bold = r === emphasis.selectedRow;
    const { text, x, y } = rows.marks[r]!.label;
    ctx.font = (bold ? '600 ' : '') + font(rows.fontSize);
    ctx.fillStyle = bold ? selected : scene.fill;
    ctx.fillText(text, x, y);
  }
  ctx.restore();

  // Section headings: pinned to the left, running on over their empty row.
  ctx.save();
  clip(ctx, 0, th, width, height - th);
  ctx.translate(0, -top);
  ctx.font = `600 ${font(scene.fontSize)}`;
  ctx.fillStyle = scene.fill;
  layout.sectionBands.forEach((band, i) => {
    const { text, x, y } = bands.marks[i]!;
    if (readable(scene.fontSize) && shown(band)) ctx.fillText(text, x, y);
  });
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

function clip(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number): void {
  ctx.beginPath();
  ctx.rect(x, y, Math.max(0, w), Math.max(0, h));
  ctx.clip();
}

function drawBar(
  ctx: CanvasRenderingContext2D,
  bar: SceneBar,
  bars: HeatmapScene['bars'],
  figures: boolean,
): void {
  if (bar.w > 0 && bar.h > 0) {
    ctx.fillStyle = bars.fill;
    ctx.fillRect(bar.x, bar.y, bar.w, bar.h);
  }
  const { lead, figure } = bar;
  if (lead) {
    ctx.fillStyle = bars.lead;
    ctx.fillRect(lead.x, lead.y, lead.w, lead.h);
  }
  if (figures && figure) {
    ctx.fillStyle = bars.text;
    ctx.fillText(figure.text, figure.x, figure.y);
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
 * Canvas has no vertical writing mode: each run drawn where the scene puts it (`placeVertical`),
 * CJK characters upright, runs of narrow (Latin) characters turned 90° clockwise.
 */
function verticalText(ctx: CanvasRenderingContext2D, runs: readonly PlacedRun[]): void {
  for (const run of runs) {
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
function hatchPattern(
  ctx: CanvasRenderingContext2D,
  { fill: color, spacing, width }: HeatmapScene['hatch'],
): CanvasPattern | null {
  const known = hatches.get(color);
  if (known !== undefined) return known;
  const size = spacing * 2;
  const tile = new OffscreenCanvas(size, size);
  const t = tile.getContext('2d');
  let pattern: CanvasPattern | null = null;
  if (t) {
    t.strokeStyle = color;
    t.lineWidth = width;
    t.beginPath();
    for (let d = -size; d <= size * 2; d += spacing) {
      t.moveTo(d, size);
      t.lineTo(d + size, 0);
    }
    t.stroke();
    pattern = ctx.createPattern(tile, 'repeat');
  }
  hatches.set(color, pattern);
  return pattern;
}
