import type { Table } from '../io/table.js';
import { displayWidth } from '../report/display-width.js';

/** Narrowest and widest column, in Excel's width unit (the width of a digit). */
const MIN_WIDTH = 6;
const MAX_WIDTH = 60;
/** Room for the cell's margins and the header's bold face. */
const PADDING = 2;

/**
 * The width of each column of a table in Excel's unit, the width of the digit
 * 0: the widest cell of the column, header included, with a 汉字 counted as
 * two digits (`displayWidth`), plus padding, between 6 and 60. A longer title
 * is cut off at the cell's edge on screen and is whole in the cell.
 */
export function columnWidths(table: Table): number[] {
  // Titles, units and roles repeat on many rows; measuring each text once keeps
  // a plan of thousands of assignments fast (displayWidth segments graphemes).
  const known = new Map<string, number>();
  const widthOf = (text: string): number => {
    let w = known.get(text);
    if (w === undefined) {
      w = displayWidth(text);
      known.set(text, w);
    }
    return w;
  };
  const widths = table.header.map(widthOf);
  for (const row of table.rows) {
    for (let c = 0; c < widths.length; c++) {
      const cell = row[c];
      if (cell === undefined || cell === '') continue;
      const w = widthOf(String(cell));
      if (w > widths[c]!) widths[c] = w;
    }
  }
  return widths.map((w) => Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, w + PADDING)));
}
