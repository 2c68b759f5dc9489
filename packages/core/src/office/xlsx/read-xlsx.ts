import type { OfficeDocument } from '../office-document.js';
import { OfficeProblem } from '../office-problem.js';
import {
  parseAddress,
  sheetTable,
  type SheetCells,
  type SheetMerge,
} from '../sheet/sheet-table.js';
import { xmlTokens } from '../xml/xml-tokens.js';
import { mainEntry, linksOf } from '../zip/package-links.js';
import { readZip, unzipText, type ZipLimits } from '../zip/read-zip.js';
import { dateStyles, serialDate } from './date-styles.js';

/**
 * Reads an Excel workbook (`.xlsx`): every visible sheet, in the workbook's
 * order, as a table grid with its merged ranges spread (see `sheetTable`).
 * Cells read as Excel shows their value: shared and inline strings, numbers,
 * dates in date formats as `YYYY-MM-DD`, TRUE/FALSE. Parts are unpacked
 * within `limits` (a zip bomb is refused before it is inflated). Throws an
 * `OfficeProblem` for a file that is no workbook or cannot be unpacked.
 */
export function readXlsx(bytes: Uint8Array, limits?: ZipLimits): OfficeDocument {
  const zip = readZip(bytes);
  const main = mainEntry(zip, 'xl/workbook.xml');
  const workbook = unzipText(zip, main, limits);
  if (workbook === undefined) {
    throw new OfficeProblem(
      'office/not-this-format',
      'the file is a ZIP archive but holds no Excel workbook (xl/workbook.xml). Is it another kind of file renamed .xlsx?',
      { format: 'xlsx' },
    );
  }
  const links = linksOf(zip, main);
  const byId = new Map(links.map((l) => [l.id, l.target]));
  const shared = readSharedStrings(
    unzipText(
      zip,
      links.find((l) => l.type === 'sharedStrings')?.target ?? 'xl/sharedStrings.xml',
      limits,
    ),
  );
  const styles = dateStyles(
    unzipText(zip, links.find((l) => l.type === 'styles')?.target ?? 'xl/styles.xml', limits),
  );
  const { sheets, date1904 } = readWorkbook(workbook);
  const blocks = [];
  for (const sheet of sheets) {
    if (sheet.hidden) continue;
    const target = byId.get(sheet.rid);
    const xml = target === undefined ? undefined : unzipText(zip, target, limits);
    if (xml === undefined) continue;
    const cells = readSheet(xml, sheet.name, shared, (s, v) =>
      styles.has(s) ? serialDate(Number(v), date1904) : undefined,
    );
    const table = sheetTable(cells);
    if (table.rows.length > 0) blocks.push(table);
  }
  return { format: 'xlsx', blocks, sheets: blocks.length };
}

function readWorkbook(xml: string): {
  sheets: { name: string; rid: string; hidden: boolean }[];
  date1904: boolean;
} {
  const sheets: { name: string; rid: string; hidden: boolean }[] = [];
  let date1904 = false;
  for (const t of xmlTokens(xml)) {
    if (t.kind !== 'open') continue;
    if (t.name === 'sheet' || t.name.endsWith(':sheet')) {
      const rid = Object.entries(t.attrs).find(([k]) => k.endsWith(':id'))?.[1] ?? '';
      const state = t.attrs['state'];
      sheets.push({
        name: t.attrs['name'] ?? '',
        rid,
        hidden: state === 'hidden' || state === 'veryHidden',
      });
    } else if (t.name === 'workbookPr' || t.name.endsWith(':workbookPr')) {
      const v = t.attrs['date1904'];
      date1904 = v === '1' || v === 'true';
    }
  }
  return { sheets, date1904 };
}

/** The shared strings: each `si`'s text runs joined, phonetic guides (`rPh`) left out. */
function readSharedStrings(xml: string | undefined): string[] {
  const strings: string[] = [];
  if (!xml) return strings;
  let current: string | undefined;
  let inText = false;
  let phonetic = 0;
  for (const t of xmlTokens(xml)) {
    if (t.kind === 'open') {
      const name = localName(t.name);
      if (name === 'si') current = t.empty ? (strings.push(''), undefined) : '';
      else if (name === 'rPh' && !t.empty) phonetic++;
      else if (name === 't') inText = !t.empty;
    } else if (t.kind === 'close') {
      const name = localName(t.name);
      if (name === 'si' && current !== undefined) {
        strings.push(current);
        current = undefined;
      } else if (name === 'rPh') phonetic--;
      else if (name === 't') inText = false;
    } else if (inText && phonetic === 0 && current !== undefined) current += t.text;
  }
  return strings;
}

/**
 * A sheet's cells and merged ranges. `date` turns a number in a date style
 * into its date, or gives undefined for other styles.
 */
function readSheet(
  xml: string,
  name: string,
  shared: readonly string[],
  date: (style: string, value: string) => string | undefined,
): SheetCells {
  const cells: (string | undefined)[][] = [];
  const merges: SheetMerge[] = [];
  let row = -1;
  let cell: { r: number; c: number; type: string; style: string; value: string } | undefined;
  let inValue = false;
  let column = -1;
  for (const t of xmlTokens(xml)) {
    if (t.kind === 'text') {
      if (inValue && cell) cell.value += t.text;
      continue;
    }
    const local = localName(t.name);
    if (t.kind === 'open') {
      if (local === 'row') {
        const r = Number(t.attrs['r']);
        row = Number.isInteger(r) && r > 0 ? r - 1 : row + 1;
        column = -1;
      } else if (local === 'c') {
        const at = parseAddress(t.attrs['r'] ?? '');
        const [r, c] = at ?? [row, column + 1];
        column = c;
        cell = { r, c, type: t.attrs['t'] ?? 'n', style: t.attrs['s'] ?? '0', value: '' };
        if (t.empty) cell = undefined;
      } else if (local === 'v' || local === 't') {
        inValue = !t.empty && cell !== undefined;
      } else if (local === 'mergeCell') {
        const [from, to] = (t.attrs['ref'] ?? '').split(':');
        const a = parseAddress(from ?? '');
        const b = parseAddress(to ?? from ?? '');
        if (a && b) merges.push({ r0: a[0], c0: a[1], r1: b[0], c1: b[1] });
      }
      continue;
    }
    if (local === 'v' || local === 't') inValue = false;
    else if (local === 'c' && cell) {
      const text = cellText(cell, shared, date);
      if (text !== '') (cells[cell.r] ??= [])[cell.c] = text;
      cell = undefined;
    }
  }
  return { name, cells, merges };
}

function cellText(
  cell: { type: string; style: string; value: string },
  shared: readonly string[],
  date: (style: string, value: string) => string | undefined,
): string {
  switch (cell.type) {
    case 's':
      return shared[Number(cell.value)] ?? '';
    case 'b':
      return cell.value === '1' ? 'TRUE' : 'FALSE';
    case 'n':
      return cell.value === '' ? '' : (date(cell.style, cell.value) ?? cell.value);
    default:
      // str (a formula's text), inlineStr, e (an error such as #N/A), d (an ISO date)
      return cell.value;
  }
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}
