import { Converter } from 'opencc-js/cn2t';
import type { GoldAnswer } from './gold-answers.js';

// Meaning-preserving rewrites of a corpus document and its answer, for the
// metamorphic tests: the same plan as another portal, editor or copy-paste prints
// it. Each one is pure and returns `undefined` where the document has nothing it
// rewrites, so a test can tell "does not apply" from "applies and reads the same".
// variants.mjs (shared/tools) makes seven other kinds; none here repeats them.

/** A document's text with the answer that goes with it. */
export interface Variant {
  text: string;
  gold: GoldAnswer;
}

/** A rewrite of a document and its answer; `undefined` where it does not apply. */
export type Transform = (text: string, gold: GoldAnswer) => Variant | undefined;

type GoldItem = GoldAnswer['items'][number] & { section?: string };

/** `[a, b]` for every two neighbouring entries of a list. */
function neighbours<T>(list: readonly T[]): [T, T][] {
  return list.slice(1).map((b, i) => [list[i]!, b]);
}

/** The answer with its printed strings (title, sections, deadlines, unit names) mapped. */
function mapPrinted(gold: GoldAnswer, f: (s: string) => string): GoldAnswer {
  const title = gold.meta?.title;
  return {
    ...gold,
    ...(gold.meta ? { meta: { ...gold.meta, ...(title ? { title: f(title) } : {}) } } : {}),
    items: gold.items.map((item: GoldItem) => ({
      ...item,
      title: f(item.title),
      ...(item.section ? { section: f(item.section) } : {}),
      ...(item.deadline ? { deadline: f(item.deadline) } : {}),
      units: item.units.map((u) => ({ ...u, name: f(u.name) })),
    })),
  };
}

// ─── numbering-style ──────────────────────────────────────────────────────────

// an arabic label at the start of a line: `1.` `1．` `1﹒` (not `4.5`) or `1、`
const LINE_LABEL = /^([ \t\u3000\u00a0]*)(\d{1,3})(?:([.．﹒])(?!\d)[ \t]*|、)/gmu;

/**
 * Arabic item labels at the start of a line written the other common way: `1.`
 * (or `1．` `1﹒`) becomes `1、` and `1、` becomes `1.`, as two offices of one
 * government number the same list. Labels inside a line are left alone; the
 * answer's labels change with the text.
 */
export const numberingStyle: Transform = (text, gold) => {
  const relabel = new Map<string, string>();
  const out = text.replace(LINE_LABEL, (_m, indent: string, n: string, stop?: string) => {
    const swapped = stop ? `${n}、` : `${n}.`;
    relabel.set(`${n}${stop ?? '、'}`, swapped);
    return `${indent}${swapped}`;
  });
  const items = gold.items.map((item) => {
    const label = item.label && relabel.get(item.label);
    return label ? { ...item, label } : item;
  });
  if (!items.some((item, i) => item !== gold.items[i])) return undefined;
  return { text: out, gold: { ...gold, items } };
};

// ─── traditional ──────────────────────────────────────────────────────────────

// `tw`: the characters a portal's 繁體中文 button gives (為, 台), no phrase rewording
const toTraditional = Converter({ from: 'cn', to: 'tw' });

/**
 * The whole page in traditional characters (OpenCC, simplified to Taiwan
 * standard), as a portal's 繁體 version prints it. The answer's printed strings
 * are taken from the same place in the converted text, so they stay what is
 * printed even where the converter reads a name differently inside the text than
 * alone; a string the text does not hold verbatim is converted alone.
 */
export const traditional: Transform = (text, gold) => {
  const out = toTraditional(text);
  if (out === text) return undefined;
  // OpenCC maps character for character here; if it ever did not, positions would not carry over
  const aligned = out.length === text.length;
  const convert = (s: string): string => {
    const at = aligned && s !== '' ? text.indexOf(s) : -1;
    return at >= 0 ? out.slice(at, at + s.length) : toTraditional(s);
  };
  return { text: out, gold: mapPrinted(gold, convert) };
};

// ─── separators ───────────────────────────────────────────────────────────────

/**
 * `、` between two units of one item written `，` (`区司法局、各街镇` →
 * `区司法局，各街镇`), as drafters mix the two in one responsibility list. Only
 * where the text prints two consecutive units of an item with `、` between them.
 */
export const separators: Transform = (text, gold) => {
  let out = text;
  for (const item of gold.items) {
    for (const [a, b] of neighbours(item.units.map((u) => u.name))) {
      out = out.split(`${a}、${b}`).join(`${a}，${b}`);
    }
  }
  return out === text ? undefined : { text: out, gold };
};

// ─── lead-suffix ──────────────────────────────────────────────────────────────

