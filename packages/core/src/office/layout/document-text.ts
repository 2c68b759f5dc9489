import type { OfficeDocument, OfficeParagraph } from '../office-document.js';
import { lineText } from './line-text.js';
import { tableLines, type PlacedLine } from './table-lines.js';

/** A document as the plan reader's input, with the place in the file of each line. */
export interface DocumentText {
  text: string;
  /** line `i + 1` of `text` came from `lines[i]` */
  lines: PlacedLine[];
}

/**
 * Lays a document's structure out as the lines the plan reader reads: a
 * paragraph on a line of its own (its line breaks kept), its automatic
 * numbering written before it as the reader sees it on the page (`1.推进…`,
 * `（一）加强…`), and each table as rows of cells between `|` (see
 * `tableLines`). Nothing is flattened first: the reader meets a grid where
 * the file had one.
 */
export function documentText(doc: OfficeDocument): DocumentText {
  const lines: PlacedLine[] = [];
  for (const block of doc.blocks) {
    if (block.kind === 'table') lines.push(...tableLines(block));
    else lines.push(...paragraphLines(block));
  }
  return { text: lines.map((l) => l.text).join('\n'), lines };
}

function paragraphLines(p: OfficeParagraph): PlacedLine[] {
  const parts = p.text.split(/\r\n|[\n\r\v\f\u2028]/u).map(lineText);
  const lines: PlacedLine[] = [];
  parts.forEach((text, i) => {
    const withLabel = i === 0 && p.label ? withNumber(p.label, text) : text;
    if (withLabel !== '') lines.push({ text: withLabel, place: p.place });
  });
  return lines;
}

/** `1.` + `推进` → `1.推进`; a label ending in a letter or digit (`1`, `A`) keeps a space. */
function withNumber(label: string, text: string): string {
  const l = label.trim();
  if (l === '') return text;
  return /[0-9A-Za-z]$/u.test(l) ? `${l} ${text}` : `${l}${text}`;
}
