import type { Clause } from './clause.js';
import { bracketLabelEnd, findFields, labelBefore } from './find-fields.js';
import { leadSuffixFields } from './lead-suffix-fields.js';
import { trailingLeadClause } from './trailing-lead-clause.js';
import { unitSuffixOf } from '../lexicon/unit-suffixes.js';
import { isUnitLike } from '../units/is-unit-like.js';
import { splitUnitList } from '../units/split-unit-list.js';
import { isCloseBracket, isOpenBracket } from '../text/brackets.js';
import { isHan } from '../text/is-han.js';
import { onlyClosing } from '../text/only-closing.js';

const FIELD_WINDOW = 16;

/** Clauses found in a stretch of text, and whether one was left open. */
export interface InlineClauses {
  clauses: Clause[];
  /** index of a clause bracket that never closed, read to `e` */
  openAt?: number;
}

/**
 * Finds responsibility clauses inside a paragraph's text [s, e) of folded text:
 * - brackets holding labelled fields: `(责任单位:区司法局)`, `[牵头单位:X;责任单位:Y]`,
 *   `〔牵头单位:X,责任单位:Y〕`, with any mix of opening and closing brackets;
 * - bracketed labels: `【责任单位】区发改委`, read to the end;
 * - brackets holding `X牵头,Y配合`;
 * - an unbracketed label after a sentence: `…。牵头单位:区发改局`, read to the end;
 * - a last sentence of unit names and role words: `…。区发改委牵头,区财政局、区住建局等配合。`
 *   (see `trailingLeadClause`).
 * Other brackets (`〔2023〕`, `(不含6亩)`) are text. A bracket that never closes but
 * starts with a label is read to `e` and reported through `openAt`.
 *
 * Linear in e - s: bracket pairs are found in one pass, each group is looked at once.
 */
export function findInlineClauses(key: string, s: number, e: number): InlineClauses {
  const pairs = matchBrackets(key, s, e);
  if (pairs === undefined) return withTrailingLead(key, s, e, []);
  const clauses: Clause[] = [];
  let openAt: number | undefined;
  let i = s;
  const kinds = markKinds!;
  while (i < e) {
    const kind = kinds[key.charCodeAt(i)]!;
    if (kind === 0 || kind === CLOSE) {
      i++;
      continue;
    }
    if (kind === OPEN) {
      const close = closeOf(pairs, s, i);
      const labelEnd = bracketLabelEnd(key, i, e);
      if (labelEnd > 0) {
        clauses.push({ form: 'bracket-label', start: i, end: e, fields: findFields(key, i, e) });
        break;
      }
      if (close === undefined) {
        if (startsWithField(key, i + 1, e)) {
          clauses.push({
            form: 'bracket',
            start: i,
            end: e,
            fields: findFields(key, i + 1, e),
            unclosed: true,
          });
          openAt = i;
          break;
        }
        // a clause cut by a line wrap before its label or its role word shows
        if (openAt === undefined && mayBeClause(i + 1, e)) openAt = i;
        i++;
        continue;
      }
      const fields = findFields(key, i + 1, close);
      if (fields.length > 0) {
        clauses.push({ form: 'bracket', start: i, end: close + 1, fields });
      } else {
        const suffix = leadSuffixFields(key, i + 1, close);
        if (suffix) clauses.push({ form: 'lead-suffix', start: i, end: close + 1, fields: suffix });
        else if (
          onlyClosing(key, close + 1, e) &&
          !aliasOf(key, s, i) &&
          isUnitList(key, i + 1, close)
        ) {
          // `…提供法治支撑。（区司法局、各街镇）`: names alone in the bracket that ends the paragraph
          clauses.push({
            form: 'bracket',
            start: i,
            end: close + 1,
            fields: [{ kind: 'member', label: '', start: i + 1, end: close }],
          });
        }
      }
      i = close + 1;
      continue;
    }
    if (kind === COLON) {
      const from = clauses.length > 0 ? clauses[clauses.length - 1]!.end : s;
      const labelStart = labelBefore(key, i, from);
      if (labelStart >= 0) {
        clauses.push({
          form: 'inline',
          start: labelStart,
          end: e,
          fields: findFields(key, labelStart, e),
        });
        break;
      }
    }
    i++;
  }
  if (openAt === undefined) return withTrailingLead(key, s, e, clauses);
  // at its size: the list is kept by the entry (a pushed list keeps room for 17)
  return { clauses: clauses.slice(), openAt };
}

/** The clauses found, or when there are none the clause a last sentence may be. */
function withTrailingLead(key: string, s: number, e: number, clauses: Clause[]): InlineClauses {
  if (clauses.length > 0) return { clauses: clauses.slice() };
  const trailing = trailingLeadClause(key, s, e);
  return { clauses: trailing ? [trailing] : [] };
}

