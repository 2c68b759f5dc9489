import type { OfficeBlock, OfficeDocument } from '../office-document.js';
import { OfficeProblem } from '../office-problem.js';
import { ListCounters } from '../numbering/list-counters.js';
import { tableGrid, type SpannedCell } from '../table/table-grid.js';
import { xmlTokens } from '../xml/xml-tokens.js';
import { mainEntry, linksOf } from '../zip/package-links.js';
import { readZip, unzipText, type ZipLimits } from '../zip/read-zip.js';
import { docxNumbering, type DocxNumbering, type NumberingRef } from './docx-numbering.js';

/** A Word cell being read: its paragraphs, spans, and where Word's grid puts it. */
interface CellDraft {
  paragraphs: string[];
  colSpan: number;
  /** `restart`: a cell merged down starts here; `continue`: covered by the cell above */
  vMerge?: 'restart' | 'continue';
}

interface TableDraft {
  rows: { cells: CellDraft[]; before: number }[];
  /** the cell being read, if any */
  cell?: CellDraft;
}

interface ParagraphDraft {
  text: string;
  numbering?: NumberingRef;
  style?: string;
  /** `w:numPr` with `w:numId` 0: numbering explicitly off */
  unnumbered?: boolean;
}

// elements whose paragraphs are not the document's own text here: text boxes (read
// twice, once in their fallback) and deleted or moved-away text
const SKIPPED = new Set(['w:txbxContent', 'mc:Fallback', 'w:del', 'w:moveFrom']);

/**
 * Reads a Word document (`.docx`): its body's paragraphs in order, each with
 * the label Word numbers it with (`w:numPr`, directly or through its style:
 * `1.`, `（一）`, `一、`, counted as Word counts), and its tables as grids
 * (`w:gridSpan` across, `w:vMerge` down). A table inside a cell gives its
 * text to that cell. Throws an `OfficeProblem` for a file that is no Word
 * document or cannot be unpacked.
 */
export function readDocx(bytes: Uint8Array, limits?: ZipLimits): OfficeDocument {
  const zip = readZip(bytes);
  const main = mainEntry(zip, 'word/document.xml');
  const xml = unzipText(zip, main, limits);
  if (xml === undefined) {
    throw new OfficeProblem(
      'office/not-this-format',
      'the file is a ZIP archive but holds no Word document (word/document.xml). Is it another kind of file renamed .docx?',
      { format: 'docx' },
    );
  }
  const links = linksOf(zip, main);
  const target = (type: string, fallback: string) =>
    links.find((l) => l.type === type)?.target ?? fallback;
  const numbering = docxNumbering(
    unzipText(zip, target('numbering', 'word/numbering.xml'), limits),
    unzipText(zip, target('styles', 'word/styles.xml'), limits),
  );
  return { format: 'docx', blocks: documentBlocks(xml, numbering) };
}

