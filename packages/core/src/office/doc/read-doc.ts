import type { OfficeLibraries } from '../libraries.js';
import type { OfficeBlock, OfficeDocument } from '../office-document.js';
import { OfficeProblem } from '../office-problem.js';
import { ListCounters } from '../numbering/list-counters.js';
import { tableGrid, type SpannedCell } from '../table/table-grid.js';
import { docLists } from './doc-lists.js';
import { paragraphProps, type RowProps } from './doc-paragraphs.js';
import { readDocText, readFib } from './doc-text.js';

const CELL_MARK = '\u0007';
const FIELD_BEGIN = '\u0013';
const FIELD_SEPARATOR = '\u0014';
const FIELD_END = '\u0015';
const ENCRYPTED = 0x0100;
const TABLE_1 = 0x0200;

interface CfbFile {
  content?: ArrayLike<number>;
}

/** A row being read: its cells' paragraphs. */
interface RowDraft {
  cells: string[][];
}

/**
 * Reads a Word 97–2003 document (`.doc`): the main text through its piece
 * table, split into paragraphs at paragraph and cell marks; each
 * paragraph's properties (PAPX) say whether it is in a table and whether it
 * ends a row, and give its list (numbered by the list tables PlfLst and
 * PlfLfo, as Word counts: `1.`, `（一）`); rows become a grid from their cell
 * edges, with cells merged down (TC80 vertMerge). Field codes are left out,
 * their results kept. The OLE container is opened with SheetJS's CFB reader.
 * Throws an `OfficeProblem` for an encrypted or damaged file.
 */
export function readDoc(
  bytes: Uint8Array,
  sheetjs: ReturnType<OfficeLibraries['sheetjs']>,
): OfficeDocument {
  const { CFB } = sheetjs;
  let container: unknown;
  try {
    container = CFB.read(bytes, { type: 'array' });
  } catch {
    throw new OfficeProblem(
      'office/damaged',
      'the file starts like a Word 97–2003 document (an OLE file) but its structure is damaged. Open it in Word or WPS and save it as .docx.',
      { why: 'ole' },
    );
  }
  const stream = (name: string) => {
    const file = CFB.find(container, name) as CfbFile | null;
    return file?.content ? Uint8Array.from(file.content) : undefined;
  };
  const word = stream('WordDocument');
  if (!word) {
    throw new OfficeProblem(
      'office/not-this-format',
      'the file is an OLE file without a WordDocument stream: it is no Word document. Is it another kind of file renamed .doc?',
      { format: 'doc' },
    );
  }
  const fib = readFib(word);
  if (fib.flags & ENCRYPTED) {
    throw new OfficeProblem(
      'office/encrypted',
      'the file is protected by a password; remit cannot open it. Open it in Word or WPS, remove the password and save a copy.',
      { kind: 'doc' },
    );
  }
  const table = stream(fib.flags & TABLE_1 ? '1Table' : '0Table');
  if (!table) {
    throw new OfficeProblem(
      'office/damaged',
      'the Word 97–2003 document has no table stream (its text cannot be found). Open it in Word or WPS and save it as .docx.',
      { why: 'table-stream' },
    );
  }
  const { text, fcOf } = readDocText(word, table, fib);
  const propsAt = paragraphProps(word, table, fib, stream('Data'));
  const lists = docLists(word, table, fib);
  const counters = new ListCounters();
  const blocks: OfficeBlock[] = [];
  let rows: { cells: string[][]; props: RowProps | undefined }[] = [];
  let row: RowDraft = { cells: [] };
  let cell: string[] = [];
  let paragraphs = 0;
  let tables = 0;
  const closeTable = () => {
    if (rows.length > 0) blocks.push(tableOf(rows, `table ${++tables}`));
    rows = [];
    row = { cells: [] };
    cell = [];
  };
  let start = 0;
  for (let cp = 0; cp < text.length; cp++) {
    const mark = text[cp];
    if (mark !== '\r' && mark !== CELL_MARK) continue;
    const props = propsAt(fcOf(cp));
    const raw = visibleText(text.slice(start, cp));
    start = cp + 1;
    let label = '';
    if (props.ilfo > 0) {
      const levels = lists.levels(props.ilfo);
      if (levels) label = counters.next(lists.counterKey(props.ilfo), levels, props.ilvl);
    }
    if (props.rowEnd) {
      rows.push({ cells: row.cells, props: props.row });
      row = { cells: [] };
      cell = [];
      continue;
    }
    if (props.inTable || mark === CELL_MARK) {
      const t = label + raw;
      if (t.trim() !== '') cell.push(t);
      if (mark === CELL_MARK) {
        row.cells.push(cell);
        cell = [];
      }
      continue;
    }
    closeTable();
    if (raw.trim() === '' && label === '') continue;
    paragraphs++;
    blocks.push({
      kind: 'paragraph',
      text: raw,
      ...(label ? { label } : {}),
      place: `paragraph ${paragraphs}`,
    });
  }
  closeTable();
  return { format: 'doc', blocks };
}

