import { textWidth } from '@remit/widgets';

/**
 * Line height of deck text as a multiple of its size: Microsoft YaHei's and
 * Noto Sans CJK's single spacing is about 1.3 em (their ascent and descent
 * are tall), more than the 1.2 of Latin fonts.
 */
export const LINE = 1.3;

/**
 * The lines `text` takes at `size` pt in a box `width` inches wide, estimated
 * with the widgets' `textWidth` (CJK 1 em, Latin narrower). Lines are counted
 * against 90% of the width: Latin breaks between words, not anywhere.
 */
export function linesOf(text: string, size: number, width: number): number {
  const room = width * 72 * 0.9;
  return Math.max(1, Math.ceil(textWidth(text, size) / room));
}

/** The height, inches, of `lines` lines at `size` pt. */
export function heightOf(lines: number, size: number): number {
  return (lines * size * LINE) / 72;
}

/**
 * The largest of `sizes` (pt, largest first) at which `text` takes at most
 * `maxLines` lines in a box `width` inches wide; the smallest size otherwise.
 */
export function fittingSize(
  text: string,
  width: number,
  sizes: readonly number[],
  maxLines: number,
): number {
  return sizes.find((s) => linesOf(text, s, width) <= maxLines) ?? sizes[sizes.length - 1]!;
}
