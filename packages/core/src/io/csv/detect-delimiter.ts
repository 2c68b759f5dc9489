import { columnKind } from './column-kind.js';
import { findHeader, headerCells, isBlankRecord } from './find-header.js';
import { tokenizeCsv, type CsvRecord } from './tokenize-csv.js';

/** The delimiters Remit recognises. The full-width `，` is never one: it separates unit names. */
export const DELIMITERS: readonly string[] = [',', '\t', ';', '|'];

/** How much of the text `detectDelimiter` reads. */
const SAMPLE_CHARS = 64 * 1024;
const SAMPLE_RECORDS = 50;

/**
 * Picks the delimiter of CSV text among `,` tab `;` `|`. The text's start is
 * split into records with each (quotes respected, so a quoted cell holding
 * line breaks or other delimiters does not mislead it), and the candidates are
 * ranked by:
 * 1. how many cells of the header row name a known column (item, 事项, unit …);
 * 2. how many records have the same number of fields (two or more), less
 *    the quoting problems the split causes, then the number of fields.
 *
 * Ties go to the earlier in `DELIMITERS`. A title line above the header does
 * not disturb it. Text none of them splits is taken as comma-separated.
 */
export function detectDelimiter(text: string): string {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  let best = ',';
  let bestRank: [number, number] = [-1, -Infinity];
  for (const delimiter of DELIMITERS) {
    const { records, problems } = tokenizeCsv(sample, { delimiter, maxFieldLength: 256 });
    const header = findHeader(records);
    const known =
      header < 0
        ? 0
        : headerCells(records[header]!).filter((c) => columnKind(c) !== undefined).length;
    const rank: [number, number] = [known, consistency(records) - problems.length * 1000];
    if (rank[0] > bestRank[0] || (rank[0] === bestRank[0] && rank[1] > bestRank[1])) {
      best = delimiter;
      bestRank = rank;
    }
  }
  return best;
}

/** Records agreeing on the commonest field count (×1000), plus that count. */
function consistency(records: readonly CsvRecord[]): number {
  const tally = new Map<number, number>();
  let seen = 0;
  for (const record of records) {
    if (isBlankRecord(record)) continue;
    if (++seen > SAMPLE_RECORDS) break;
    const fields = record.fields.length;
    if (fields >= 2) tally.set(fields, (tally.get(fields) ?? 0) + 1);
  }
  let score = 0;
  for (const [fields, agreeing] of tally)
    score = Math.max(score, agreeing * 1000 + Math.min(fields, 999));
  return score;
}
