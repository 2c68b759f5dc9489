import { cleanFieldText } from '../../model/validate/clean-field-text.js';
import { detectLayout, type CsvColumns } from './detect-layout.js';
import { headerCells, isBlankRecord, looksLikeHeader, MAX_LEAD_RECORDS } from './find-header.js';
import { unescapeFormula } from './formula-prefix.js';
import { forEachCsvRecord, type CsvRecord } from './tokenize-csv.js';

/** What a first pass over CSV text finds before any row is read. */
export interface CsvScan {
  /** the header record, its position among all records, its texts and how its columns are read */
  header?: { record: CsvRecord; ordinal: number; cells: string[]; columns: CsvColumns };
  /** non-blank records above the header (title lines) */
  lead: CsvRecord[];
  /** item ids written in the item column, reserved before ids are made up */
  itemIds: string[];
  /** per ignored column, how many rows hold something in it */
  filled: Map<number, number>;
  /** the first non-blank record's line */
  firstLine: number;
}

/**
 * First pass over CSV text: finds the header among the first ten non-blank
 * records, and gathers what the second pass needs to know in advance. Records
 * are not kept, so memory does not grow with the file.
 */
export function scanCsv(text: string, delimiter: string, maxFieldLength?: number): CsvScan {
  const scan: CsvScan = { lead: [], itemIds: [], filled: new Map(), firstLine: 0 };
  let ordinal = -1;
  let seen = 0;
  const options = { delimiter, ...(maxFieldLength === undefined ? {} : { maxFieldLength }) };
  forEachCsvRecord(text, options, (record) => {
    ordinal++;
    if (isBlankRecord(record)) return;
    const { header } = scan;
    if (header === undefined) {
      if (seen === 0) scan.firstLine = record.line;
      if (++seen > MAX_LEAD_RECORDS) return;
      if (looksLikeHeader(record)) {
        const cells = headerCells(record);
        scan.header = { record, ordinal, cells, columns: detectLayout(cells) };
      } else scan.lead.push(record);
      return;
    }
    const itemColumn = header.columns.index.get('item');
    const cell = itemColumn === undefined ? undefined : record.fields[itemColumn];
    if (cell) scan.itemIds.push(cleanFieldText(unescapeFormula(cell.value), true).text);
    for (const c of header.columns.ignored.keys()) {
      if ((record.fields[c]?.value ?? '').trim() !== '') {
        scan.filled.set(c, (scan.filled.get(c) ?? 0) + 1);
      }
    }
  });
  return scan;
}
