import { textWidth } from '../shared/text-width.js';
import type { HeatmapLayout, Rect } from './heatmap.model.js';

/** A line of text the heatmap draws, and the box it takes (estimated widths). */
export interface HeatmapLabelBox extends Rect {
  kind: 'section' | 'row' | 'column' | 'row-figure' | 'column-figure';
  /** index into `sectionBands`, `rows` or `columns` */
  index: number;
  text: string;
}

/**
 * The boxes of the text every painter draws for a layout: section headings,
 * item names (left of their row), unit names (one vertical line centred on
 * their column, ending above the bars) and bar figures. Widths come from
 * `textWidth`, heights are the font size (a line of CJK text is 1em high, and
 * so is a vertical one wide). Empty labels and left-out figures have no box.
 *
 * For tests and for placing things around the text: no two boxes of a layout
 * intersect, whatever the cell size (see `heatmapLayout`).
 */
export function heatmapLabelBoxes(layout: HeatmapLayout): HeatmapLabelBox[] {
  const { regions, fontSize: fs, labelSize: ls, numberSize: nfs, marginals } = layout;
  const pad = Math.round(fs / 2);
  const out: HeatmapLabelBox[] = [];
  layout.sectionBands.forEach((band, index) => {
    if (!band.label) return;
    const w = textWidth(band.label, fs);
    out.push({
      kind: 'section',
      index,
      text: band.label,
      ...line(pad, band.y + band.h / 2, w, fs),
    });
  });
  layout.rows.forEach((row, index) => {
    if (!row.label) return;
    const w = textWidth(row.label, ls);
    out.push({ kind: 'row', index, text: row.label, ...line(pad, row.y + row.h / 2, w, ls) });
  });
  const labelEnd = regions.columnLabels.y + regions.columnLabels.h - pad;
  layout.columns.forEach((col, index) => {
    if (!col.label) return;
    const h = textWidth(col.label, ls);
    out.push({
      kind: 'column',
      index,
      text: col.label,
      x: col.x + col.w / 2 - ls / 2,
      y: labelEnd - h,
      w: ls,
      h,
    });
  });
  if (marginals.columnFigures) {
    marginals.columns.forEach((bar, index) => {
      const text = String(bar.value);
      const w = textWidth(text, nfs);
      out.push({ kind: 'column-figure', index, text, ...line(bar.tx - w / 2, bar.ty, w, nfs) });
    });
  }
  if (marginals.rowFigures) {
    marginals.rows.forEach((bar, index) => {
      const text = String(bar.value);
      const w = textWidth(text, nfs);
      out.push({ kind: 'row-figure', index, text, ...line(bar.tx, bar.ty, w, nfs) });
    });
  }
  return out;
}

/** The box of a horizontal line starting at `x`, centred on `cy`. */
function line(x: number, cy: number, w: number, h: number): Rect {
  return { x, y: cy - h / 2, w, h };
}
