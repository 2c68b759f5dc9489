import { endsSomeSuffix } from '../lexicon/unit-suffixes.js';
import { isUnitLike } from '../units/is-unit-like.js';
import { isUnitNameList } from '../units/is-unit-name-list.js';
import { splitRunTogether, unitNamesRunTogether } from '../units/split-run-together.js';
import { trailingRoleMarker } from '../lexicon/role-markers.js';
import { isHan } from '../text/is-han.js';
import { isSpaceCode, lineIndexOf, type SourceLine, type SourceText } from '../text/source-text.js';
import { columnKinds, isResponsibilityHeader, SEQ_WORDS } from './column-kind.js';
import type { TableCell } from './split-cells.js';

/**
 * Tables printed with nothing between their cells, as document-sharing sites
 * store a Word table: `序号项目名称总投资项目业主牵头单位 1十陵景区项目43000市兴城公司区建设局2…`.
 * The header is told from its labels' last words, the rows from their numbers
 * in sequence, and the cells from where text and figures meet and where one
 * unit's name ends and the next begins.
 */

/**
 * The words a table header's label ends with (名称, 单位, 部门 …), longest first:
 * a header run together is cut after each.
 */
export const HEADER_ENDINGS: readonly string[] = [
  '责任人',
  '负责人',
  '联系人',
  '序号',
  '编号',
  '名称',
  '内容',
  '任务',
  '事项',
  '措施',
  '目标',
  '阶段',
  '投资',
  '金额',
  '规模',
  '业主',
  '单位',
  '部门',
  '科室',
  '处室',
  '领导',
  '时限',
  '时间',
  '期限',
  '情况',
  '进度',
  '备注',
  '地点',
  '类别',
];

const MAX_LABEL = 12;
const MIN_LABELS = 3;
/** How far after the header the first row may start (a 合计 row, a 单位:万元 note). */
const MAX_BEFORE_ROWS = 80;
/** How far after a row's number the next row's may stand. */
const MAX_ROW = 3000;
/** Figures followed by these are part of a sentence (`建设2万平方米`), not cells of their own. */
const MEASURE = /[万亿千百元个项条所家人次年月日号%％米吨台座户套间平公辆批期届名]/u;

/** A header whose labels follow one another with nothing between them. */
export interface RunTogetherHeader {
  /** each label's start and end in the folded text */
  labels: [number, number][];
  /** index just past the last label */
  end: number;
}

/**
 * The header at `f` when it is labels run together, starting with 序号 or 编号
 * and making a responsibility header (a unit column and a task or number column);
 * otherwise undefined.
 */
export function runTogetherHeader(
  key: string,
  f: number,
  e: number,
): RunTogetherHeader | undefined {
  const seq = SEQ_WORDS.find((w) => w.length >= 2 && key.startsWith(w, f));
  if (seq === undefined) return undefined;
  const labels: [number, number][] = [[f, f + seq.length]];
  let at = f + seq.length;
  while (at < e) {
    const end = labelEnd(key, at, e);
    if (end < 0) break;
    labels.push([at, end]);
    at = end;
  }
  if (labels.length < MIN_LABELS) return undefined;
  const kinds = columnKinds(labels.map(([s, t]) => key.slice(s, t)));
  return isResponsibilityHeader(kinds) ? { labels, end: at } : undefined;
}

/** The end of the shortest label starting at `at` (no space or punctuation in it), or -1. */
function labelEnd(key: string, at: number, e: number): number {
  for (let p = at + 1; p <= Math.min(e, at + MAX_LABEL); p++) {
    if (!isLabelCode(key.charCodeAt(p - 1))) return -1;
    if (p - at < 2) continue;
    if (HEADER_ENDINGS.some((w) => p - w.length >= at && key.startsWith(w, p - w.length))) return p;
  }
  return -1;
}

/** Han characters and digits: what a label run together is made of. */
function isLabelCode(c: number): boolean {
  return isHan(c) || isDigit(c);
}

/**
 * Where line breaks belong in tables run together on one line: before and after
 * the header, and before each row's number (1, 2, 3 … in sequence). Empty when
 * the text holds no such table.
 */
