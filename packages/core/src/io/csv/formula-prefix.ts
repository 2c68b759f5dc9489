/**
 * Cells that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, and a
 * leading tab or carriage return), possibly behind apostrophes already.
 */
const NEEDS_PREFIX = /^'*[=+\-@\t\r]/u;
const HAS_PREFIX = /^'+[=+\-@\t\r]/u;
/** First characters that may need the guard: `'` and the triggers themselves. */
const TRIGGERS: ReadonlySet<number> = new Set([..."'=+-@\t\r"].map((c) => c.charCodeAt(0)));

/**
 * Guards a cell against spreadsheet formula injection by putting `'` in front
 * of a cell that starts with `= + - @`, tab or CR. A cell that already starts
 * with apostrophes before such a character gets one more, so that
 * `unescapeFormula` gives back exactly the original.
 */
export function escapeFormula(cell: string): string {
  if (!TRIGGERS.has(cell.charCodeAt(0))) return cell;
  return NEEDS_PREFIX.test(cell) ? `'${cell}` : cell;
}

/** Removes the one `'` that `escapeFormula` adds; other cells are returned as they are. */
export function unescapeFormula(cell: string): string {
  if (cell.charCodeAt(0) !== 0x27) return cell;
  return HAS_PREFIX.test(cell) ? cell.slice(1) : cell;
}
