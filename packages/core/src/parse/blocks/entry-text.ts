import type { SourceText } from '../text/source-text.js';
import { isWhiteSpaceCode } from '../text/white-space.js';
import type { Clause } from '../clause/clause.js';
import { readNumbering } from '../numbering/read-numbering.js';
import type { Entry } from './entry.js';

/** An entry's text without its clauses, as printed (`raw`) and folded (`key`). */
export interface EntryText {
  raw: string;
  key: string;
}

/**
 * The entry's text: its body lines joined by line breaks, each clause cut out.
 * Clauses that span lines are cut wherever they fall.
 */
export function entryText(text: SourceText, entry: Entry): EntryText {
  // concatenation, not arrays joined: most entries are one piece, returned as a slice
  let raw = '';
  let key = '';
  const clauses = byStart(entry.clauses);
  for (let n = 0; n < entry.body.length; n++) {
    const [s, e] = entry.body[n]!;
    if (n > 0) {
      raw += '\n';
      key += '\n';
    }
    let at = s;
    for (const c of clauses) {
      if (c.end <= at || c.start >= e) continue;
      if (c.start > at) {
        raw += text.raw.slice(at, c.start);
        key += text.key.slice(at, c.start);
      }
      at = Math.max(at, c.end);
    }
    if (at < e) {
      raw += text.raw.slice(at, e);
      key += text.key.slice(at, e);
    }
  }
  return { raw, key };
}

/** The clauses in order of their start (as read, they nearly always are). */
function byStart(clauses: readonly Clause[]): readonly Clause[] {
  for (let k = 1; k < clauses.length; k++) {
    if (clauses[k]!.start < clauses[k - 1]!.start) {
      return [...clauses].sort((a, b) => a.start - b.start);
    }
  }
  return clauses;
}

// a key cell and its colon before the value (`重点工作: | 135.统筹…`), folded text
const KEY_CELL = /^\s*[\u4e00-\u9fff]{2,8}\s*:\s*\|?\s*/u;

/**
 * An unnumbered entry that is the value of a key (`重点工作: | 135.统筹… |`, a
 * table of keys and values flattened to rows), when the value starts with its
 * number: the number as the entry's label, and the text after it.
 */
export function numberedValue(t: EntryText): { label: string; text: EntryText } | undefined {
  const key = KEY_CELL.exec(t.key);
  if (!key) return undefined;
  const numbering = readNumbering(t.key, key[0].length);
  if (!numbering || numbering.contentStart >= t.key.length) return undefined;
  return {
    label: t.raw.slice(numbering.start, numbering.end).trim(),
    text: { raw: t.raw.slice(numbering.contentStart), key: t.key.slice(numbering.contentStart) },
  };
}

const TITLE_END = /[。;\n]/gu;
// a note closing the title that states how the lists read (`(第一个为牵头单位,下同)`)
const CLOSING_NOTE = /[(（][^()（）]*(?:下同|为牵头|为准|汇总单位)[^()（）]*[)）]\s*$/u;

/** `text` without a `CLOSING_NOTE`; text that does not end in a bracket is returned as it is. */
function withoutClosingNote(text: string): string {
  let e = text.length;
  while (e > 0 && isWhiteSpaceCode(text.charCodeAt(e - 1))) e--;
  const c = text.charCodeAt(e - 1);
  // the note's closing bracket: text without one is spared the search
  return c === 0x29 || c === 0xff09 ? text.replace(CLOSING_NOTE, '') : text;
}

/** Marks a table puts before a task to flag it (`▲完成全国第四次经济普查`: a key task). */
const FLAG = /^[▲△★☆●○◆◇■□※]+\s*/u;
// a comma or colon left where the clause was cut off (`农村道路畅通工程,牵头部门:…`)
const OPEN_END = /\s*[,，:：]+$/u;

/**
 * The title of an item: its text up to the first `。` `;` `；` or line end,
 * trimmed, without a flag before it (`▲`, `★`); when that is empty, the next such stretch.
 */
export function titleOf(t: EntryText): string {
  let at = 0;
  while (at < t.key.length) {
    TITLE_END.lastIndex = at;
    const m = TITLE_END.exec(t.key);
    const end = m ? m.index : t.key.length;
    const title = withoutClosingNote(t.raw.slice(at, end))
      .trim()
      .replace(FLAG, '')
      .replace(OPEN_END, '');
    if (title.length > 0) return title;
    at = end + 1;
  }
  return '';
}
