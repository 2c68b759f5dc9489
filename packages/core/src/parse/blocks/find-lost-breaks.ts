import { labelBefore } from '../clause/find-fields.js';
import { unknownLabelRoles } from '../clause/lead-suffix-fields.js';
import { readSharedClause } from '../clause/shared-clause.js';
import { readNumbering, type Numbering } from '../numbering/read-numbering.js';
import { isCloseBracket, isOpenBracket } from '../text/brackets.js';
import { furnitureWordsIn } from '../text/is-boilerplate-line.js';
import { mergeBreaks } from '../text/merge-breaks.js';
import { isHan } from '../text/is-han.js';
import { isSpaceCode, lineAt, type SourceText } from '../text/source-text.js';
import { isUnitLike } from '../units/is-unit-like.js';
import { firstNonSpace } from './first-non-space.js';
import { siteHeadingBreaks } from './site-heading-breaks.js';

const LABEL_WINDOW = 14;
// numbering found inline, in sequence, before a page counts as one that lost its breaks
const MIN_INLINE = 3;

/**
 * Where a document printed without its line breaks (a portal page that joined
 * every paragraph: `… 3、城镇新增就业2万人以上（市人社局）。 4、…`) had them: the
 * indexes, in folded text, before which a line should start. Empty for a
 * document whose entries already start lines.
 *
 * A candidate is numbering, a field label with its colon (`责任单位:`), or a sentence
 * naming the units of the items above it (`4项目标的责任单位均为X。`), that stands
 * outside brackets after a sentence end or a space. Numbering counts only
 * in sequence (each style's value one more than its last, or a list starting at
 * 1), so `增长7.5%` or `第3、4项` never break a line. Breaks are restored only when
 * more entries were found inline, in sequence, than at line starts: a document
 * whose items start lines and whose items hold inline sub-points `(1)…(2)…` is
 * read as printed. `minInline` is how many entries inline make a page that lost its
 * breaks (3; 1 when the text read as printed gave no item).
 */
export function findLostBreaks(text: SourceText, minInline = MIN_INLINE): number[] {
  const { key } = text;
  if (!mayHaveLostBreaks(text, minInline)) return [];
  const candidates: Candidate[] = [];
  const labelBreaks: number[] = [];
  // per line: open brackets (ids), whether each closed again, candidates' innermost bracket
  const open: number[] = [];
  const closed: boolean[] = [];
  const pending: {
    numbering?: Numbering;
    continues?: boolean;
    label?: number;
    bracket: number;
  }[] = [];
  for (let i = 0; i < text.lineCount; i++) {
    const line = lineAt(text, i);
    const f = firstNonSpace(key, line.start, line.end);
    if (f >= line.end) continue;
    const first = readNumbering(key, f);
    if (first) candidates.push({ numbering: first, inline: false });
    open.length = 0;
    closed.length = 0;
    pending.length = 0;
    // the next `:` at or after `at` (line.end when there is none): a label ends in one
    let colon = -1;
    const kinds = (scanKinds ??= buildScanKinds());
    // what the character before `at` is (`afterBoundary` by table)
    let before = 0;
    for (let at = f; at < line.end; at++) {
      const c = key.charCodeAt(at);
      const kind = kinds[c]!;
      const boundary =
        at > f && ((before & SPACE) !== 0 ? (kind & SPACE) === 0 : (before & SENTENCE_END) !== 0);
      before = kind;
      // a bracketed number (`(二)`) may follow text directly; other numbering a boundary
      if (boundary || (at > f && (isBracketedNumber(key, at) || isFirstAfterHeading(key, at, f)))) {
        const bracket = open.length > 0 ? open[open.length - 1]! : -1;
        const numbering = readNumbering(key, at);
        if (numbering && hasText(key, numbering, line.end)) {
          pending.push({ numbering, bracket, continues: opensWithDigit(key, numbering) });
          at = numbering.contentStart - 1;
          before = kinds[key.charCodeAt(at)]!;
          continue;
        }
        if (colon < at) {
          colon = key.indexOf(':', at);
          if (colon < 0 || colon > line.end) colon = line.end;
        }
        if (
          (colon - at < LABEL_WINDOW && isLabelStart(key, at, colon)) ||
          readSharedClause(key, at, sentenceEnd(key, at, line.end)) !== undefined
        ) {
          pending.push({ label: at, bracket });
        }
      }
      if ((kind & OPEN) !== 0) {
        open.push(closed.length);
        closed.push(false);
      } else if ((kind & CLOSE) !== 0 && open.length > 0) {
        closed[open.pop()!] = true;
      }
    }
    // a bracket that never closes (`〔20251 黄石港…`, a typo) encloses nothing
    for (const p of pending) {
      if (p.bracket >= 0 && closed[p.bracket]) continue;
      if (p.numbering) {
        candidates.push({ numbering: p.numbering, inline: true, continues: p.continues === true });
      } else labelBreaks.push(p.label!);
    }
  }
  const accepted = inSequence(candidates);
  const inline = accepted.filter((c) => c.inline).map((c) => c.numbering.start);
  const atLineStart = accepted.length - inline.length;
  if (inline.length < minInline || inline.length <= atLineStart) return [];
  const headings = mergeBreaks(unitHeadingBreaks(key, accepted), siteHeadingBreaks(text));
  return mergeBreaks(
    mergeBreaks(mergeBreaks(inline, labelBreaks), headings),
    furnitureBreaks(text),
  );
}

