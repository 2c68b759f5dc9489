import { textWidth, truncateText } from '../shared/text-width.js';

/**
 * Breaks text into at most `maxLines` lines of at most `maxWidth` px (at any
 * character: Chinese has no spaces to break at); the last line ends in `…`
 * when text is left over. Widths are estimated (`textWidth`), no DOM.
 *
 * @example wrapLabel('2020年上海市徐汇区法治政府建设工作要点与责任分工', 160, 16, 2)
 */
export function wrapLabel(
  text: string,
  maxWidth: number,
  fontSize: number,
  maxLines: number,
): string[] {
  const lines: string[] = [];
  let from = 0;
  while (from < text.length && lines.length < maxLines - 1) {
    let width = 0;
    let end = from;
    for (const ch of text.slice(from)) {
      const w = textWidth(ch, fontSize);
      if (width + w > maxWidth && end > from) break;
      width += w;
      end += ch.length;
    }
    lines.push(text.slice(from, end));
    from = end;
  }
  if (from < text.length) lines.push(truncateText(text.slice(from), maxWidth, fontSize));
  return lines;
}
