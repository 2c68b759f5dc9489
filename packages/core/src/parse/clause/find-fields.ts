import { fieldKindOf, isFieldLabel, type FieldKind } from '../lexicon/field-words.js';
import type { ClauseField } from './clause.js';
import { leadSuffixFields } from './lead-suffix-fields.js';
import { indexIn } from '../text/index-in.js';
import { isCloseBracket, isOpenBracket } from '../text/brackets.js';
import { isHan } from '../text/is-han.js';
import { hasWhiteSpace } from '../text/white-space.js';

const MAX_LABEL = 12;
const MAX_NOTE = 8;
const COLON = 0x3a;
const LABEL_STARTS = new Int32Array(MAX_LABEL + 2);
const PAREN = 0x28;

/**
 * The fields in [s, e) of folded text: labels followed by a colon (`牵头单位:`)
 * or in brackets (`【责任单位】`). Each value runs to the next label. Labels are
 * whole words: the characters before a label are not Han (`区政府办公室,责任单位:`).
 */
export function findFields(key: string, s: number, e: number): ClauseField[] {
  const fields: ClauseField[] = [];
  // the label met last and where its value starts; the value runs to the next label
  let label: string | undefined;
  let valueStart = 0;
  for (let i = s; i < e; i++) {
    const c = key.charCodeAt(i);
    if (c === COLON) {
      const labelStart = labelBefore(key, i, s);
      if (labelStart >= 0) {
        if (label !== undefined) pushField(key, fields, label, valueStart, labelStart);
        label = labelText(key, labelStart, i);
        valueStart = i + 1;
      } else if (label !== undefined) {
        // another field the lexicon does not name (`责任单位:市公安局 实际完成情况:…`) ends this one
        const other = otherLabelBefore(key, i, valueStart);
        if (other >= 0) {
          pushField(key, fields, label, valueStart, other);
          label = undefined;
        }
      }
    } else if (isOpenBracket(c) && !(c === PAREN && i > s && isHan(key.charCodeAt(i - 1)))) {
      // `区发改委(牵头)` annotates the name before it; `【配合单位】` is a label anywhere
      const close = bracketLabelEnd(key, i, e);
      // `责任单位(部门):` is one label with a note, not a bracketed label
      if (close > 0 && key.charCodeAt(close + 1) !== COLON) {
        if (label !== undefined) pushField(key, fields, label, valueStart, i);
        label = key.slice(i + 1, close).trim();
        valueStart = close + 1;
        i = close;
      }
    }
  }
  if (label !== undefined) pushField(key, fields, label, valueStart, e);
  // at its size: the list is kept by its clause (a pushed list keeps room for 17)
  return fields.slice();
}

/** Adds the field of `label` with its value [start, end), split where `splitUnlabelledTail` splits it. */
function pushField(
  key: string,
  fields: ClauseField[],
  label: string,
  start: number,
  end: number,
): void {
  const known = fieldLabelOf(label);
  const field: ClauseField = { kind: known.kind, label: known.label, start, end };
  const split = splitUnlabelledTail(key, field);
  if (split) for (const f of split) fields.push(f);
  else fields.push(field);
}

/** A label as a field keeps it: one string for each distinct label, and its kind. */
interface FieldLabel {
  label: string;
  kind: FieldKind;
}

// A document writes a few labels on every item: each field kept its own copy of
// its label (a string sliced from the text) and worked out its kind anew. The
// entries hold their fields to the end of the parse.
const fieldLabels = new Map<string, FieldLabel>();
const MAX_FIELD_LABELS = 10_000;

function fieldLabelOf(label: string): FieldLabel {
  let known = fieldLabels.get(label);
  if (known === undefined) {
    if (fieldLabels.size >= MAX_FIELD_LABELS) fieldLabels.clear();
    known = { label, kind: fieldKindOf(label) };
    fieldLabels.set(label, known);
  }
  return known;
}

/**
 * A field whose value goes on, after `;`, with units and their roles written
 * without a label (`责任领导:洪声耀;区交通运输局牵头,区发改局配合`): the field ends at
 * the `;` and the rest is read as `X牵头,Y配合`. Undefined for any other field.
 */
function splitUnlabelledTail(key: string, field: ClauseField): ClauseField[] | undefined {
  for (
    let i = indexIn(key, ';', field.start, field.end);
    i >= 0;
    i = indexIn(key, ';', i + 1, field.end)
  ) {
    const tail = leadSuffixFields(key, i + 1, field.end);
    if (tail) return [{ ...field, end: i }, ...tail];
  }
  return undefined;
}

