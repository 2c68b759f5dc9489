import type { DefaultTreeAdapterMap } from 'parse5';
import type { OfficeLibraries } from '../libraries.js';
import type { OfficeBlock, OfficeDocument } from '../office-document.js';
import { formatNumber } from '../numbering/format-number.js';
import { tableGrid, type SpannedCell } from '../table/table-grid.js';
import { collapseSpaces } from './collapse-spaces.js';

type Node = DefaultTreeAdapterMap['childNode'] | DefaultTreeAdapterMap['document'];
type Element = DefaultTreeAdapterMap['element'];

// elements a browser shows on lines of their own
const BLOCK = new Set(
  'address article aside blockquote body caption center dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr html legend li main nav ol p pre section summary table tbody td tfoot th thead tr ul'.split(
    ' ',
  ),
);
// elements whose content a reader of the page never sees as text
const HIDDEN = new Set(
  'head iframe noembed noframes noscript object script select style svg template textarea title'.split(
    ' ',
  ),
);
const LIST_TYPES: Readonly<Record<string, string>> = {
  '1': 'decimal',
  a: 'lowerLetter',
  A: 'upperLetter',
  i: 'lowerRoman',
  I: 'upperRoman',
};
const LIST_STYLES: Readonly<Record<string, [format: string, suffix: string]>> = {
  decimal: ['decimal', '.'],
  'decimal-leading-zero': ['decimalZero', '.'],
  'lower-alpha': ['lowerLetter', '.'],
  'lower-latin': ['lowerLetter', '.'],
  'upper-alpha': ['upperLetter', '.'],
  'upper-latin': ['upperLetter', '.'],
  'lower-roman': ['lowerRoman', '.'],
  'upper-roman': ['upperRoman', '.'],
  'cjk-ideographic': ['chineseCounting', '、'],
  'simp-chinese-informal': ['chineseCounting', '、'],
  'cjk-decimal': ['decimal', '、'],
  'cjk-heavenly-stem': ['ideographTraditional', '、'],
  'cjk-earthly-branch': ['ideographZodiac', '、'],
};
// a cell longer than this holds a page laid out in a table, not a value
const MAX_CELL = 2000;

interface Paragraph {
  text: string;
  label?: string;
  line?: number;
}

/**
 * Reads a saved web page (`.html`, `.htm`) as a browser shows it, into
 * paragraphs and tables: block elements (`p`, `div`, `li`, `h1` …) are
 * paragraphs, an ordered list's items get the number the browser draws
 * beside them (`start`, `type`, `value`, a `list-style-type` such as
 * `cjk-ideographic`), and a table of data becomes a grid with `rowspan`
 * and `colspan` resolved. A table that lays the page out (tables inside it,
 * or a cell of a whole page) is read as the blocks it holds. Scripts,
 * styles and hidden elements are left out. Places are the page's source
 * lines (`line 57`). The page is parsed by parse5, as a browser parses it.
 */
export function readHtml(
  html: string,
  parse5: ReturnType<OfficeLibraries['parse5']>,
): OfficeDocument {
  const doc = parse5.parse(html, { sourceCodeLocationInfo: true });
  const blocks: OfficeBlock[] = [];
  let current: Paragraph | undefined;
  // an item's number waits for its text, which may come in a block inside it (`<li><p>…`)
  let label: string | undefined;
  let tables = 0;
  const flush = () => {
    const p = current;
    current = undefined;
    if (!p) return;
    const text = p.text.replace(/^[ \t]+|[ \t]+$/gmu, '');
    if (text.trim() === '') {
      label ??= p.label;
      return;
    }
    blocks.push({
      kind: 'paragraph',
      text,
      ...(p.label ? { label: p.label } : {}),
      place: p.line === undefined ? `paragraph ${blocks.length + 1}` : `line ${p.line}`,
    });
  };
  const write = (text: string, line: number | undefined) => {
    if (!current) {
      current = { text: '', ...(label ? { label } : {}), ...(line !== undefined ? { line } : {}) };
      label = undefined;
    }
    current.text += text;
  };
  const walk = (node: Node, pre: boolean): void => {
    if (node.nodeName === '#text') {
      const value = (node as DefaultTreeAdapterMap['textNode']).value;
      const text = pre ? value : collapseSpaces(value);
      if (text !== '' && (pre || text !== ' ' || current)) write(text, lineOf(node));
      return;
    }
    if (!('childNodes' in node)) return;
    const el = node as Element;
    const tag = el.nodeName;
    if (HIDDEN.has(tag) || isHiddenElement(el)) return;
    if (tag === 'br') {
      write('\n', lineOf(el));
      return;
    }
    if (tag === 'table' && isDataTable(el)) {
      flush();
      blocks.push(tableOf(el, `table ${++tables}`));
      return;
    }
    const block = BLOCK.has(tag);
    if (block) flush();
    if (tag === 'li') label = listLabel(el);
    for (const child of el.childNodes) walk(child, pre || tag === 'pre');
    if (block) flush();
  };
  walk(doc, false);
  flush();
  return { format: 'html', blocks };
}

