import type { Diagnostic } from '../model/diagnostic.js';
import { parse, type ParseOptions, type ParseResult } from '../parse/index.js';
import { documentText } from './layout/document-text.js';
import type { PlacedLine } from './layout/table-lines.js';
import type { OfficeDocument } from './office-document.js';

/**
 * Reads the plan in an office document's structure (see `documentText`):
 * the same reader as for text, given paragraphs with their numbering and
 * tables as grids. Diagnostics name places in the file's own terms (in
 * `field`: `paragraph 12`, `table 1, row 3, cell 2`, `Sheet1!C14`,
 * `page 2, line 5`) instead of lines of a text the person never saw.
 * `text` is the text the reader read (what an item's `line` counts in):
 * reading it again as text gives the same plan.
 */
export function parseOfficeDocument(
  doc: OfficeDocument,
  options: ParseOptions = {},
): ParseResult & { text: string } {
  const { text, lines } = documentText(doc);
  const result = parse(text, options);
  return { ...result, diagnostics: result.diagnostics.map((d) => placed(d, lines)), text };
}

function placed(d: Diagnostic, lines: readonly PlacedLine[]): Diagnostic {
  if (d.line === undefined) return d;
  const line = lines[d.line - 1];
  if (!line) return d;
  const { line: _line, column: _column, ...rest } = d;
  return { ...rest, field: placeOf(line, d.column) };
}

/** The place of a line, or of the cell a column falls in. */
function placeOf(line: PlacedLine, column: number | undefined): string {
  if (!line.cells || column === undefined) return line.place;
  const at = column - 1;
  let place = line.place;
  for (const cell of line.cells) {
    if (cell.start > at) break;
    place = cell.place;
  }
  return place;
}
