import { textWidth } from '../shared/text-width.js';

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
