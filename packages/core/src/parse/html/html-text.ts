import { decodeEntities } from './html-entities.js';
import { htmlTree, type HtmlElement, type HtmlNode } from './html-tree.js';

// elements a browser shows on lines of their own
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);
// elements whose content a reader of the page never sees as text
const HIDDEN = new Set([
  'head',
  'iframe',
  'noembed',
  'noframes',
  'noscript',
  'object',
  'script',
  'select',
  'style',
  'svg',
  'template',
  'textarea',
]);
// a cell longer than this holds a page laid out in a table, not a value
const MAX_CELL = 2000;
const SPACES = /[ \t\n\f\r]+/gu;
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/u;

/** Where rendered text goes: a page's lines, or one table cell. */
interface Writer {
  text(s: string): void;
  /** the end of a line (in a cell, a space) */
  brk(): void;
}

/**
 * The text of a page as a browser shows it, one line per paragraph: tags
 * removed, block elements (`p`, `div`, `br`, `li`, `h1`–`h6`, `tr` …) on lines
 * of their own, character references decoded, scripts, styles and the `head`
 * dropped, runs of white space made one space (none where a wrap fell between
 * two Chinese characters). A table of data (rows of two cells or more, no table
 * inside) becomes one line per row with its cells between `|`, as
 * `readTable` reads them; a table that lays out the page is read as blocks.
 *
 * @example htmlText('<p>1.推进</p><p>2.加强&amp;改进</p>') // '1.推进\n2.加强&改进'
 */
export function htmlText(html: string): string {
  const lines: string[] = [];
  let line = '';
  const page: Writer = {
    text(s) {
      line += s;
    },
    brk() {
      const t = line.trim();
      if (t !== '') lines.push(t);
      line = '';
    },
  };
  render(htmlTree(html), page, false);
  page.brk();
  return lines.join('\n');
}

function render(node: HtmlNode, out: Writer, pre: boolean): void {
  if (typeof node === 'string') {
    out.text(decodeEntities(pre ? node : collapse(node)));
    return;
  }
  const { tag } = node;
  if (HIDDEN.has(tag)) return;
  if (tag === 'br') {
    out.brk();
    return;
  }
  if (tag === 'table' && writeDataTable(node, out)) return;
  const block = BLOCK.has(tag);
  if (block) out.brk();
  if (tag === 'pre' || pre) {
    for (const child of node.children) {
      if (typeof child !== 'string') render(child, out, true);
      else
        child.split(/\r\n|[\n\r]/u).forEach((part, k) => {
          if (k > 0) out.brk();
          render(part, out, true);
        });
    }
  } else for (const child of node.children) render(child, out, false);
  if (block) out.brk();
}

/** White space as a browser shows it: one space, or none where a line break falls between Chinese characters. */
function collapse(text: string): string {
  return text.replace(SPACES, (run: string, at: number) => {
    const wrap = run.includes('\n') || run.includes('\r');
    return wrap && CJK.test(text[at - 1] ?? '') && CJK.test(text[at + run.length] ?? '') ? '' : ' ';
  });
}

/** Writes a table of data as `| cell | cell |` lines; false (nothing written) for a layout table. */
function writeDataTable(table: HtmlElement, out: Writer): boolean {
  if (table.children.some(holdsTable)) return false;
  const rows = rowsOf(table).map((row) => row.children.filter(isCell).map(cellText));
  if (rows.filter((cells) => cells.length >= 2).length < 2) return false;
  if (rows.some((cells) => cells.some((c) => c.length > MAX_CELL))) return false;
  out.brk();
  for (const child of table.children) {
    if (typeof child !== 'string' && child.tag === 'caption') render(child, out, false);
  }
  for (const cells of rows) {
    if (cells.every((c) => c === '')) continue;
    out.text(`| ${cells.join(' | ')} |`);
    out.brk();
  }
  return true;
}

/** The rows of a table: its own `tr`s and those of its `tbody`, `thead`, `tfoot`. */
function rowsOf(table: HtmlElement): HtmlElement[] {
  const rows: HtmlElement[] = [];
  for (const child of table.children) {
    if (typeof child === 'string') continue;
    if (child.tag === 'tr') rows.push(child);
    else if (child.tag === 'tbody' || child.tag === 'thead' || child.tag === 'tfoot') {
      rows.push(...rowsOf(child));
    }
  }
  return rows;
}

function isCell(node: HtmlNode): node is HtmlElement {
  return typeof node !== 'string' && (node.tag === 'td' || node.tag === 'th');
}

function holdsTable(node: HtmlNode): boolean {
  return typeof node !== 'string' && (node.tag === 'table' || node.children.some(holdsTable));
}

/** A cell's text on one line: its paragraphs and line breaks become spaces. */
function cellText(cell: HtmlElement): string {
  let text = '';
  const writer: Writer = {
    text(s) {
      text += s;
    },
    brk() {
      text += ' ';
    },
  };
  for (const child of cell.children) render(child, writer, false);
  return text.replace(SPACES, ' ').trim();
}
