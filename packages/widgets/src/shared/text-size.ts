/** The built-in `--remit-font-size`. */
export const DEFAULT_TEXT_SIZE = 13;

/**
 * An element's base text size in px as its shadow contents draw it: the
 * `--remit-font-size` token (resolved as `--_remit-font-size`, see
 * `tokens.ts`) when it is a px length, else the computed font size of the
 * element's frame, else 13. Never the host's own `font-size`: that belongs to
 * the page (a page rule such as `* { font-size: 30px }` reaches the host), and
 * the text reset sits on the frame inside the shadow root.
 *
 * @example el.style.setProperty('--remit-font-size', '16px'); textSize(el); // 16
 */
export function textSize(host: Element): number {
  const token = getComputedStyle(host).getPropertyValue('--_remit-font-size').trim();
  const px = /^(\d*\.?\d+)px$/u.exec(token);
  if (px) return Number(px[1]);
  const frame = host.shadowRoot?.querySelector('.frame');
  const drawn = frame ? parseFloat(getComputedStyle(frame).fontSize) : NaN;
  return Number.isFinite(drawn) && drawn > 0 ? drawn : DEFAULT_TEXT_SIZE;
}