const MAX_WRAPPED_START = 200;

/**
 * True when an unclosed bracket near the line end may open a clause that a line
 * wrap cut (`(责任` / `单位:…)`, `(区委组织部、` / `区发改局牵头,…)`): the caller then
 * tries the following lines.
 */
function mayBeClause(from: number, e: number): boolean {
  return e - from <= MAX_WRAPPED_START;
}

/** True when a labelled field starts within a few characters of `from`. */
function startsWithField(key: string, from: number, e: number): boolean {
  let first = from;
  while (first < e && key.charCodeAt(first) === 0x20) first++;
  if (first >= e || !isHan(key.charCodeAt(first))) return false;
  const limit = Math.min(e, from + FIELD_WINDOW);
  for (let i = from; i < limit; i++) {
    if (key.charCodeAt(i) === 0x3a) return labelBefore(key, i, from) >= 0;
  }
  return false;
}

const MAX_UNIT_LIST = 200;

/** True when the bracket at `open` follows a unit name: `市政府办公室（市大数据局）` is one unit's other name. */
function aliasOf(key: string, s: number, open: number): boolean {
  return unitSuffixOf(key.slice(Math.max(s, open - 6), open)) !== '';
}

// a kind of body named without whose it is: `统计表(政府)` says which side, not who
const BARE_KIND = /^(?:政府|部门|单位|机关|机构)$/u;

/**
 * True when [s, e) is nothing but unit names (`区司法局、各街镇`); a bracket with
 * no label to say so does not make a bare kind of body (`(政府)`, `(部门)`) a unit.
 */
function isUnitList(key: string, s: number, e: number): boolean {
  if (e - s > MAX_UNIT_LIST || e - s < 2) return false;
  const text = key.slice(s, e);
  if (/[:：]/u.test(text)) return false;
  const { units } = splitUnitList(text, text, { role: 'member' });
  return units.length > 0 && units.every((u) => isUnitLike(u.raw) && !BARE_KIND.test(u.raw));
}

/**
 * For brackets in [s, e), any kinds mixed: at `i - s` of each opening bracket,
 * the index of its closing one, or -1 when it never closes (read with `closeOf`;
 * other places hold no meaning). Undefined when [s, e) holds neither an opening
 * bracket nor a colon: nothing else can start a clause. This runs on most lines
 * of a document, in one pass: the list and the stack are scratch arrays kept
 * between calls and grown as lines need, so that a line costs no allocation; a
 * long line gets arrays of its own, so that no large array is kept. The scratch
 * is safe because nothing that `findInlineClauses` calls while it reads the list
 * calls `findInlineClauses`.
 */
function matchBrackets(key: string, s: number, e: number): Int32Array | undefined {
  const n = e - s;
  if (n > MAX_SCRATCH) return fillPairs(key, s, e, new Int32Array(n), new Int32Array(n));
  if (n > scratchPairs.length) {
    const size = Math.min(MAX_SCRATCH, Math.max(n, scratchPairs.length * 2));
    scratchPairs = new Int32Array(size);
    scratchStack = new Int32Array(size);
  }
  return fillPairs(key, s, e, scratchPairs, scratchStack);
}

const MAX_SCRATCH = 4096;
let scratchPairs = new Int32Array(256);
let scratchStack = new Int32Array(256);

function fillPairs(
  key: string,
  s: number,
  e: number,
  pairs: Int32Array,
  stack: Int32Array,
): Int32Array | undefined {
  const kinds = (markKinds ??= buildMarkKinds());
  let depth = 0;
  let marked = false;
  for (let i = s; i < e; i++) {
    const c = key.charCodeAt(i);
    const kind = kinds[c]!;
    // most characters are none of the three: one look-up settles them
    if (kind === 0) continue;
    if (kind === OPEN) {
      marked = true;
      pairs[i - s] = -1;
      stack[depth++] = i;
    } else if (kind === CLOSE) {
      if (depth > 0) pairs[stack[--depth]! - s] = i;
    } else marked = true;
  }
  return marked ? pairs : undefined;
}

// what a character is to `fillPairs`, one byte a character
const OPEN = 1;
const CLOSE = 2;
const COLON = 3;
let markKinds: Uint8Array | undefined;
function buildMarkKinds(): Uint8Array {
  const kinds = new Uint8Array(0x10000);
  for (let c = 0; c < kinds.length; c++) {
    if (isOpenBracket(c)) kinds[c] = OPEN;
    else if (isCloseBracket(c)) kinds[c] = CLOSE;
  }
  kinds[0x3a] = COLON;
  return kinds;
}

/** The closing index of the opening bracket at `open` (see `matchBrackets`), or undefined. */
function closeOf(pairs: Int32Array, s: number, open: number): number | undefined {
  const close = pairs[open - s]!;
  return close < 0 ? undefined : close;
}
