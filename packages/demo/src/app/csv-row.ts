/** Characters that make a cell need quotes. */
const NEEDS_QUOTES = /[",;|\t\r\n]/u;
/** Cells starting with these could run as formulas in a spreadsheet. */
const FORMULA_START = /^[=+\-@\t\r]/u;

/**
 * One comma-separated row as core's CSV writers write them: a cell that could
 * start a spreadsheet formula gets a leading `'`, and a cell holding a quote, a
 * delimiter or a line break is quoted with its quotes doubled.
 */
export function csvRow(cells: readonly (string | number)[]): string {
  return cells
    .map((value) => {
      const cell = String(value);
      const safe = typeof value === 'string' && FORMULA_START.test(cell) ? `'${cell}` : cell;
      return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
    })
    .join(',');
}