export function runTogetherTableBreaks(text: SourceText): number[] {
  const { key } = text;
  const breaks: number[] = [];
  for (const word of SEQ_WORDS) {
    if (word.length < 2) continue;
    for (let at = key.indexOf(word); at >= 0; at = key.indexOf(word, at + 1)) {
      const e = text.ends[lineIndexOf(text, at)]!;
      const joined = runTogetherHeader(key, at, e);
      const header = joined ?? spacedHeader(key, at, e);
      if (!header) continue;
      const rows = rowStarts(key, header.end, e, joined === undefined);
      if (rows.length === 0) continue;
      breaks.push(at, header.end, ...rows);
      at = rows[rows.length - 1]!;
    }
  }
  return [...new Set(breaks)].sort((a, b) => a - b);
}

/**
 * A header of labels separated by spaces (`序号 重点工作任务 主要责任单位`) on a line
 * that goes on with its rows (a page that lost its line breaks): its labels up to
 * the first number or numbered heading, when they make a responsibility header.
 */
function spacedHeader(key: string, f: number, e: number): RunTogetherHeader | undefined {
  const labels: [number, number][] = [];
  let at = f;
  while (at < e && labels.length < MAX_SPACED_LABELS) {
    let end = at;
    while (end < e && !isSpaceCode(key.charCodeAt(end))) end++;
    // a label spaced out letter by letter (`工 作 任 务`) is one label
    while (end - at >= 1 && isLetterSpaced(key, end - 1, e)) end += 2;
    if (labels.length > 0 && !isSpacedLabel(key, at, end)) break;
    labels.push([at, end]);
    let next = end;
    while (next < e && isSpaceCode(key.charCodeAt(next))) next++;
    if (next === end) break;
    at = next;
  }
  if (labels.length < MIN_LABELS) return undefined;
  const kinds = columnKinds(labels.map(([s, t]) => key.slice(s, t)));
  return kinds[0] === 'seq' && isResponsibilityHeader(kinds)
    ? { labels, end: labels[labels.length - 1]![1] }
    : undefined;
}

const MAX_SPACED_LABELS = 12;

/**
 * True when the Han character at `p` stands alone and one space after it stands another
 * alone (`工 作`): letters of one word spaced out.
 */
function isLetterSpaced(key: string, p: number, e: number): boolean {
  const alone = (q: number) =>
    q < e &&
    isHan(key.charCodeAt(q)) &&
    (q === 0 || isSpaceCode(key.charCodeAt(q - 1))) &&
    (q + 1 >= e || isSpaceCode(key.charCodeAt(q + 1)));
  return key.charCodeAt(p + 1) === 0x20 && alone(p) && alone(p + 2);
}

/**
 * A label of a spaced header: two to twelve Han characters or digits, not starting with one,
 * or a word spaced out letter by letter.
 */
function isSpacedLabel(key: string, s: number, e: number): boolean {
  if (e - s < 2 || e - s > 2 * MAX_LABEL || isDigit(key.charCodeAt(s))) return false;
  let letters = 0;
  for (let p = s; p < e; p++) {
    const c = key.charCodeAt(p);
    if (c === 0x20 && p > s && p + 1 < e) continue;
    if (!isLabelCode(c)) return false;
    letters++;
  }
  return letters <= MAX_LABEL;
}

/**
 * Where rows 1, 2, 3 … start after a header run together, up to `e`; with
 * `spaced`, each number stands between spaces (`… 左右。 2 一般公共预算…`).
 */
function rowStarts(key: string, from: number, e: number, spaced = false): number[] {
  const standsAsRow = spaced ? isSpacedNumber : isJoinedNumber;
  const starts: number[] = [];
  const first = firstRowNumber(key, from, Math.min(e, from + MAX_BEFORE_ROWS), e, standsAsRow);
  if (first === undefined) return starts;
  starts.push(first.at);
  let at = first.at + String(first.n).length;
  for (let n = first.n + 1; ; n++) {
    const found = nextRowNumber(key, at, e, n, Math.min(e, at + MAX_ROW), standsAsRow);
    if (found < 0) break;
    starts.push(found);
    at = found + String(n).length;
  }
  return starts;
}

/**
 * The first row's number after a header: 1, or any number where a page goes on
 * from the one before (`(上接第三版) 序号工作任务责任单位21树立…`).
 */
function firstRowNumber(
  key: string,
  from: number,
  limit: number,
  e: number,
  standsAsRow: RowNumberTest,
): { at: number; n: number } | undefined {
  for (let at = from; at < limit; at++) {
    if (!isDigit(key.charCodeAt(at))) continue;
    let after = at;
    while (after < e && isDigit(key.charCodeAt(after))) after++;
    if (after - at <= 4 && standsAsRow(key, at, after, e)) {
      const n = Number(key.slice(at, after));
      if (n >= 1) return { at, n };
    }
    at = after;
  }
  return undefined;
}

