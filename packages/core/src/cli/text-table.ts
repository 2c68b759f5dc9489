import { displayWidth } from '../report/display-width.js';

export type Align = 'left' | 'right';

export interface TextColumn {
  header: string;
  align?: Align;
  /** cut cells wider than this many terminal columns, with … */
  maxWidth?: number;
}

/**
 * Lays out rows as a plain-text table whose columns line up in a terminal,
 * counting East Asian wide characters (汉字, full-width punctuation) as two
 * columns.
 */
export function textTable(
  columns: readonly TextColumn[],
  rows: readonly (readonly string[])[],
): string {
  const cells = rows.map((row) => columns.map((c, i) => truncate(clean(row[i] ?? ''), c.maxWidth)));
  const widths = columns.map((c, i) =>
    Math.max(displayWidth(c.header), ...cells.map((row) => displayWidth(row[i]!))),
  );
  const line = (row: readonly string[]) =>
    row
      .map((cell, i) => pad(cell, widths[i]!, columns[i]!.align ?? 'left'))
      .join('  ')
      .trimEnd();
  return [
    line(columns.map((c) => c.header)),
    line(widths.map((w) => '-'.repeat(w))),
    ...cells.map(line),
  ].join('\n');
}

function pad(cell: string, width: number, align: Align): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(cell)));
  return align === 'right' ? fill + cell : cell + fill;
}

// Control characters in input must not move the terminal's cursor.
function clean(cell: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return cell.replace(/[\u0000-\u001f\u007f-\u009f]/gu, ' ');
}

function truncate(cell: string, max: number | undefined): string {
  if (max === undefined || displayWidth(cell) <= max) return cell;
  let out = '';
  for (const ch of cell) {
    if (displayWidth(out + ch) > max - 1) break;
    out += ch;
  }
  return `${out}…`;
}