// 牵头单位:A;配合单位:B (or 责任单位:B) up to the clause's closing bracket or line end;
// B may hold a bracketed part of a name (各街道(功能区))
const LEAD_FIELDS =
  /牵头单位[:：]([^:：;；()（）〔〕\n]+)[;；](?:配合|责任)单位[:：]((?:[^:：;；()（）〔〕\n]|[(（][^()（）\n]*[)）])+?)(?=[)）〕]|$)/gmu;
// (A牵头,B配合) as a whole bracketed clause
const LEAD_SUFFIX = /([(（])([^()（）\n,，;；:：]+)牵头[,，]([^()（）\n]+?)配合([)）])/gu;

/**
 * The lead written as a suffix instead of a field, or the other way round:
 * `牵头单位：A；配合单位：B、C` (or `…；责任单位：B`) becomes `A牵头，B、C配合`; where
 * the document has no such fields, `(A牵头，B配合)` becomes
 * `(牵头单位：A；配合单位：B)`. The roles do not change (A leads, B assists), so
 * the answer does not either.
 */
export const leadSuffix: Transform = (text, gold) => {
  const out =
    text.search(LEAD_FIELDS) >= 0
      ? text.replace(LEAD_FIELDS, (_m, lead: string, rest: string) => `${lead}牵头，${rest}配合`)
      : text.replace(
          LEAD_SUFFIX,
          (_m, open: string, lead: string, rest: string, close: string) =>
            `${open}牵头单位：${lead}；配合单位：${rest}${close}`,
        );
  return out === text ? undefined : { text: out, gold };
};

// ─── page-chrome ──────────────────────────────────────────────────────────────

const CHROME_HEAD = [
  '首页 > 信息公开 > 规划计划',
  '来源：县政府办  发布时间：2023-03-01  阅读次数：1024',
  '【我要纠错】【打印】【关闭】',
];
const CHROME_FOOT = [
  'Copyright © 2023 某某县人民政府 版权所有',
  '地址：某某县人民路1号 邮编：000000 电话：0000-0000000',
  '技术支持：某某网络公司',
];

/**
 * A county portal's page around the text: a breadcrumb, a source / date / view
 * count line and page tools above; a copyright, address and 技术支持 footer below.
 * None of it is a field of any item.
 */
export const pageChrome: Transform = (text, gold) => ({
  text: [...CHROME_HEAD, '', text.replace(/\n+$/u, ''), '', ...CHROME_FOOT, ''].join('\n'),
  gold,
});

// ─── tables ───────────────────────────────────────────────────────────────────

/** A pipe table printed a row per line: lines `start` to `start + rows.length`, header first. */
interface RowTable {
  start: number;
  rows: string[][];
  /** whether its lines open / close with a `|` */
  open: boolean;
  close: boolean;
}

const cellsOf = (line: string): string[] =>
  line
    .trim()
    .replace(/^\|/u, '')
    .replace(/\|$/u, '')
    .split('|')
    .map((c) => c.trim());

/**
 * The first run of lines that hold `|`, when it is a table printed a row per line:
 * a header of two or more cells, and rows that are full (as many cells as the
 * header) or a single spanning cell. Ragged rows make the columns unknowable.
 */
function readRowTable(lines: readonly string[]): RowTable | undefined {
  const start = lines.findIndex((l) => l.includes('|'));
  if (start < 0) return undefined;
  let end = start;
  while (end < lines.length && lines[end]!.includes('|')) end++;
  const rows = lines.slice(start, end).map(cellsOf);
  const width = rows[0]!.length;
  if (width < 2 || rows[0]!.some((c) => c === '')) return undefined;
  if (rows.some((r) => r.length !== width && r.filter(Boolean).length > 1)) return undefined;
  const first = lines[start]!.trim();
  return { start, rows, open: first.startsWith('|'), close: first.endsWith('|') };
}

function writeRowTable(lines: readonly string[], table: RowTable): string {
  const row = (cells: string[]): string =>
    `${table.open ? '| ' : ''}${cells.join(' | ')}${table.close ? ' |' : ''}`;
  const out = [...lines];
  out.splice(table.start, table.rows.length, ...table.rows.map(row));
  return out.join('\n');
}

const UNIT_HEADER = /单位|部门|主体/u;
const NUMBER_HEADER = /^(序号|编号|序|号)$/u;

/**
 * The columns of a pipe table in another order, the same for the header and every
 * full row: unit columns moved to the front (after a 序号 column), as tables that
 * lead with who is responsible print them. Spanning rows stay as they are.
 */