/** Whether the number in [at, after) of a line ending at `e` stands as a row's number. */
type RowNumberTest = (key: string, at: number, after: number, e: number) => boolean;

/** The first place in [from, limit) where the number `n` stands as a row's number, or -1. */
function nextRowNumber(
  key: string,
  from: number,
  e: number,
  n: number,
  limit: number,
  standsAsRow: RowNumberTest,
): number {
  const digits = String(n);
  for (
    let at = indexBefore(key, digits, from, limit);
    at >= 0;
    at = indexBefore(key, digits, at + 1, limit)
  ) {
    if (standsAsRow(key, at, at + digits.length, e)) return at;
  }
  return -1;
}

/** Run together: no digit before it, and followed by a row's text. */
const isJoinedNumber: RowNumberTest = (key, at, after, e) =>
  after < e && !isDigit(key.charCodeAt(at - 1)) && startsRowText(key, after);

/** True when a row's text starts at `p` after its number: a Han character, not a measure (`2万`). */
function startsRowText(key: string, p: number): boolean {
  return isHan(key.charCodeAt(p)) && !MEASURE.test(key[p]!);
}

/** Spaced: between spaces (`… 左右。 2 一般公共预算…`). */
const isSpacedNumber: RowNumberTest = (key, at, after, e) =>
  after < e && isSpaceCode(key.charCodeAt(at - 1)) && isSpaceCode(key.charCodeAt(after));

/**
 * The first index in [from, limit) where `word` starts, or -1: a search that stops
 * at the limit (a page's one line may run on for megabytes after a table).
 */