// the longest unit name read as a heading run into the text, and the longest
// heading with its bracketed clause (`通会桥社区(责任单位:…通会桥社区)`)
const MAX_HEADING = 20;
const MAX_HEADING_CLAUSE = 60;

/**
 * True when [start, end) is a short heading ending in a bracket that opens with a
 * field label: `三义街社区(责任单位:荆州区…三义街社区)`, `胜利街道办:(责任单位:…)`.
 */
function isHeadingWithClause(key: string, start: number, end: number): boolean {
  if (!isCloseBracket(key.charCodeAt(end - 1))) return false;
  let open = start;
  while (open < end && !isOpenBracket(key.charCodeAt(open))) open++;
  if (open === start || open >= end - 1 || open - start > MAX_HEADING) return false;
  const colon = key.indexOf(':', open + 1);
  return colon > 0 && colon < end && isLabelStart(key, open + 1, colon);
}

/**
 * A unit's name set apart by spaces right before a list that starts again at 1
 * (`…(分值:15分) 大通区政府 1.地区生产总值…`): the line that named the unit whose
 * entries follow, run into the text. It starts a line of its own, so the entries
 * under it are read as under a line naming one unit (`addUnitLineClauses`, which
 * gives them its unit only where a document does so at least twice). So does a
 * heading that carries its own bracketed clause (`通会桥社区(责任单位:…) 1、…`), read
 * as the item whose points follow it.
 */
function unitHeadingBreaks(key: string, accepted: readonly Candidate[]): number[] {
  const breaks: number[] = [];
  // an entry's own text (`1. 市科技馆 (1)…`) is no heading of the list after it
  const entryTexts = new Set(
    accepted.map(({ numbering: n }) => firstNonSpace(key, n.contentStart, key.length)),
  );
  for (const { numbering, inline } of accepted) {
    if (!inline || numbering.value !== 1) continue;
    let end = numbering.start;
    while (end > 0 && isSpaceCode(key.charCodeAt(end - 1))) end--;
    if (end === numbering.start) continue;
    let start = end;
    while (
      start > 0 &&
      end - start <= MAX_HEADING_CLAUSE &&
      !isSpaceCode(key.charCodeAt(start - 1))
    ) {
      start--;
    }
    if (start === 0 || end - start > MAX_HEADING_CLAUSE || entryTexts.has(start)) continue;
    if (
      (end - start <= MAX_HEADING && isUnitLike(key.slice(start, end))) ||
      isHeadingWithClause(key, start, end)
    ) {
      breaks.push(start);
    }
  }
  return breaks;
}

// what a character is to the scan for inline entries, one byte a character
const SPACE = 1;
const SENTENCE_END = 2;
const OPEN = 4;
const CLOSE = 8;
let scanKinds: Uint8Array | undefined;
function buildScanKinds(): Uint8Array {
  const kinds = new Uint8Array(0x10000);
  for (let c = 0; c < kinds.length; c++) {
    if (isSpaceCode(c)) kinds[c]! |= SPACE;
    if (isSentenceEnd(c)) kinds[c]! |= SENTENCE_END;
    if (isOpenBracket(c)) kinds[c]! |= OPEN;
    if (isCloseBracket(c)) kinds[c]! |= CLOSE;
  }
  return kinds;
}

