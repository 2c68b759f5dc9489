import { textWidth } from '../shared/text-width.js';
import { round2 } from '../shared/round2.js';

/** A stretch of a vertical label: one upright wide character, or a run of narrow ones turned 90°. */
export interface VerticalRun {
  text: string;
  /** its length along the column, px */
  w: number;
  upright: boolean;
}

/**
 * A label set top to bottom as `writing-mode: vertical-rl` sets it: CJK and
 * other wide characters upright, one under another; runs of narrow (Latin,
 * digits) characters turned 90° clockwise. Drawn by hand wherever a renderer
 * has no vertical writing mode (canvas) or cannot be trusted with one
 * (exported SVG read by librsvg, office suites).
 */
export function verticalRuns(text: string, fontSize: number): VerticalRun[] {
  const runs: VerticalRun[] = [];
  for (const ch of text) {
    const w = textWidth(ch, fontSize);
    const upright = w >= fontSize * 0.9;
    const last = runs[runs.length - 1];
    if (last && !upright && !last.upright) {
      last.text += ch;
      last.w += w;
    } else runs.push({ text: ch, w, upright });
  }
  return runs;
}

/** A run placed in the picture: its centre, and whether it stands upright or is turned 90°. */
export interface PlacedRun {
  text: string;
  /** centre, px */
  x: number;
  y: number;
  upright: boolean;
}

/**
 * A column name's runs placed one under another, centred on `cx`, the last ending at `bottom`:
 * where the live view, the canvas and the exported SVG all draw each run, so the name stands
 * in the same place whatever a renderer makes of vertical writing (Chromium before 94 spaces it
 * wider; librsvg and office suites ignore it).
 */
export function placeVertical(
  text: string,
  cx: number,
  bottom: number,
  fontSize: number,
): PlacedRun[] {
  const runs = verticalRuns(text, fontSize);
  let y = bottom - runs.reduce((sum, r) => sum + r.w, 0);
  return runs.map((run) => {
    const placed = { text: run.text, x: cx, y: round2(y + run.w / 2), upright: run.upright };
    y += run.w;
    return placed;
  });
}
