import { isFieldLabel } from '../../parse/lexicon/field-words.js';
import { readNumbering } from '../../parse/numbering/read-numbering.js';
import type { OfficeBlock, OfficeDocument, OfficeTable } from '../office-document.js';
import { OfficeProblem } from '../office-problem.js';
import { tableGrid, type SpannedCell } from '../table/table-grid.js';
import { joinWrapped, pdfLines, type PdfLine } from './pdf-lines.js';
import { cellOf, pdfGrids, type PdfGrid } from './pdf-tables.js';
import type { PdfPageText, PdfText, PdfTextItem } from './pdf-text.js';

// a line ending within this many font sizes of the text's right edge is full
const FULL_LINE = 1.5;
// a line further below the one before than this many sizes starts a new paragraph
const LINE_GAP = 1.9;
// the top and bottom of a page where page numbers stand, as a share of its height
const MARGIN = 0.08;
// `- 3 -`, `3`, `第3页`, `3/12`, `第3页 共12页` (each space optional and single: no backtracking)
const PAGE_NUMBER =
  /^[-—–－]? ?(?:第 ?)?\d{1,4} ?页?(?: ?[/／] ?\d{1,4}| ?共 ?\d{1,4} ?页)? ?[-—–－]?$/u;
const MAX_PAGE_NUMBER = 24;
const FIELD = /^([\u4e00-\u9fff]{2,10})\s*[:：]/u;

/**
 * A PDF's text layer laid out as a document: each page's tables rebuilt
 * from its rules (a grid, cells merged where a rule is missing, the text
 * runs in each cell, wrapped lines joined and separate ones kept apart),
 * the rest as lines joined into paragraphs where a line runs to the right
 * edge and the next goes on (no new number, no field label, no indent),
 * page numbers left out. A table running on over a page break is one table
 * (a header repeated on the new page is dropped). Places are `page 3, line 12`,
 * counting the page's lines from the top.
 *
 * Throws an `OfficeProblem` when no page has any text: a scan.
 */
export function pdfDocument(text: PdfText): OfficeDocument {
  if (!text.pages.some((p) => p.items.some((i) => i.str.trim() !== ''))) {
    throw new OfficeProblem(
      'office/scanned',
      `the PDF has no text layer: its ${text.pages.length === 1 ? 'page is a picture' : `${text.pages.length} pages are pictures`} (a scan or a photo). remit reads the text of a PDF and does not recognise text in pictures (no OCR). Ask for the document as Word or as a PDF saved from it, or run OCR on the scan first.`,
      { pages: text.pages.length },
    );
  }
  const blocks: OfficeBlock[] = [];
  let ending: Paragraph | undefined;
  text.pages.forEach((page, p) => {
    const { blocks: pageBlocks, opening, closing } = pageOf(page, p + 1);
    const first = pageBlocks[0];
    const last = blocks[blocks.length - 1];
    if (first?.kind === 'table' && last?.kind === 'table' && continues(last, first)) {
      joinTables(last, first);
      pageBlocks.shift();
    } else if (
      first?.kind === 'paragraph' &&
      last?.kind === 'paragraph' &&
      ending &&
      opening &&
      goesOn(ending, opening.first, Infinity)
    ) {
      // a paragraph running on over the page break
      last.text = joinWrapped(last.text, first.text);
      pageBlocks.shift();
    }
    blocks.push(...pageBlocks);
    ending = closing;
  });
  return { format: 'pdf', blocks, pages: text.pages.length };
}

/**
 * A page's blocks in reading order, with its first and last paragraph when
 * they are its first and last blocks (where a paragraph may run on over a
 * page break).
 */
