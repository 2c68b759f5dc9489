import type { Clause } from '../clause/clause.js';
import type { Numbering } from '../numbering/read-numbering.js';
import type { SourceLine } from '../text/source-text.js';

/**
 * A candidate entry of the document: a numbered paragraph, an unnumbered paragraph
 * that carries a clause, a table row, or an unnumbered heading inside a table. Whether it becomes an item, a section or
 * part of an item is decided once all entries are read (see `resolveEntries`).
 */
export interface Entry {
  kind: 'numbered' | 'loose' | 'table-row' | 'heading';
  /** nesting rank (see `Numbering.rank`); loose paragraphs and table rows nest deepest */
  rank: number;
  numbering?: Numbering;
  /** the numbering as printed */
  label?: string;
  line: SourceLine;
  /** ranges of the entry's text: its first line after the label, then following lines */
  body: [number, number][];
  clauses: Clause[];
  /** how many of the clauses stood on lines of their own */
  lineClauses: number;
  /** a clause closed the paragraph: following unnumbered text is not part of it */
  closed: boolean;
  /** for table rows: the line of the table's header (the title is looked for above it) */
  tableLine?: SourceLine;
}

/** Rank of entries without numbering of their own. */
export const LOOSE_RANK = 8;

/** True when entry `k` has no entries under it (the next one is not of a deeper rank). */
export function hasNothingUnder(entries: readonly Entry[], k: number): boolean {
  const next = entries[k + 1];
  return next === undefined || next.rank <= entries[k]!.rank;
}
