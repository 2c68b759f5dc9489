import type { Clause } from '../clause/clause.js';
import type { SplitNote } from '../units/split-unit-list.js';

/** How sure the reader is of one item, and why. */
export interface ItemReading {
  /** the item's id in the plan */
  item: string;
  /**
   * 0–1: 1 for units read under a label (`责任单位:`, a 牵头单位 column), less where
   * the reader inferred them or chose between readings (see `itemReading`).
   * Use it to point a person at the items to check first.
   */
  confidence: number;
  /** how the units were found */
  evidence: ItemEvidence;
  /** what lowered the confidence, as short codes (`restored-breaks`, `run-together` …) */
  doubts: string[];
}

/**
 * `label`: a field with a label (责任单位:, 【牵头单位】); `table`: a table's unit
 * columns; `role-words`: names with role words (X牵头,Y配合); `bracket`: a bracketed
 * list of names without a label; `by-phrase`, `name-line`, `heading`, `merged-cell`,
 * `unit-led`: inferred (see `Clause.implicit`); `none`: the item has no units.
 */
export type ItemEvidence =
  | 'label'
  | 'table'
  | 'role-words'
  | 'bracket'
  | 'by-phrase'
  | 'name-line'
  | 'heading'
  | 'merged-cell'
  | 'unit-led'
  | 'none';

// The weakest evidence of an item sets its base; each doubt then costs a share.
const BASE: Record<ItemEvidence, number> = {
  label: 1,
  table: 0.95,
  'role-words': 0.9,
  bracket: 0.85,
  'merged-cell': 0.75,
  'by-phrase': 0.6,
  'name-line': 0.6,
  heading: 0.6,
  'unit-led': 0.5,
  none: 0.3,
};
const SPLIT_DOUBTS = ['run-together', 'unsplit'] as const;
const DOUBT: Record<string, number> = {
  'restored-breaks': 0.9,
  'run-together': 0.85,
  unsplit: 0.7,
  'no-title': 0.8,
};

/**
 * The reading of one item: its evidence (the weakest of its clauses) and the
 * doubts the reader had (breaks restored in the document, names split where
 * they ran together, a list that could not be split, no title).
 * confidence = BASE[evidence] × Π DOUBT[doubt].
 */
export function itemReading(
  item: string,
  clauses: readonly Clause[],
  notes: readonly { note: SplitNote }[],
  flags: { restoredBreaks: boolean; title: string; units: number },
): ItemReading {
  let evidence: ItemEvidence = flags.units === 0 ? 'none' : 'label';
  if (flags.units > 0) {
    for (const clause of clauses) {
      const e = evidenceOf(clause);
      if (BASE[e] < BASE[evidence]) evidence = e;
    }
  }
  const doubts: string[] = [];
  if (flags.restoredBreaks) doubts.push('restored-breaks');
  if (notes.length > 0) {
    for (const kind of SPLIT_DOUBTS) {
      if (notes.some((n) => n.note.kind === kind)) doubts.push(kind);
    }
  }
  if (flags.title === '') doubts.push('no-title');
  let confidence = BASE[evidence];
  for (const d of doubts) confidence *= DOUBT[d]!;
  return { item, confidence: Math.round(confidence * 100) / 100, evidence, doubts };
}

function evidenceOf(clause: Clause): ItemEvidence {
  if (clause.implicit) return clause.implicit;
  if (clause.form === 'table') return 'table';
  if (clause.form === 'lead-suffix') return 'role-words';
  return clause.fields.some((f) => f.label !== '') ? 'label' : 'bracket';
}