function indexBefore(key: string, word: string, from: number, limit: number): number {
  const first = word.charCodeAt(0);
  for (let at = from; at < limit; at++) {
    if (key.charCodeAt(at) === first && key.startsWith(word, at)) return at;
  }
  return -1;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** The row number at the start of [f, e), or -1. */
export function rowNumberAt(key: string, f: number, e: number): number {
  let p = f;
  while (p < e && isDigit(key.charCodeAt(p))) p++;
  if (p === f || p - f > 4 || p >= e || !startsRowText(key, p)) return -1;
  return Number(key.slice(f, p));
}

/**
 * The cells of a row run together (its number at `f`): the number, the task
 * (the text up to the first figure), figures, and after them unit names, each
 * its own cell where one name runs into the next (`市兴城公司区建设局`), a list
 * in one cell where its names are separated (`甲公司、乙公司`), and a tail of
 * other words (leaders' names) a cell of its own.
 */
export function runTogetherCells(
  text: SourceText,
  line: SourceLine,
  f: number,
  e: number,
  personFirst = false,
): TableCell[] {
  const { key } = text;
  let p = f;
  while (p < e && isDigit(key.charCodeAt(p))) p++;
  const cells: TableCell[] = [{ start: f, end: p, line }];
  let task = true;
  while (p < e) {
    const start = p;
    if (isDigit(key.charCodeAt(p)) && isFigureAt(key, p, e)) {
      while (p < e && (isDigit(key.charCodeAt(p)) || key[p] === '.')) p++;
      cells.push({ start, end: p, line });
      continue;
    }
    while (p < e && !(isDigit(key.charCodeAt(p)) && isFigureAt(key, p, e))) p++;
    if (task) cells.push(...taskCells(key, start, p, personFirst).map((c) => ({ ...c, line })));
    else for (const cell of unitCells(key, start, p)) cells.push({ ...cell, line });
    task = false;
  }
  return cells;
}

/** True when the figures at `p` stand as a cell: not followed by a measure. */
function isFigureAt(key: string, p: number, e: number): boolean {
  let q = p;
  while (q < e && (isDigit(key.charCodeAt(q)) || key[q] === '.')) q++;
  return q >= e || !MEASURE.test(key[q]!);
}

/** Text after the figures, cut into cells where names run into each other. */
function unitCells(key: string, s: number, e: number): { start: number; end: number }[] {
  const end = unitsEnd(key, s, e);
  const out: { start: number; end: number }[] = [];
  let from = s;
  for (let piece = s; piece <= end;) {
    let stop = piece;
    while (stop < end && !isListSeparator(key.charCodeAt(stop))) stop++;
    const lengths = splitRunTogether(key.slice(piece, stop));
    let cut = piece;
    for (const n of lengths.slice(0, -1)) {
      cut += n;
      out.push({ start: from, end: cut });
      from = cut;
    }
    piece = stop + 1;
  }
  if (end > from) out.push({ start: from, end });
  if (e > end) out.push({ start: end, end: e });
  return out;
}

/**
 * Where the unit names of [s, e) end: after the last name whose ending is a
 * unit's, when the words after it (leaders' names) end like none. `e` when the
 * text ends like a unit or holds none.
 */
function unitsEnd(key: string, s: number, e: number): number {
  if (isUnitLike(key.slice(lastPieceStart(key, s, e), e))) return e;
  for (let p = e - 1; p > s + 1; p--) {
    if (!endsSomeSuffix(key.charCodeAt(p - 1))) continue;
    const from = lastPieceStart(key, s, p);
    if (isUnitLike(key.slice(from, p)) || splitRunTogether(key.slice(from, p)).length > 1) return p;
  }
  return e;
}

function lastPieceStart(key: string, s: number, e: number): number {
  let p = e;
  while (p > s && !isListSeparator(key.charCodeAt(p - 1))) p--;
  return p;
}

/** 、 , ; (folded text has ASCII commas and semicolons). */
function isListSeparator(c: number): boolean {
  return c === 0x3001 || c === 0x2c || c === 0x3b;
}

/**
 * The task of a row run together, and the names after it when no figure stands
 * between them (`…中小学4580个。何海平教育局经开区…`): the task ends at its last
 * sentence, and what follows, when it reads as nothing but unit names, is the row's
 * unit cells, one a name. With `personFirst` (the header has a leader's column before
 * its unit columns) a leader's name of two or three characters stands before the
 * first unit and is a cell of its own: of three characters or two, whichever leaves
 * more names (`李强住建局交警大队`: 住建局, 交警大队).
 */
function taskCells(
  key: string,
  s: number,
  e: number,
  personFirst: boolean,
): { start: number; end: number }[] {
  // units with their roles after the task's last sentence (`…文化。X、Y牵头;Z配合`): one cell
  const sentenceEnd = endOfLast(key, s, e, isFullStop);
  if (sentenceEnd > s && isRolePhrases(key.slice(sentenceEnd, e))) {
    return [
      { start: s, end: sentenceEnd },
      { start: sentenceEnd, end: e },
    ];
  }
  // names alone after the last sentence or clause (`…4580个。何海平教育局…`)
  const end = endOfLast(key, s, e, (c) => isFullStop(c) || c === 0x3b);
  if (end <= s || e - end < 3 || e - end > MAX_NAMES_TAIL) return [{ start: s, end: e }];
  // the leader's name: three characters or two, whichever leaves more names
  let person = 0;
  let names: number[] | undefined;
  for (const length of personFirst ? [3, 2] : [0]) {
    const found = unitNamesRunTogether(key.slice(end + length, e));
    if (found !== undefined && (names === undefined || found.length > names.length)) {
      person = length;
      names = found;
    }
  }
  if (names === undefined) return [{ start: s, end: e }];
  const cells = [{ start: s, end }];
  if (person > 0) cells.push({ start: end, end: end + person });
  let at = end + person;
  for (const n of names) {
    cells.push({ start: at, end: at + n });
    at += n;
  }
  return cells;
}

/** Just past the last character of [s, e) that `stops`, or s. */
function endOfLast(key: string, s: number, e: number, stops: (c: number) => boolean): number {
  let end = e;
  while (end > s && !stops(key.charCodeAt(end - 1))) end--;
  return end;
}

/** 。 ! ? (folded text has ASCII ! and ?). */
function isFullStop(c: number): boolean {
  return c === 0x3002 || c === 0x21 || c === 0x3f;
}

/**
 * True when `text` is nothing but unit names each closed by what they do, in
 * phrases between semicolons or commas (`X、Y牵头;Z配合;各州(市)党委和政府落实`).
 */
function isRolePhrases(text: string): boolean {
  if (text.length < 4 || text.length > MAX_NAMES_TAIL * 3) return false;
  // a phrase ends where its names end with what they do: commas may also separate names
  let phrase = '';
  let phrases = 0;
  for (const piece of text.split(/([;,])/u)) {
    if (phrase === '' && (piece === ';' || piece === ',')) continue;
    phrase += piece;
    const names = phrase.trim();
    const marker = trailingRoleMarker(names);
    if (marker === undefined) continue;
    if (!isUnitNameList(names.slice(0, -marker[0].length))) return false;
    phrase = '';
    phrases++;
  }
  return phrases > 0 && phrase.trim() === '';
}

/** The longest run of names read after a row's task. */
const MAX_NAMES_TAIL = 80;
