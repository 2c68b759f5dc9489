import type { PdfTextItem } from './pdf-text.js';

/** A line of text on a PDF page: its runs left to right on one baseline. */
export interface PdfLine {
  text: string;
  x0: number;
  x1: number;
  /** the baseline */
  y: number;
  size: number;
}

// runs whose baselines differ by less than this share of the font size are on one line
const SAME_LINE = 0.4;
const CJK_END = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]$/u;
const CJK_START = /^[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/u;
// a gap wider than this share of the font size is a space; between Chinese
// characters only a wide one is (justified lines spread them, and a space
// inside a name would split it)
const SPACE = 0.25;
const CJK_SPACE = 0.9;

/**
 * The lines of a set of text runs, top to bottom: runs whose baselines lie
 * within 40% of their size of each other are one line, read left to right,
 * a gap of more than a quarter of the size read as a space, or of nearly a
 * whole character beside Chinese text (which runs close up, however a
 * justified line spreads it; a label and its text stand apart).
 */
export function pdfLines(items: readonly PdfTextItem[]): PdfLine[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PdfTextItem[][] = [];
  for (const item of sorted) {
    const last = groups[groups.length - 1];
    const base = last?.[0];
    if (base && Math.abs(base.y - item.y) <= SAME_LINE * Math.max(base.size, item.size))
      last.push(item);
    else groups.push([item]);
  }
  return groups.map(lineOf);
}

function lineOf(group: PdfTextItem[]): PdfLine {
  const runs = [...group].sort((a, b) => a.x - b.x);
  let text = '';
  let end = -Infinity;
  let size = 0;
  for (const run of runs) {
    const wide = CJK_END.test(text) || CJK_START.test(run.str) ? CJK_SPACE : SPACE;
    if (
      text !== '' &&
      run.x - end > wide * run.size &&
      !text.endsWith(' ') &&
      !run.str.startsWith(' ')
    ) {
      text += ' ';
    }
    text += run.str;
    end = Math.max(end, run.x + run.w);
    size = Math.max(size, run.size);
  }
  return { text, x0: runs[0]!.x, x1: end, y: runs[0]!.y, size };
}

/** Two pieces of wrapped text joined as one: no space where the wrap fell between Chinese characters. */
export function joinWrapped(a: string, b: string): string {
  if (a === '') return b;
  return CJK_END.test(a) && CJK_START.test(b) ? a + b : `${a} ${b}`;
}
