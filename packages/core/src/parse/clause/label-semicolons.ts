import { isFieldLabel } from '../lexicon/field-words.js';
import { isOpenBracket } from '../text/brackets.js';
import { isHan } from '../text/is-han.js';
import type { SourceText } from '../text/source-text.js';

// the longest field label read before a `;` typed for its colon
const MAX_LABEL = 12;

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
  // from each `;` back over the Han characters before it, at most MAX_LABEL, to an opening bracket
  for (let colon = key.indexOf(';'); colon >= 0; colon = key.indexOf(';', colon + 1)) {
    let at = colon;
    while (at > 0 && colon - at < MAX_LABEL && isHan(key.charCodeAt(at - 1))) at--;
    if (colon - at < 2 || at === 0 || !isOpenBracket(key.charCodeAt(at - 1))) continue;
    if (!isFieldLabel(key.slice(at, colon))) continue;
    (mended ??= []).push(key.slice(last, colon), ':');
    last = colon + 1;
  }
  if (mended === undefined) return text;
  mended.push(key.slice(last));
  return { ...text, key: mended.join('') };
}