function pageOf(
  page: PdfPageText,
  n: number,
): { blocks: OfficeBlock[]; opening?: Paragraph; closing?: Paragraph } {
  const items = page.items.filter((i) => i.str.trim() !== '');
  const lineNumber = lineNumbers(items);
  const place = (y: number) => `page ${n}, line ${lineNumber(y)}`;
  const placed: { top: number; block: OfficeBlock }[] = [];
  const free = new Set(items);
  for (const grid of pdfGrids(page.rules)) {
    const inside = items.filter((i) => free.has(i) && cellOf(grid, i));
    if (inside.length === 0) continue;
    for (const i of inside) free.delete(i);
    placed.push({ top: grid.ys[0]!, block: gridTable(grid, inside, place, `page ${n}`) });
  }
  const lines = pdfLines([...free]).filter((l) => !isPageFurniture(l, page.height));
  const found = paragraphs(lines);
  for (const p of found) {
    placed.push({ top: p.y, block: { kind: 'paragraph', text: p.text, place: place(p.y) } });
  }
  placed.sort((a, b) => b.top - a.top);
  const opening = found[0];
  const closing = found[found.length - 1];
  return {
    blocks: placed.map((p) => p.block),
    ...(opening && placed[0]?.top === opening.y ? { opening } : {}),
    ...(closing && placed[placed.length - 1]?.top === closing.y ? { closing } : {}),
  };
}

/** The number of the line on the page (counted top to bottom) a baseline is on. */
function lineNumbers(items: readonly PdfTextItem[]): (y: number) => number {
  const baselines = pdfLines(items).map((l) => l.y);
  return (y) => {
    let best = 0;
    baselines.forEach((b, i) => {
      if (Math.abs(b - y) < Math.abs(baselines[best]! - y)) best = i;
    });
    return best + 1;
  };
}

function isPageFurniture(line: PdfLine, height: number): boolean {
  const inMargin = line.y < height * MARGIN || line.y > height * (1 - MARGIN);
  const text = line.text.trim();
  return inMargin && text.length <= MAX_PAGE_NUMBER && PAGE_NUMBER.test(text);
}

interface Paragraph {
  text: string;
  y: number;
  first: PdfLine;
  last: PdfLine;
  /** it starts with a number (its next lines may hang under its text, right of the number) */
  numbered: boolean;
  /** the right edge of the text on its page */
  right: number;
}

/** Lines joined into paragraphs: a full line goes on into the next unless that one starts anew. */
function paragraphs(lines: readonly PdfLine[]): Paragraph[] {
  if (lines.length === 0) return [];
  const right = Math.max(...lines.map((l) => l.x1));
  const out: Paragraph[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    if (prev && goesOn(prev, line, LINE_GAP * line.size)) {
      prev.text = joinWrapped(prev.text, line.text);
      prev.last = line;
    } else {
      const numbered = startsEntry(line.text);
      out.push({ text: line.text, y: line.y, first: line, last: line, numbered, right });
    }
  }
  return out;
}

/**
 * True when `line` goes on with paragraph `p`: `p` ran to the right edge, or
 * `line`'s first word would not have fitted after it (so the line was
 * wrapped, not ended: an opening bracket or a number carried over),
 * `line` starts no entry of its own, follows closely (within `gap`) and is
 * not indented past `p`'s last line (unless `p` is a numbered first line,
 * whose text hangs right of its number).
 */
function goesOn(p: Paragraph, line: PdfLine, gap: number): boolean {
  return (
    (p.last.x1 >= p.right - FULL_LINE * line.size ||
      p.last.x1 + firstWordWidth(line) > p.right - 0.25 * line.size) &&
    !startsEntry(line.text) &&
    p.last.y - line.y <= gap &&
    (line.x0 <= p.last.x0 + 0.5 * line.size || (p.numbered && p.last === p.first))
  );
}

// what a line may not be broken inside: opening brackets with what follows
// them, a run of Latin letters and digits, or one character
const FIRST_WORD =
  /^[“‘《〈（(〔【「『]*(?:[A-Za-z0-9.,:%/-]+|.)[”’》〉）)〕】」』，。、；：！？]*/u;
const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f“”‘’]/u;

