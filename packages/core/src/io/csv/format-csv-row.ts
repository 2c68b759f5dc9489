import { escapeFormula } from './formula-prefix.js';

/** Characters that make a cell need quotes: every delimiter Remit detects, quotes, line breaks. */
const NEEDS_QUOTES = /[",;|\t\r\n]/u;

/**
 * Formats one CSV row, comma-separated: each cell guarded against formula
 * injection (`escapeFormula`), then quoted (quotes doubled) when it holds a
 * quote, a line break or any of `,` `;` `|` tab, so that delimiter detection
 * cannot be misled by a cell. No line break is added.
 */
export function formatCsvRow(cells: readonly string[]): string {
  return cells
    .map((cell) => {
      const safe = escapeFormula(cell);
      return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
    })
    .join(',');
}