export const tableColumnsReordered: Transform = (text, gold) => {
  if (gold.family !== 'table-pipe') return undefined;
  const lines = text.split('\n');
  const table = readRowTable(lines);
  if (!table) return undefined;
  const header = table.rows[0]!;
  const columns = header.map((_, i) => i);
  const fixed = columns.filter((i) => NUMBER_HEADER.test(header[i]!.replace(/\s+/gu, '')));
  const units = columns.filter((i) => !fixed.includes(i) && UNIT_HEADER.test(header[i]!));
  const order = [
    ...fixed,
    ...units,
    ...columns.filter((i) => !fixed.includes(i) && !units.includes(i)),
  ];
  if (order.every((c, i) => c === i)) return undefined;
  const rows = table.rows.map((r) => (r.length === header.length ? order.map((i) => r[i]!) : r));
  return { text: writeRowTable(lines, { ...table, rows }), gold };
};

/** A cell of a table printed a cell per line, with the line it is on. */
interface LineCell {
  text: string;
  line: number;
}

/**
 * The first run of cell-per-line lines (`CELL |`, `|`, `||`) as a header and rows,
 * cut at the cells that equal the answer's item labels, in order.
 */
function readCellTable(lines: readonly string[], gold: GoldAnswer): LineCell[][] | undefined {
  const isCellLine = (l: string): boolean => l.trim() !== '' && /^[^|]*\|+\s*$/u.test(l);
  const start = lines.findIndex(isCellLine);
  const labels = gold.items.map((item) => item.label ?? '').filter(Boolean);
  if (start < 0 || labels.length === 0) return undefined;
  const rows: LineCell[][] = [[]];
  for (let line = start; line < lines.length && isCellLine(lines[line]!); line++) {
    const text = lines[line]!.replace(/\|+\s*$/u, '').trim();
    if (text === labels[rows.length - 1]) rows.push([]);
    rows.at(-1)!.push({ text, line });
  }
  return rows.length - 1 === labels.length ? rows : undefined;
}

/** A row without the empty cells that close it. */
const trimRow = (row: readonly string[]): string[] => row.slice(0, row.findLastIndex(Boolean) + 1);

/**
 * A pipe table written one cell per line with a lone `|` line between cells and a
 * blank line between rows, as some portals flatten a web table when its text is
 * copied. Tables printed a row per line and tables already printed a cell per line
 * (`CELL |`, rows found at the answer's labels) are both rewritten; the cells and
 * their order do not change.
 */
export const tableCellPerLine: Transform = (text, gold) => {
  if (gold.family !== 'table-pipe') return undefined;
  const lines = text.split('\n');
  const byRow = readRowTable(lines);
  const byCell = byRow ? undefined : readCellTable(lines, gold);
  const rows = byRow?.rows ?? byCell?.map((row) => trimRow(row.map((c) => c.text)));
  const cells = byCell?.flat();
  const start = byRow?.start ?? cells?.[0]?.line;
  const end = byRow ? byRow.start + byRow.rows.length : (cells?.at(-1)?.line ?? -1) + 1;
  if (!rows || start === undefined) return undefined;
  const out = [...lines];
  out.splice(start, end - start, rows.map((r) => r.join('\n|\n')).join('\n\n'), '');
  return { text: out.join('\n'), gold };
};

/**
 * A cell equal to the cell above it left blank (all of a run but its first row),
 * as a merged cell (rowspan) reads when a web table is flattened to text: a
 * category, a leader or a lead unit printed once for the rows it spans. Applies
 * to pipe tables, a row per line or a cell per line (a blanked cell's line becomes
 * a lone `|`). The reader has to carry the value down, so the answer does not
 * change.
 */
export const tableMergedCells: Transform = (text, gold) => {
  if (gold.family !== 'table-pipe') return undefined;
  const lines = text.split('\n');
  const byRow = readRowTable(lines);
  if (byRow) {
    const [header, ...rows] = byRow.rows;
    const merged = blankRepeats(rows);
    if (!merged) return undefined;
    return { text: writeRowTable(lines, { ...byRow, rows: [header!, ...merged] }), gold };
  }
  const byCell = readCellTable(lines, gold)?.slice(1);
  const merged = byCell && blankRepeats(byCell.map((row) => row.map((c) => c.text)));
  if (!byCell || !merged) return undefined;
  const out = [...lines];
  byCell.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (merged[r]![c] !== cell.text) out[cell.line] = '|';
    }),
  );
  return { text: out.join('\n'), gold };
};

/** The rows with each cell equal to the one above it blanked; `undefined` if none is. */
function blankRepeats(rows: readonly string[][]): string[][] | undefined {
  let blanked = false;
  const out = rows.map((row, r) =>
    row.map((cell, c) => {
      const above = rows[r - 1];
      const spans = row.length < 2 || !above || above.length < 2;
      if (spans || cell === '' || above[c] !== cell) return cell;
      blanked = true;
      return '';
    }),
  );
  return blanked ? out : undefined;
}