/** Page furniture run into the text (`… 分享到: 扫一扫 主办单位:…`) starts a line of its own. */
function furnitureBreaks(text: SourceText): number[] {
  const { key } = text;
  const breaks: number[] = [];
  for (let i = 0; i < text.lineCount; i++) {
    const s = text.starts[i]!;
    const e = text.ends[i]!;
    const f = firstNonSpace(key, s, e);
    for (const at of furnitureWordsIn(key, f, e))
      if (at > f && afterBoundary(key, at, f)) breaks.push(at);
  }
  return breaks;
}

/**
 * A cheap first look: more places where numbering could start inline (a digit,
 * a Chinese numeral, a bracket, 第 or a circled number after a space or a
 * sentence end) than numbered lines, and at least a few. Most documents stop
 * here.
 */
function mayHaveLostBreaks(text: SourceText, minInline: number): boolean {
  const { key } = text;
  let numbered = 0;
  let inline = 0;
  for (let i = 0; i < text.lineCount; i++) {
    const s = text.starts[i]!;
    const e = text.ends[i]!;
    const f = firstNonSpace(key, s, e);
    if (f < e && mayStartNumbering(key, f)) numbered++;
    const kinds = (charKinds ??= buildCharKinds());
    for (let at = f + 1; at < e; at++) {
      const kind = kinds[key.charCodeAt(at)]!;
      if ((kind & BEGINS) === 0) continue;
      if ((kind & OPENS) !== 0 || (kinds[key.charCodeAt(at - 1)]! & ENDS) !== 0) {
        if (mayStartNumbering(key, at)) inline++;
      }
    }
  }
  return inline >= minInline && inline > numbered;
}

// what a character may do, one byte a character: begin numbering, open a
// bracketed number, end a sentence before an entry
const BEGINS = 1;
const OPENS = 2;
const ENDS = 4;
let charKinds: Uint8Array | undefined;
function buildCharKinds(): Uint8Array {
  const kinds = new Uint8Array(0x10000);
  for (let c = 0x30; c <= 0x39; c++) kinds[c]! |= BEGINS;
  for (const c of CN_NUMERALS) kinds[c]! |= BEGINS;
  for (let c = 0x2460; c <= 0x249b; c++) kinds[c]! |= BEGINS;
  kinds[0x7b2c]! |= BEGINS; // 第
  kinds[0x28]! |= BEGINS | OPENS;
  kinds[0x3014]! |= BEGINS | OPENS;
  for (let c = 0; c < kinds.length; c++) {
    if (c === 0x20 || c === 0x09 || isSentenceEnd(c)) kinds[c]! |= ENDS;
  }
  return kinds;
}

// 一 二 三 四 五 六 七 八 九 十
const CN_NUMERALS = new Set([
  0x4e00, 0x4e8c, 0x4e09, 0x56db, 0x4e94, 0x516d, 0x4e03, 0x516b, 0x4e5d, 0x5341,
]);
function mayStartNumbering(key: string, at: number): boolean {
  const c = key.charCodeAt(at);
  if (c === 0x28 || c === 0x3014) return isBracketedNumber(key, at);
  return isNumeral(c) || c === 0x7b2c || (c >= 0x2460 && c <= 0x249b); // 1. 一、 第一条 ①
}

const isNumeral = (c: number) => (c >= 0x30 && c <= 0x39) || CN_NUMERALS.has(c);

// the longest heading text a list may follow with nothing between
const MAX_HEADING_TEXT = 10;

/**
 * `(一)社会宣传1、制作…`: a list's first entry right after a short heading under a
 * Chinese numeral (`(一)`, `一、`), its line break lost with nothing in its place.
 */
function isFirstAfterHeading(key: string, at: number, lineStart: number): boolean {
  if (key.charCodeAt(at) !== 0x31 || !isListMark(key.charCodeAt(at + 1))) return false;
  let j = at;
  while (j > lineStart && at - j <= MAX_HEADING_TEXT && isHeadingChar(key.charCodeAt(j - 1))) j--;
  if (at - j < 2 || at - j > MAX_HEADING_TEXT || j - 2 < lineStart) return false;
  const mark = key.charCodeAt(j - 1);
  const numeral = key.charCodeAt(j - 2);
  if (!CN_NUMERALS.has(numeral)) return false;
  if (mark === 0x3001) return true; // 一、
  return isCloseBracket(mark) && j - 3 >= lineStart && isOpenBracket(key.charCodeAt(j - 3));
}