/** Text as shown: field codes dropped (their results kept), Word's special characters mapped. */
function visibleText(raw: string): string {
  let out = '';
  let depth = 0;
  let showing: boolean[] = [];
  for (const ch of raw) {
    if (ch === FIELD_BEGIN) {
      depth++;
      showing.push(false);
      continue;
    }
    if (ch === FIELD_SEPARATOR && depth > 0) {
      showing[depth - 1] = true;
      continue;
    }
    if (ch === FIELD_END && depth > 0) {
      depth--;
      showing = showing.slice(0, depth);
      continue;
    }
    if (depth > 0 && !showing.every(Boolean)) continue;
    if (ch === '\u000b') out += '\n';
    else if (ch === '\u001e') out += '-';
    else if (ch === '\t') out += '\t';
    else if (ch < ' ') continue;
    else out += ch;
  }
  return out;
}

/**
 * Rows as a grid: the cells' edges of all rows make the grid's columns, a
 * cell spans the columns between its edges, and cells merged down span the
 * rows below that continue them.
 */
function tableOf(
  rows: readonly { cells: string[][]; props: RowProps | undefined }[],
  place: string,
) {
  const edges = [...new Set(rows.flatMap((r) => r.props?.edges ?? []))].sort((a, b) => a - b);
  const columnAt = (x: number) => {
    const i = edges.indexOf(x);
    return i < 0 ? 0 : i;
  };
  const laid = rows.map((r) =>
    r.cells.map((paragraphs, k) => {
      const e = r.props?.edges;
      const from = e?.[k] !== undefined ? columnAt(e[k]!) : k;
      const to = e?.[k + 1] !== undefined ? columnAt(e[k + 1]!) : from + 1;
      return {
        paragraphs,
        column: from,
        span: Math.max(1, to - from),
        merge: r.props?.merges[k] ?? 'none',
        left: r.props?.mergedLeft[k] ?? false,
      };
    }),
  );
  const spanned: SpannedCell[][] = laid.map((cells, r) => {
    const out: SpannedCell[] = [];
    cells.forEach((c, k) => {
      if (c.merge === 'continue') return;
      if (c.left && out.length > 0) {
        // Word 97's horizontal merge: the cell widens the one before it
        const before = out[out.length - 1]!;
        before.colSpan = (before.colSpan ?? 1) + c.span;
        return;
      }
      let rowSpan = 1;
      if (c.merge === 'restart') {
        while (laid[r + rowSpan]?.some((d) => d.column === c.column && d.merge === 'continue')) {
          rowSpan++;
        }
      }
      out.push({
        text: c.paragraphs.join(' '),
        place: `${place}, row ${r + 1}, cell ${k + 1}`,
        ...(c.paragraphs.length > 1 ? { paragraphs: c.paragraphs } : {}),
        column: c.column,
        ...(c.span > 1 ? { colSpan: c.span } : {}),
        ...(rowSpan > 1 ? { rowSpan } : {}),
      });
    });
    return out;
  });
  return tableGrid(spanned, place);
}