/** How wide a line's first unbreakable word is, estimated from its font size. */
function firstWordWidth(line: PdfLine): number {
  const word = FIRST_WORD.exec(line.text)?.[0] ?? '';
  let width = 0;
  for (const ch of word) width += WIDE.test(ch) ? line.size : 0.55 * line.size;
  return width;
}

/** True when a line starts an entry of its own: a number (`1.`, `（一）`) or a field label (`责任单位：`). */
function startsEntry(text: string): boolean {
  const head = text.slice(0, 12).normalize('NFKC');
  if (readNumbering(head, 0)) return true;
  const field = FIELD.exec(head);
  return field !== null && isFieldLabel(field[1]!);
}

/** A grid's cells with their text: each cell's runs as lines, wrapped lines joined, separate ones kept apart. */
function gridTable(
  grid: PdfGrid,
  items: readonly PdfTextItem[],
  place: (y: number) => string,
  tablePlace: string,
): OfficeTable {
  const byCell = new Map<string, PdfTextItem[]>();
  const origin = new Map<string, string>();
  for (const cell of grid.cells) {
    for (let r = cell.row; r < cell.row + cell.rowSpan; r++) {
      for (let c = cell.column; c < cell.column + cell.colSpan; c++) {
        origin.set(`${r},${c}`, `${cell.row},${cell.column}`);
      }
    }
  }
  for (const item of items) {
    const at = cellOf(grid, item);
    if (!at) continue;
    const key = origin.get(`${at.row},${at.column}`) ?? `${at.row},${at.column}`;
    byCell.set(key, [...(byCell.get(key) ?? []), item]);
  }
  const rows: SpannedCell[][] = Array.from({ length: grid.ys.length - 1 }, () => []);
  for (const cell of [...grid.cells].sort((a, b) => a.row - b.row || a.column - b.column)) {
    const runs = byCell.get(`${cell.row},${cell.column}`) ?? [];
    const right = grid.xs[cell.column + cell.colSpan]!;
    const paragraphs = cellParagraphs(pdfLines(runs), right);
    const text = paragraphs.join(' ');
    rows[cell.row]!.push({
      text,
      place: runs.length > 0 ? place(Math.max(...runs.map((r) => r.y))) : tablePlace,
      ...(paragraphs.length > 1 ? { paragraphs } : {}),
      column: cell.column,
      ...(cell.rowSpan > 1 ? { rowSpan: cell.rowSpan } : {}),
      ...(cell.colSpan > 1 ? { colSpan: cell.colSpan } : {}),
    });
  }
  return tableGrid(rows, tablePlace);
}

/**
 * A cell's lines as paragraphs: a line wrapped into the next when the
 * next one's first character would not have fitted after it (a line broken
 * on purpose ends short of the edge: names listed one per line).
 */
function cellParagraphs(lines: readonly PdfLine[], right: number): string[] {
  const out: string[] = [];
  lines.forEach((line, i) => {
    const before = lines[i - 1];
    const wrapped = before !== undefined && before.x1 + line.size > right - 1;
    if (wrapped && out.length > 0)
      out[out.length - 1] = joinWrapped(out[out.length - 1]!, line.text);
    else out.push(line.text);
  });
  return out;
}

/** True when `next` (a page's first block) is the rest of `table` (a page's last block): the same columns. */
function continues(table: OfficeTable, next: OfficeTable): boolean {
  const width = table.rows[0]?.length ?? 0;
  return width > 1 && next.rows[0]?.length === width;
}

/** Appends `next`'s rows to `table`, less a header row it repeats. */
function joinTables(table: OfficeTable, next: OfficeTable): void {
  const header = table.rows[0]!.map((c) => c.text).join('|');
  const repeats = next.rows[0]!.map((c) => c.text).join('|') === header;
  const from = repeats ? 1 : 0;
  const offset = table.rows.length - from;
  for (const row of next.rows.slice(from)) {
    table.rows.push(
      row.map((cell) =>
        cell.mergedFrom
          ? { ...cell, mergedFrom: [cell.mergedFrom[0] + offset, cell.mergedFrom[1]] as const }
          : cell,
      ),
    );
  }
}
