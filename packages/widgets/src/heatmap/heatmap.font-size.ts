/** Chart text against the element's text size: 12px at the default 13px, as the legend (0.92em). */
const CHART_EM = 12 / 13;
const DEFAULT_TEXT_SIZE = 13;

/**
 * The heatmap's chart font size in px, 8–32: 12/13 of the element's text size
 * as `--remit-font-size` sets it (resolved by the tokens as
 * `--_remit-font-size`). Read from the custom property rather than the host's
 * `font-size`, which belongs to the page (the text reset sits inside the
 * shadow root); px, em, rem and % are understood, anything else falls back to
 * the text size actually drawn inside the element, then to the default 13px.
 *
 * @example el.style.setProperty('--remit-font-size', '20px'); heatmapFontSize(el); // 18
 */
export function heatmapFontSize(host: Element, drawn?: Element | null): number {
  const style = getComputedStyle(host);
  const token = style.getPropertyValue('--_remit-font-size').trim();
  let px = cssLength(token, parseFloat(style.fontSize), () =>
    parseFloat(getComputedStyle(document.documentElement).fontSize),
  );
  if (px === undefined && drawn) px = parseFloat(getComputedStyle(drawn).fontSize);
  const size = px !== undefined && Number.isFinite(px) && px > 0 ? px : DEFAULT_TEXT_SIZE;
  return Math.min(32, Math.max(8, Math.round(size * CHART_EM)));
}

/** A CSS length in px, or undefined when it is not a plain px, em, rem or % value. */
function cssLength(value: string, em: number, rem: () => number): number | undefined {
  const m = /^(\d*\.?\d+)(px|em|rem|%)$/u.exec(value);
  if (!m) return undefined;
  const n = Number(m[1]);
  if (m[2] === 'px') return n;
  if (m[2] === 'rem') return n * rem();
  return m[2] === '%' ? (n / 100) * em : n * em;
}