function documentBlocks(xml: string, numbering: DocxNumbering): OfficeBlock[] {
  const blocks: OfficeBlock[] = [];
  const counters = new ListCounters();
  const tables: TableDraft[] = [];
  let paragraph: ParagraphDraft | undefined;
  let inText = false;
  let inPPr = false;
  let skipped = 0;
  let paragraphs = 0;
  let tableCount = 0;
  let tablePlace = '';
  for (const t of xmlTokens(xml)) {
    if (skipped > 0) {
      if (t.kind === 'open' && SKIPPED.has(t.name) && !t.empty) skipped++;
      else if (t.kind === 'close' && SKIPPED.has(t.name)) skipped--;
      continue;
    }
    if (t.kind === 'text') {
      if (inText && paragraph) paragraph.text += t.text;
      continue;
    }
    if (t.kind === 'open') {
      if (SKIPPED.has(t.name)) {
        if (!t.empty) skipped = 1;
        continue;
      }
      const table = tables[tables.length - 1];
      switch (t.name) {
        case 'w:p':
          paragraph = { text: '' };
          if (t.empty) closeParagraph();
          break;
        case 'w:t':
          inText = !t.empty;
          break;
        case 'w:tab':
          if (paragraph && !inPPr) paragraph.text += '\t';
          break;
        case 'w:br':
        case 'w:cr':
          if (paragraph && t.attrs['w:type'] !== 'page') paragraph.text += '\n';
          break;
        case 'w:noBreakHyphen':
          if (paragraph) paragraph.text += '-';
          break;
        case 'w:pPr':
          inPPr = !t.empty;
          break;
        case 'w:pStyle':
          if (paragraph && inPPr) paragraph.style = t.attrs['w:val'];
          break;
        case 'w:ilvl':
          if (paragraph && inPPr) {
            paragraph.numbering = {
              numId: paragraph.numbering?.numId ?? '',
              level: Number(t.attrs['w:val'] ?? 0),
            };
          }
          break;
        case 'w:numId':
          if (paragraph && inPPr) {
            const numId = t.attrs['w:val'] ?? '';
            if (numId === '0') paragraph.unnumbered = true;
            paragraph.numbering = { numId, level: paragraph.numbering?.level ?? 0 };
          }
          break;
        case 'w:tbl':
          if (tables.length === 0) tablePlace = `table ${++tableCount}`;
          tables.push({ rows: [] });
          break;
        case 'w:tr':
          table?.rows.push({ cells: [], before: 0 });
          break;
        case 'w:gridBefore': {
          const row = table?.rows[table.rows.length - 1];
          if (row) row.before = Number(t.attrs['w:val'] ?? 0) || 0;
          break;
        }
        case 'w:tc':
          if (table) {
            table.cell = { paragraphs: [], colSpan: 1 };
            table.rows[table.rows.length - 1]?.cells.push(table.cell);
          }
          break;
        case 'w:gridSpan':
          if (table?.cell) table.cell.colSpan = Number(t.attrs['w:val'] ?? 1) || 1;
          break;
        case 'w:vMerge':
          if (table?.cell) {
            table.cell.vMerge = t.attrs['w:val'] === 'restart' ? 'restart' : 'continue';
          }
          break;
      }
      continue;
    }
    // a closing tag
    switch (t.name) {
      case 'w:t':
        inText = false;
        break;
      case 'w:pPr':
        inPPr = false;
        break;
      case 'w:p':
        closeParagraph();
        break;
      case 'w:tc': {
        const table = tables[tables.length - 1];
        if (table) table.cell = undefined;
        break;
      }
      case 'w:tbl': {
        const done = tables.pop()!;
        if (tables.length === 0) blocks.push(tableOf(done, tablePlace));
        else {
          // a table inside a cell: its text belongs to the cell
          const outer = tables[tables.length - 1]!;
          outer.cell?.paragraphs.push(
            ...done.rows.flatMap((r) => r.cells.flatMap((c) => c.paragraphs)),
          );
        }
        break;
      }
    }
  }
  return blocks;

  function closeParagraph(): void {
    const p = paragraph;
    paragraph = undefined;
    inText = false;
    if (!p) return;
    const ref = p.unnumbered
      ? undefined
      : (p.numbering ?? (p.style ? numbering.ofStyle(p.style) : undefined));
    let label = '';
    if (ref && ref.numId !== '') {
      const levels = numbering.levels(ref.numId);
      if (levels) label = counters.next(numbering.counterKey(ref.numId), levels, ref.level);
    }
    const table = tables[tables.length - 1];
    if (table) {
      const text = label + p.text;
      if (text.trim() !== '') table.cell?.paragraphs.push(text);
      return;
    }
    if (p.text.trim() === '' && label === '') return;
    paragraphs++;
    blocks.push({
      kind: 'paragraph',
      text: p.text,
      ...(label ? { label } : {}),
      place: `paragraph ${paragraphs}`,
    });
  }
}

/** A Word table as a grid: `w:vMerge` runs become row spans over Word's grid columns. */
function tableOf(draft: TableDraft, place: string) {
  const placed = draft.rows.map((row) => {
    let column = row.before;
    return row.cells.map((cell) => {
      const at = column;
      column += cell.colSpan;
      return { cell, column: at };
    });
  });
  const rows: SpannedCell[][] = placed.map((row, r) =>
    row
      .filter(({ cell }) => cell.vMerge !== 'continue')
      .map(({ cell, column }, k) => {
        let rowSpan = 1;
        if (cell.vMerge === 'restart') {
          while (
            placed[r + rowSpan]?.some((c) => c.column === column && c.cell.vMerge === 'continue')
          ) {
            rowSpan++;
          }
        }
        const text = cell.paragraphs.join(' ');
        return {
          text,
          place: `${place}, row ${r + 1}, cell ${k + 1}`,
          ...(cell.paragraphs.length > 1 ? { paragraphs: cell.paragraphs } : {}),
          column,
          ...(rowSpan > 1 ? { rowSpan } : {}),
          ...(cell.colSpan > 1 ? { colSpan: cell.colSpan } : {}),
        };
      }),
  );
  return tableGrid(rows, place);
}
