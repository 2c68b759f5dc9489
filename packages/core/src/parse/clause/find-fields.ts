import { fieldKindOf, isFieldLabel } from '../lexicon/field-words.js';
import type { ClauseField } from './clause.js';

const MAX_LABEL = 12;
const OPEN = '([【〔';
const CLOSE = ')]】〕';

interface Marker {
  label: string;
  labelStart: number;
  valueStart: number;
}

/**
 * The fields in [s, e) of folded text: labels followed by a colon (`牵头单位:`)
 * or in brackets (`【责任单位】`). Each value runs to the next label. Labels are
 * whole words: the characters before a label are not Han (`区政府办公室,责任单位:`).
 */
export function findFields(key: string, s: number, e: number): ClauseField[] {
  const markers: Marker[] = [];
  for (let i = s; i < e; i++) {
    const c = key[i]!;
    if (c === ':') {
      const labelStart = labelBefore(key, i, s);
      if (labelStart >= 0) {
        markers.push({ label: key.slice(labelStart, i).trim(), labelStart, valueStart: i + 1 });
      }
    } else if (OPEN.includes(c)) {
      const close = bracketLabelEnd(key, i, e);
      if (close > 0) {
        markers.push({
          label: key.slice(i + 1, close).trim(),
          labelStart: i,
          valueStart: close + 1,
        });
        i = close;
      }
    }
  }
  return markers.map((m, k) => ({
    kind: fieldKindOf(m.label),
    label: m.label,
    start: m.valueStart,
    end: k + 1 < markers.length ? markers[k + 1]!.labelStart : e,
  }));
}

/** Start of the field label ending just before `colon`, or -1. */
export function labelBefore(key: string, colon: number, min: number): number {
  let j = colon;
  while (j > min && (key[j - 1] === ' ' || key[j - 1] === '\t') && colon - j < 2) j--;
  const end = j;
  while (j > min && end - j < MAX_LABEL + 1 && isHan(key.charCodeAt(j - 1))) j--;
  if (j > min && isHan(key.charCodeAt(j - 1))) return -1;
  return end > j && isFieldLabel(key.slice(j, end)) ? j : -1;
}

/** For `【责任单位】`: the index of the closing bracket, or -1. */
export function bracketLabelEnd(key: string, open: number, e: number): number {
  const limit = Math.min(e, open + MAX_LABEL + 3);
  for (let i = open + 1; i < limit; i++) {
    const c = key[i]!;
    if (CLOSE.includes(c)) return isFieldLabel(key.slice(open + 1, i).trim()) ? i : -1;
    if (!isHan(key.charCodeAt(i)) && c !== ' ') return -1;
  }
  return -1;
}

export function isHan(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}
