import { isFieldLabel } from '../lexicon/field-words.js';
import { isOpenBracket } from '../text/brackets.js';
import type { SourceText } from '../text/source-text.js';

// a field label opening a bracket, then `;` where its colon belongs (folded text)
const LABEL_THEN_SEMICOLON = /[\u4e00-\u9fff]{2,12};/gu;

/**
 * The text with a field label's colon read where a semicolon was typed for it at
 * the start of a bracket (`(责任单位;住建局、畜牧局)`, a slip beside `(责任单位:交通局)`):
 * the folded text gets `:` there, the printed text is kept. Only a word the
 * lexicon reads as a field label, right after an opening bracket, is taken.
 */
export function withLabelColons(text: SourceText): SourceText {
  const { key } = text;
  if (key.indexOf(';') < 0) return text;
  let mended: string[] | undefined;
  let last = 0;
  LABEL_THEN_SEMICOLON.lastIndex = 0;
  for (let m = LABEL_THEN_SEMICOLON.exec(key); m; m = LABEL_THEN_SEMICOLON.exec(key)) {
    const at = m.index;
    if (at === 0 || !isOpenBracket(key.charCodeAt(at - 1))) continue;
    if (!isFieldLabel(m[0].slice(0, -1))) continue;
    const colon = at + m[0].length - 1;
    (mended ??= []).push(key.slice(last, colon), ':');
    last = colon + 1;
  }
  if (mended === undefined) return text;
  mended.push(key.slice(last));
  return { ...text, key: mended.join('') };
}
