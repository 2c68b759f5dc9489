/** The delimiters Remit recognises. The full-width `，` is never one: it separates unit names. */
export const DELIMITERS: readonly string[] = [',', '\t', ';', '|'];

/** How many physical lines `detectDelimiter` looks at. */
const SAMPLE_LINES = 20;

/**
 * Picks the delimiter of CSV text among `,` tab `;` `|`: the one that splits
 * the most of the first 20 non-blank lines (counting outside quotes) into the
 * same number of fields, then the one giving more fields; ties go to the
 * earlier in `DELIMITERS`. A title line above the header does not disturb it.
 * Text with none of them is taken as comma-separated (one column).
 */
export function detectDelimiter(text: string): string {
  const lines: string[] = [];
  let start = 0;
  while (start < text.length && lines.length < SAMPLE_LINES) {
    let end = start;
    while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
    // a sample line need not be whole: a 10 MB field must not be copied
    const line = text.slice(start, Math.min(end, start + 65_536));
    if (line.trim() !== '') lines.push(line);
    start = end + 1;
  }
  let best = ',';
  let bestScore = -1;
  for (const delimiter of DELIMITERS) {
    const counts = lines.map((line) => countOutsideQuotes(line, delimiter));
    const tally = new Map<number, number>();
    for (const c of counts) if (c > 0) tally.set(c, (tally.get(c) ?? 0) + 1);
    for (const [fields, agreeing] of tally) {
      const score = agreeing * 1000 + Math.min(fields, 999);
      if (score > bestScore) {
        best = delimiter;
        bestScore = score;
      }
    }
  }
  return best;
}

function countOutsideQuotes(line: string, delimiter: string): number {
  let count = 0;
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (c === delimiter && !quoted) count++;
  }
  return count;
}