function lineOf(node: Node): number | undefined {
  return (node as { sourceCodeLocation?: { startLine: number } | null }).sourceCodeLocation
    ?.startLine;
}

function attr(el: Element, name: string): string | undefined {
  return el.attrs?.find((a) => a.name === name)?.value;
}

function isHiddenElement(el: Element): boolean {
  if (attr(el, 'hidden') !== undefined) return true;
  const style = attr(el, 'style');
  return style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/iu.test(style);
}

/** The number a browser draws before an `li` of an `ol`, or undefined (a `ul`, or no number). */
function listLabel(li: Element): string | undefined {
  const list = li.parentNode as Element | null;
  if (!list || list.nodeName !== 'ol') return undefined;
  const style = /list-style(?:-type)?\s*:\s*([a-z-]+)/iu.exec(attr(list, 'style') ?? '')?.[1];
  if (style === 'none') return undefined;
  const [format, suffix] = (style && LIST_STYLES[style.toLowerCase()]) || [
    LIST_TYPES[attr(list, 'type') ?? '1'] ?? 'decimal',
    '.',
  ];
  const reversed = attr(list, 'reversed') !== undefined;
  const items = list.childNodes.filter((c) => c.nodeName === 'li') as Element[];
  let n = Number.parseInt(attr(list, 'start') ?? '', 10);
  if (!Number.isFinite(n)) n = reversed ? items.length : 1;
  for (const item of items) {
    const value = Number.parseInt(attr(item, 'value') ?? '', 10);
    if (Number.isFinite(value)) n = value;
    if (item === li) break;
    n += reversed ? -1 : 1;
  }
  return `${formatNumber(n, format)}${suffix}`;
}

/** The rows of a table: its own `tr`s and those of its `thead`, `tbody`, `tfoot`. */
function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of table.childNodes) {
    if (child.nodeName === 'tr') rows.push(child as Element);
    else if (
      child.nodeName === 'thead' ||
      child.nodeName === 'tbody' ||
      child.nodeName === 'tfoot'
    ) {
      rows.push(...rowsOf(child as Element));
    }
  }
  return rows;
}

function cellsOf(row: Element): Element[] {
  return row.childNodes.filter((c) => c.nodeName === 'td' || c.nodeName === 'th') as Element[];
}

function holdsTable(el: Element): boolean {
  return el.childNodes.some(
    (c) => 'childNodes' in c && (c.nodeName === 'table' || holdsTable(c as Element)),
  );
}

/** A table of data: no table inside it, two rows or more of two cells or more, no cell a whole page. */
function isDataTable(table: Element): boolean {
  if (holdsTable(table)) return false;
  const rows = rowsOf(table);
  if (rows.filter((r) => cellsOf(r).length >= 2).length < 2) return false;
  return rows.every((r) => cellsOf(r).every((c) => cellText(c).text.length <= MAX_CELL));
}

function tableOf(table: Element, place: string) {
  const rows: SpannedCell[][] = rowsOf(table).map((row, r) =>
    cellsOf(row).map((cell, k) => {
      const { text, paragraphs } = cellText(cell);
      const rowSpan = Number.parseInt(attr(cell, 'rowspan') ?? '', 10);
      const colSpan = Number.parseInt(attr(cell, 'colspan') ?? '', 10);
      return {
        text,
        place: `${place}, row ${r + 1}, cell ${k + 1}`,
        ...(paragraphs.length > 1 ? { paragraphs } : {}),
        ...(rowSpan > 1 ? { rowSpan } : {}),
        ...(colSpan > 1 ? { colSpan } : {}),
      };
    }),
  );
  return tableGrid(rows, place);
}

/** A cell's paragraphs (its blocks and line breaks) and their text joined by spaces. */
function cellText(cell: Element): { text: string; paragraphs: string[] } {
  const paragraphs: string[] = [];
  let line = '';
  const brk = () => {
    const t = line.trim();
    if (t !== '') paragraphs.push(t);
    line = '';
  };
  const walk = (node: Node): void => {
    if (node.nodeName === '#text') {
      line += collapseSpaces((node as DefaultTreeAdapterMap['textNode']).value);
      return;
    }
    if (!('childNodes' in node)) return;
    const el = node as Element;
    if (HIDDEN.has(el.nodeName) || isHiddenElement(el)) return;
    if (el.nodeName === 'br') return brk();
    const block = BLOCK.has(el.nodeName);
    if (block) brk();
    if (el.nodeName === 'li') line += listLabel(el) ?? '';
    for (const child of el.childNodes) walk(child);
    if (block) brk();
  };
  for (const child of cell.childNodes) walk(child);
  brk();
  return { text: paragraphs.join(' '), paragraphs };
}
