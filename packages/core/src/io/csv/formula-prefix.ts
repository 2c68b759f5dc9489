/**
 * Cells that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, and a
 * leading tab or carriage return), possibly behind apostrophes already.
 */
const NEEDS_PREFIX = /^'*[=+\-@\t\r]/u;
const HAS_PREFIX = /^'+[=+\-@\t\r]/u;

/**
 * Guards a cell against spreadsheet formula injection by putting `'` in front
 * of a cell that starts with `= + - @`, tab or CR. A cell that already starts
 * with apostrophes before such a character gets one more, so that
 * `unescapeFormula` gives back exactly the original.
 */
export function escapeFormula(cell: string): string {
  return NEEDS_PREFIX.test(cell) ? `'${cell}` : cell;
}

/** Removes the one `'` that `escapeFormula` adds; other cells are returned as they are. */
export function unescapeFormula(cell: string): string {
  return HAS_PREFIX.test(cell) ? cell.slice(1) : cell;
}
