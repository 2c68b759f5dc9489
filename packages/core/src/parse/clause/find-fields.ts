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
        markers.push({ label: labelText(key, labelStart, i), labelStart, valueStart: i + 1 });
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
  let breaks = 0;
  // spaces, or a line break, between a label and its colon (`责任单位` / `:市人社局`)
  while (j > min && colon - j < 4) {
    const c = key.charCodeAt(j - 1);
    if (c === 0x20 || c === 0x09) j--;
    else if ((c === 0x0a || c === 0x0d) && breaks === 0) {
      breaks++;
      j--;
    } else break;
  }
  const end = j;
  let han = 0;
  // a label may be cut by a line wrap (`配合` / `单位:`)
  while (j > min && han <= MAX_LABEL) {
    const c = key.charCodeAt(j - 1);
    if (isHan(c)) han++;
    else if ((c === 0x0a || c === 0x0d) && han > 0 && breaks === 0) breaks++;
    else if (c === 0x20 && breaks > 0) {
      // indentation of the wrapped line
    } else break;
    j--;
  }
  while (j < end && !isHan(key.charCodeAt(j))) j++;
  if (han === 0 || han > MAX_LABEL || (j > min && isHan(key.charCodeAt(j - 1)))) return -1;
  return isFieldLabel(labelText(key, j, end)) ? j : -1;
}

/** A label's text without the line break and spaces a wrap may have put inside it. */
export function labelText(key: string, s: number, e: number): string {
  const label = key.slice(s, e).trim();
  return /\s/u.test(label) ? label.replace(/\s+/gu, '') : label;
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