// the longest word read as a label the lexicon lacks
const MAX_OTHER_LABEL = 10;

/**
 * Start of a word of Han characters set apart by a space before `colon`
 * (`… 项目责任人:`), a label the lexicon lacks, after `min`; -1 when there is none.
 */
function otherLabelBefore(key: string, colon: number, min: number): number {
  let j = colon;
  while (j > min && colon - j < MAX_OTHER_LABEL + 1 && isHan(key.charCodeAt(j - 1))) j--;
  if (colon - j < 2 || colon - j > MAX_OTHER_LABEL || j <= min) return -1;
  const before = key.charCodeAt(j - 1);
  if (before !== 0x20 && before !== 0x09) return -1;
  // the value before it holds text of its own
  let k = j - 1;
  while (k > min && (key.charCodeAt(k - 1) === 0x20 || key.charCodeAt(k - 1) === 0x09)) k--;
  return k > min ? k : -1;
}

/** Start of the field label ending just before `colon`, or -1. */
export function labelBefore(key: string, colon: number, min: number): number {
  let j = colon;
  let breaks = 0;
  // spaces, or a line break, between a label and its colon (`责任单位` / `:市人社局`)
  while (j > min && colon - j < 4) {
    const c = key.charCodeAt(j - 1);
    if (c === 0x20 || c === 0x09) j--;
    else if ((c === 0x0a || c === 0x0d) && breaks === 0) {
      breaks++;
      j -= c === 0x0a && key.charCodeAt(j - 2) === 0x0d ? 2 : 1;
    } else break;
  }
  // `责任单位(部门):`: a short note in brackets between the label and its colon
  let end = j;
  const c0 = key.charCodeAt(j - 1);
  if (c0 === 0x29 || c0 === 0x3011 || c0 === 0x3015) {
    let k = j - 2;
    while (k > min && j - k <= MAX_NOTE && isHan(key.charCodeAt(k))) k--;
    const open = key.charCodeAt(k);
    if (k > min && k < j - 2 && (open === 0x28 || open === 0x3010 || open === 0x3014)) {
      j = k;
      end = k;
    }
  }
  // the label's characters, read backwards: a line wrap (`配合` / `单位:`) or single
  // spaces (`责 任 单 位`) may stand inside it; a label starts at the run's start or
  // after a space (`城建局、农海局 配合部门:`)
  // where a label may start: after each gap inside the run, and the run's start
  // (at most one per character read; a scratch list, as this runs at every colon)
  let starts = 0;
  let han = 0;
  while (j > min && han <= MAX_LABEL) {
    const c = key.charCodeAt(j - 1);
    if (isHan(c)) {
      han++;
      j--;
      continue;
    }
    const gap = c === 0x20 || c === 0x0a || c === 0x0d;
    // \r\n is one break
    const width = c === 0x0a && key.charCodeAt(j - 2) === 0x0d ? 2 : 1;
    if (!gap || han === 0 || !isHan(key.charCodeAt(j - 1 - width))) break;
    if (c !== 0x20 && breaks > 0) break;
    if (c !== 0x20) breaks++;
    LABEL_STARTS[starts++] = j;
    j -= width;
  }
  if (han === 0 || (j > min && isHan(key.charCodeAt(j - 1)))) {
    if (starts === 0) return -1;
    j = -1;
  }
  if (j >= 0) LABEL_STARTS[starts++] = j;
  for (let k = starts - 1; k >= 0; k--) {
    const start = LABEL_STARTS[k]!;
    // `市直各部门、单位:` closes a list of addressees; a label never follows 、
    if (key.charCodeAt(start - 1) === 0x3001) continue;
    if (end - start <= MAX_LABEL * 2 && isFieldLabel(labelText(key, start, end))) return start;
  }
  return -1;
}

/** A label's text without the line break and spaces a wrap may have put inside it. */
export function labelText(key: string, s: number, e: number): string {
  const label = key.slice(s, e).trim();
  return hasWhiteSpace(label) ? label.replace(/\s+/gu, '') : label;
}

/** For `【责任单位】`: the index of the closing bracket, or -1. */
export function bracketLabelEnd(key: string, open: number, e: number): number {
  const limit = Math.min(e, open + MAX_LABEL + 3);
  for (let i = open + 1; i < limit; i++) {
    const c = key.charCodeAt(i);
    if (isCloseBracket(c)) return isFieldLabel(key.slice(open + 1, i).trim()) ? i : -1;
    if (!isHan(c) && c !== 0x20) return -1;
  }
  return -1;
}
