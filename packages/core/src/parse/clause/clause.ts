import type { FieldKind } from '../lexicon/field-words.js';

/** One field of a responsibility clause: `牵头单位：区发改委` → kind lead, value `区发改委`. */
export interface ClauseField {
  kind: FieldKind;
  /** the label as folded (`牵头单位`), or '' for a clause without labels (`X牵头,Y配合`) */
  label: string;
  /** value range in the source text */
  start: number;
  end: number;
}

/** How a clause was written. */
export type ClauseForm =
  | 'bracket' // (责任单位:…) […] 〔…〕 【…】, at the end of a paragraph or inside it
  | 'bracket-label' // 【责任单位】… up to the end of the line
  | 'inline' // …。牵头单位:… up to the end of the line
  | 'line' // 责任单位:… on a line of its own
  | 'lead-suffix' // (市政府办公室牵头,市级各有关部门按职责分工负责)
  | 'table'; // cells of a responsibility table

/** A responsibility clause: where it is in the source text and its fields. */
export interface Clause {
  form: ClauseForm;
  /** range of the whole clause, brackets included */
  start: number;
  end: number;
  fields: ClauseField[];
  /** a bracket that never closed: the clause was read to the end of its line */
  unclosed?: boolean;
  /** for table cells: names are separated by spaces as well */
  table?: boolean;
  /**
   * Responsibility the reader inferred rather than read under a label: a phrase
   * 由X负责 in the text, a line of names under the entry, a heading that names who
   * leads the entries under it, a table cell merged from the row above, or a
   * unit's name before a colon on a page that lists what each unit must do.
   */
  implicit?: 'by-phrase' | 'name-line' | 'heading' | 'merged-cell' | 'unit-led';
}
