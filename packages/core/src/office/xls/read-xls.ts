import type { CellObject, WorkBook } from '@e965/xlsx';
import type { OfficeLibraries } from '../libraries.js';
import type { OfficeDocument, OfficeTable } from '../office-document.js';
import { formatSize } from '../../text/format-size.js';
import { OfficeProblem } from '../office-problem.js';
import { sheetTable, type SheetMerge } from '../sheet/sheet-table.js';

// BIFF workbooks hold at most 65,536 rows of 256 columns; SheetJS takes several times a file's size
const MAX_XLS = 100 * 1024 * 1024;

/**
 * Reads an Excel 97–2003 workbook (`.xls`, BIFF) with SheetJS: every visible
 * sheet as a table grid with its merged ranges spread (see `sheetTable`),
 * each cell as Excel shows it (its formatted text). Throws an
 * `OfficeProblem` for a password-protected or damaged file.
 */
export function readXls(
  bytes: Uint8Array,
  sheetjs: ReturnType<OfficeLibraries['sheetjs']>,
): OfficeDocument {
  if (bytes.length > MAX_XLS) {
    throw new OfficeProblem(
      'office/too-large',
      `the workbook is larger than remit reads in the Excel 97–2003 format (${formatSize(bytes.length)}; the limit is ${formatSize(MAX_XLS)}). Save it as .xlsx, or the sheet as CSV.`,
      { entry: 'Workbook', size: formatSize(bytes.length), limit: formatSize(MAX_XLS) },
    );
  }
  let book: WorkBook;
  try {
    book = sheetjs.read(bytes, {
      type: 'array',
      dense: true,
      cellFormula: false,
      cellHTML: false,
      cellStyles: false,
      bookVBA: false,
    });
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    if (/password|encrypt/iu.test(why)) {
      throw new OfficeProblem(
        'office/encrypted',
        'the file is protected by a password; remit cannot open it. Open it in Excel or WPS, remove the password and save a copy.',
        { kind: 'xls' },
      );
    }
    throw new OfficeProblem(
      'office/damaged',
      `the file starts like an Excel 97–2003 workbook but cannot be read (${why}). Open it in Excel or WPS and save it as .xlsx.`,
      { why: 'xls', detail: why },
    );
  }
  const blocks: OfficeTable[] = [];
  book.SheetNames.forEach((name, i) => {
    if (book.Workbook?.Sheets?.[i]?.Hidden) return;
    const sheet = book.Sheets[name];
    if (!sheet) return;
    const data = (sheet['!data'] ?? []) as (CellObject | undefined)[][];
    const cells = data.map((row) => (row ?? []).map((c) => (c ? cellText(c) : undefined)));
    const merges: SheetMerge[] = (sheet['!merges'] ?? []).map((m) => ({
      r0: m.s.r,
      c0: m.s.c,
      r1: m.e.r,
      c1: m.e.c,
    }));
    const table = sheetTable({ name, cells, merges });
    if (table.rows.length > 0) blocks.push(table);
  });
  return { format: 'xls', blocks, sheets: blocks.length };
}

function cellText(cell: CellObject): string | undefined {
  if (cell.t === 'z') return undefined;
  if (typeof cell.w === 'string') return cell.w;
  return cell.v === undefined || cell.v === null ? undefined : String(cell.v);
}
