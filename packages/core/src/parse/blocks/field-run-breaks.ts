import { labelBefore, labelText } from '../clause/find-fields.js';
import { isSpaceCode, type SourceText } from '../text/source-text.js';
import { readNumbering } from '../numbering/read-numbering.js';
import { isHan } from '../text/is-han.js';
import { labelsRoles } from './find-lost-breaks.js';
import { firstNonSpace } from './first-non-space.js';
import { withNumberingBefore } from './numbering-before.js';

/**
 * Where line breaks belong in a line that runs unnumbered entries together, each a
 * sentence followed by its fields (`… 市區新增學位2.36萬個。 主管領導:劉東 責任單位:市教育局
 * 主要責任人:毛杰 進度安排:…。 市區新建學校30所。 主管領導:劉東 責任單位:市教育局 …`), as a page
 * that lost its breaks prints a list whose entries carry no number. Only a line on which a
 * field label recurs after a space is such a line (one entry's fields name each label once). A
 * break goes before each label that follows a space, and before the sentence (the text since
 * the last space, ending in `。`) that stands right before a label and is no field's value.
 * With `oneEntry` (a page with no numbered entry run into its lines) one entry's fields are
 * enough on a line that holds no numbering, in a document whose lines open with none: two
 * labels or more after spaces, each once (`… 指出: 贯彻实施…。 分管领导:X 部门分工:…`).
 */
export function fieldRunBreaks(text: SourceText, oneEntry = false): number[] {
  const { key } = text;
  const breaks: number[] = [];
  let numberedLines: boolean | undefined;
  for (let i = 0; i < text.lineCount; i++) {
    const end = text.ends[i]!;
    const f = firstNonSpace(key, text.starts[i]!, end);
    const labels = spacedLabels(key, f, end);
    if (!recurs(labels)) {
      if (!oneEntry || !distinct(labels) || holdsNumbering(key, f, end)) continue;
      // a document with numbered lines has its entries there, and this line continues one
      numberedLines ??= hasNumberedLine(text);
      if (numberedLines) continue;
    }
    // a page that lost its breaks holds thousands of labels on its one line
    const starts = new Set(labels.map((l) => l.start));
    for (const { start } of labels) {
      const sentence = sentenceBefore(key, f, start);
      if (sentence >= 0 && !starts.has(sentence)) breaks.push(sentence);
      breaks.push(start);
    }
  }
  return breaks;
}

/** The field labels of [f, end) that follow a space (`… 責任單位:X`), in order. */
function spacedLabels(key: string, f: number, end: number): { start: number; label: string }[] {
  const labels: { start: number; label: string }[] = [];
  for (
    let colon = key.indexOf(':', f);
    colon >= 0 && colon < end;
    colon = key.indexOf(':', colon + 1)
  ) {
    const start = labelBefore(key, colon, f);
    if (start > f && isSpaceCode(key.charCodeAt(start - 1))) {
      labels.push({ start, label: labelText(key, start, colon) });
    } else {
      // a label the lexicon lacks before units with their roles (`部门分工:X牵头,Y配合`)
      const other = spacedWordBefore(key, colon, f);
      if (other >= 0 && labelsRoles(key, other, colon)) {
        labels.push({ start: other, label: key.slice(other, colon) });
      }
    }
  }
  return labels;
}

/** True when one label stands twice among `labels`. */
function recurs(labels: readonly { label: string }[]): boolean {
  const seen = new Set<string>();
  for (const { label } of labels) {
    if (seen.has(label)) return true;
    seen.add(label);
  }
  return false;
}

/** True when a line of `text` opens with numbering (`1.`, `一、`). */
function hasNumberedLine(text: SourceText): boolean {
  for (let i = 0; i < text.lineCount; i++) {
    const f = firstNonSpace(text.key, text.starts[i]!, text.ends[i]!);
    if (f < text.ends[i]! && readNumbering(text.key, f)) return true;
  }
  return false;
}

/** True when numbering (`1.`, `(一)`) opens [f, end) or follows a space or a sentence end in it. */
function holdsNumbering(key: string, f: number, end: number): boolean {
  for (let at = f; at < end; at++) {
    const before = at === f ? 0x20 : key.charCodeAt(at - 1);
    if ((isSpaceCode(before) || before === 0x3002) && readNumbering(key, at)) return true;
  }
  return false;
}

// the longest label the lexicon lacks read before a colon
const MAX_OTHER_LABEL = 8;

/** Start of the word of Han characters before `colon` set apart by a space after `f`, or -1. */
function spacedWordBefore(key: string, colon: number, f: number): number {
  let s = colon;
  while (s > f && colon - s < MAX_OTHER_LABEL && isHan(key.charCodeAt(s - 1))) s--;
  return s > f && s < colon && isSpaceCode(key.charCodeAt(s - 1)) ? s : -1;
}

/** True when `labels` holds two labels or more, none twice. */
function distinct(labels: readonly { label: string }[]): boolean {
  return labels.length >= 2 && !recurs(labels);
}

/**
 * The start of the text between the last space before the label at `label` and that space
 * when it ends a sentence (`。`) and starts after the line's start `f`, with the numbering
 * a space sets apart before it (`2. 扩大有效投资。 责任单位:…`); otherwise -1.
 */
function sentenceBefore(key: string, f: number, label: number): number {
  let e = label;
  while (e > f && isSpaceCode(key.charCodeAt(e - 1))) e--;
  if (e <= f || key.charCodeAt(e - 1) !== 0x3002) return -1;
  let s = e;
  while (s > f && !isSpaceCode(key.charCodeAt(s - 1))) s--;
  return s > f ? withNumberingBefore(key, f, s) : -1;
}