// a heading's text: Han characters but the numerals
const isHeadingChar = (c: number) => isHan(c) && !CN_NUMERALS.has(c);
// 、 . (folded)
const isListMark = (c: number) => c === 0x3001 || c === 0x2e;

/** `(二)`, `(3)`, `〔一〕`: numbering in brackets, which needs no space before it. */
function isBracketedNumber(key: string, at: number): boolean {
  const c = key.charCodeAt(at);
  return (c === 0x28 || c === 0x3014) && isNumeral(key.charCodeAt(at + 1));
}

interface Candidate {
  numbering: Numbering;
  inline: boolean;
  /** it counts only as the next of its style, never as a list's start (see `opensWithDigit`) */
  continues?: boolean;
}

/**
 * The candidates that stand in a numbered sequence: a list's start (1), the next
 * value of the last one of its style, or the start of a run that goes on (a page
 * that begins mid-list at 123, 124 …).
 */
function inSequence(candidates: readonly Candidate[]): Candidate[] {
  const last = new Map<string, number>();
  const nextOfStyle = new Map<string, number>();
  const next: (number | undefined)[] = Array.from({ length: candidates.length });
  for (let k = candidates.length - 1; k >= 0; k--) {
    const n = candidates[k]!.numbering;
    next[k] = nextOfStyle.get(n.style);
    nextOfStyle.set(n.style, n.value);
  }
  return candidates.filter(({ numbering: n, continues }, k) => {
    const previous = last.get(n.style);
    const follows = previous !== undefined && n.value === previous + 1;
    const ok = continues ? follows : n.value === 1 || follows || next[k] === n.value + 1;
    if (ok) last.set(n.style, n.value);
    return ok;
  });
}

/** True when `at` follows white space, or a sentence end, and is not the line's start. */
function afterBoundary(key: string, at: number, lineStart: number): boolean {
  const before = key.charCodeAt(at - 1);
  if (isSpaceCode(before)) return !isSpaceCode(key.charCodeAt(at));
  return at > lineStart && isSentenceEnd(before);
}

// 。 ; ! ? ) ] 】 〕, folded
const isSentenceEnd = (c: number) =>
  c === 0x3002 ||
  c === 0x3b ||
  c === 0x21 ||
  c === 0x3f ||
  c === 0x29 ||
  c === 0x5d ||
  c === 0x3011 ||
  c === 0x3015;

/** Numbering is followed by the entry's text, not by the end of the line, a point or `%`. */
function hasText(key: string, n: Numbering, end: number): boolean {
  return n.contentStart < end && !/[.%]/u.test(key[n.contentStart]!);
}

/**
 * Numbering whose text opens with a digit (`。 3、365…人民医院(责任单位:…)`, a name a
 * mirror rewrote) is an entry only right after the one before it: a number in a sentence
 * starts no list.
 */
function opensWithDigit(key: string, n: Numbering): boolean {
  const c = key.charCodeAt(n.contentStart);
  return c >= 0x30 && c <= 0x39;
}

/**
 * A field label (`责任单位:`) starts at `at`: the colon at `colon` (less than
 * `LABEL_WINDOW` on, the first after `at`) closes a label that begins there, with
 * no space inside it after its first two characters.
 */
function isLabelStart(key: string, at: number, colon: number): boolean {
  if (colon >= key.length || key.charCodeAt(colon) !== 0x3a) return false;
  for (let i = at + 2; i < colon; i++) if (isSpaceCode(key.charCodeAt(i))) return false;
  return labelBefore(key, colon, at) === at || labelsRoles(key, at, colon);
}

/**
 * True when [at, colon) is a label the lexicon lacks (Han characters only, as
 * `部门分工`) and the sentence after the colon names units with their roles
 * (`省发展改革委牵头,各地、各部门配合。`), as `readClauseLine` reads such a line.
 */
export function labelsRoles(key: string, at: number, colon: number): boolean {
  // the sentence ends at its `。`, looked for no further than a sentence of roles runs
  const last = Math.min(key.length, colon + MAX_ROLES_SENTENCE);
  let end = colon;
  while (end < last && key.charCodeAt(end) !== 0x3002) end++;
  return unknownLabelRoles(key, at, colon, end) !== undefined;
}

const MAX_ROLES_SENTENCE = 200;

/** The index just past the `。` that ends the sentence at `at`, or `end`. */
function sentenceEnd(key: string, at: number, end: number): number {
  const stop = key.indexOf('。', at);
  return stop < 0 || stop >= end ? end : stop + 1;
}