// ─── html-spaces ──────────────────────────────────────────────────────────────

/**
 * Every non-blank line indented with two no-break spaces and closed with a space
 * and an ideographic space, as text copied from a web page whose paragraphs are
 * indented with `&nbsp;&nbsp;` and padded at the end.
 */
export const htmlSpaces: Transform = (text, gold) => ({
  text: text
    .split('\n')
    .map((l) => (l.trim() ? `\u00a0\u00a0${l} \u3000` : l))
    .join('\n'),
  gold,
});

// ─── wrapped-unit-name ────────────────────────────────────────────────────────

// the opening of a bracketed responsibility clause, up to its first field label
const CLAUSE_OPEN = /[(（〔][^()（）〔〕\n]*?(?:单位|部门)[:：]/u;

/**
 * A line wrap inside the first unit name of each bracketed responsibility clause
 * (`(责任单位:区发\n改委、…)`), as a page copied from a PDF or a fixed-width
 * layout breaks lines mid-word. Names of four or more characters are broken in
 * the middle; the answer does not change.
 */
export const wrappedUnitName: Transform = (text, gold) => {
  const names = [...new Set(gold.items.flatMap((i) => i.units.map((u) => u.name)))].filter(
    (n) => n.length >= 4,
  );
  const out = text
    .split('\n')
    .map((line) => {
      const open = CLAUSE_OPEN.exec(line);
      if (!open) return line;
      const from = open.index + open[0].length;
      const hits = names
        .map((name) => ({ name, at: line.indexOf(name, from) }))
        .filter((h) => h.at >= 0)
        .sort((a, b) => a.at - b.at || b.name.length - a.name.length);
      const hit = hits[0];
      if (!hit) return line;
      const cut = hit.at + Math.floor(hit.name.length / 2);
      return `${line.slice(0, cut)}\n${line.slice(cut)}`;
    })
    .join('\n');
  return out === text ? undefined : { text: out, gold };
};

// ─── footer-line ──────────────────────────────────────────────────────────────

/**
 * A portal's footer line after the text, a blank line apart: `主办单位：` and the
 * government office that runs the site, alone on its line. It is no field of
 * the last item.
 */
export const footerLine: Transform = (text, gold) => ({
  text: `${text.replace(/\n+$/u, '')}\n\n主办单位：某某县人民政府办公室\n`,
  gold,
});

// ─── html-page ────────────────────────────────────────────────────────────────

const HTML_HEAD =
  '<!DOCTYPE html><html><head><meta charset="utf-8"><title>某某县人民政府</title>' +
  '<style>p { margin: 0 } td > p { display: inline }</style>' +
  '<script>if (a < b && c > d) document.write("<p>1.假任务（责任单位：假单位）</p>");</script>' +
  '</head><body>';

/** Text as a page writes it: markup characters escaped, some by number or name. */
const escapeHtml = (s: string): string =>
  s
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/“/gu, '&ldquo;')
    .replace(/”/gu, '&rdquo;')
    .replace(/（/gu, '&#xFF08;')
    .replace(/）/gu, '&#65289;');

/**
 * The document saved as the HTML of its page, all on one line as minified pages
 * are: a head with a title, a style and a script; each line a `<p>`; a table
 * printed a row per line as a `<table>` of `<td>`s (a spanning row as one cell
 * with `colspan`). Applies to documents without tabs or blank-line-separated
 * cells, whose reading does not hang on white space a page would collapse, and
 * that are not a page's HTML already.
 */
export const htmlPage: Transform = (text, gold) => {
  // a document that is its page's HTML already would show its markup as text
  if (/\t/u.test(text) || /<(?:p|div|td|br)[\s/>]/iu.test(text)) return undefined;
  const lines = text.split(/\r?\n/u);
  const table = readRowTable(lines);
  const body: string[] = [];
  lines.forEach((line, i) => {
    if (table && i >= table.start && i < table.start + table.rows.length) {
      if (i === table.start) body.push('<table border="1">');
      const cells = table.rows[i - table.start]!;
      const filled = cells.filter(Boolean);
      body.push(
        filled.length === 1 && cells.length > 1
          ? `<tr><td colspan="${table.rows[0]!.length}">${escapeHtml(filled[0]!)}</td></tr>`
          : `<tr>${cells.map((c) => `<td><p>${escapeHtml(c)}</p></td>`).join('')}</tr>`,
      );
      if (i === table.start + table.rows.length - 1) body.push('</table>');
    } else if (line.trim()) body.push(`<p>${escapeHtml(line.trim())}</p>`);
  });
  return { text: `${HTML_HEAD}${body.join('')}</body></html>`, gold };
};
