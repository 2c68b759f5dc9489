import type { Role } from '../../model/plan.js';
import { trailingRoleMarkerAt } from '../lexicon/role-markers.js';
import { isHan } from '../text/is-han.js';
import { isSpaceCode } from '../text/source-text.js';
import { hideAnnotations } from './hide-annotations.js';
import { isUnitLike, LONG_UNIT_NAME } from './is-unit-like.js';
import { joinLevelGroups } from './join-level-groups.js';
import { cutAtDepth0, endAtDepth0, trimEnd, trimStart } from './list-ranges.js';
import { nameRange } from './name-range.js';
import { mayHaveConjunction, splitConjunctions } from './split-conjunctions.js';
import { mayRunTogether, splitRunTogether } from './split-run-together.js';
import { isSpaced, splitSpaces } from './split-spaces.js';

/** One unit named in a list. */
export interface UnitMention {
  /** the name as printed, trimmed (not yet normalised) */
  raw: string;
  role: Role;
  /** index in the list text where the name starts */
  at: number;
}

/** Something a reader should check about a split. */
export interface SplitNote {
  kind: 'run-together' | 'unsplit';
  /** index in the list text */
  at: number;
  text: string;
}

/**
 * The names of a list, notes on its splits, and a time stated among them.
 * Lists repeat from item to item and their readings are remembered: a reading
 * is shared between callers, hence read-only.
 */
export interface UnitList {
  readonly units: readonly Readonly<UnitMention>[];
  readonly notes: readonly Readonly<SplitNote>[];
  /** a phrase that states a time (`2023年底前完成`), as printed */
  readonly deadline?: string;
}

// a phrase of a list that states a time instead of naming a unit
const DEADLINE = /\d{4}年|\d{1,2}月|年底|年内|月底|季度|前完成|底前|长期|持续推进/u;

export interface SplitUnitListOptions {
  /** the role the field gives (牵头单位 → lead, 责任单位 → member) */
  role: Role;
  /** table cells: a space always separates two names */
  table?: boolean;
}

// , ; 。 (folded from ，；)
const FULL_STOP = 0x3002;
const isPhraseEnd = (c: number) => c === 0x2c || c === 0x3b || c === FULL_STOP;
// 、 / \ |
const isNameSeparator = (c: number) => c === 0x3001 || c === 0x2f || c === 0x5c || c === 0x7c;
const HAS_LETTER = /[\p{L}]/u;

/**
 * Splits the text of a responsibility field into unit names with roles, as the
 * corpus README reads lists: phrases at `,` `;` `。` (folded from ，；), names at
 * `、` `/`, at 及/和/以及/与 only between two unit names, at spaces between two
 * unit names (always in table cells), and names run together (`区财政局区税务局`).
 * Role words closing a phrase (`牵头`, `分别牵头`, `配合`, `按职责分工负责`) set the
 * role of its names; `等…` after a name and annotations in brackets
 * (`(除标注外,列第一位为牵头单位)`) are dropped; a bracket that is part of a name
 * (`区府办(政务服务办)`, `各县(市、区)政府`) stays.
 *
 * `raw` and `key` are the same text as printed and folded (see `foldText`).
 */
export function splitUnitList(raw: string, key: string, options: SplitUnitListOptions): UnitList {
  // lists repeat from item to item (`区司法局、各街镇`): remember this document's answers
  if (raw.length > MAX_REMEMBERED_LENGTH) return readUnitList(raw, key, options);
  // one map for each role and kind of list, so that the folded text alone is the
  // key (a key built by concatenation would be a new string to flatten and hash
  // per call); the printed text is compared, as lists that fold alike may differ
  const table = options.table === true;
  const lists = (remembered[rememberedIndex(options.role, table)] ??= new Map());
  const first = lists.get(key);
  let known = first;
  while (known !== undefined && known.raw !== raw) known = known.next;
  if (known) return known.list;
  if (rememberedCount >= MAX_REMEMBERED) forgetUnitLists();
  const list = readUnitList(raw, key, options);
  lists.set(key, first === undefined ? { raw, list } : { raw, list, next: first });
  rememberedCount++;
  return list;
}

/** A remembered reading, and the next one of a list folded alike but printed otherwise. */
interface Remembered {
  raw: string;
  list: UnitList;
  next?: Remembered;
}

/** Remembered readings by role and kind (see `rememberedIndex`), each by the list's folded text. */
const remembered: (Map<string, Remembered> | undefined)[] = [];
let rememberedCount = 0;
const MAX_REMEMBERED = 5_000;
const MAX_REMEMBERED_LENGTH = 400;
const ROLES: readonly Role[] = ['lead', 'member'];

function rememberedIndex(role: Role, table: boolean): number {
  return ROLES.indexOf(role) * 2 + (table ? 1 : 0);
}

/**
 * Forgets the lists remembered so far: `parse` calls it first, so that what is
 * remembered is one document's own repetitions and nothing outlives the call.
 */
export function forgetUnitLists(): void {
  remembered.length = 0;
  rememberedCount = 0;
  rememberedSplits.clear();
}

/**
 * `splitRunTogether`, remembered by name for the rest of the parse: a unit is
 * named in many lists that differ (`省发展改革委、省财政厅` and `省发展改革委、省商务厅`),
 * so a name recurs where its list does not.
 */
function runTogetherLengths(name: string): readonly number[] {
  let lengths = rememberedSplits.get(name);
  if (lengths === undefined) {
    if (rememberedSplits.size >= MAX_REMEMBERED) rememberedSplits.clear();
    lengths = splitRunTogether(name);
    rememberedSplits.set(name, lengths);
  }
  return lengths;
}

const rememberedSplits = new Map<string, readonly number[]>();

function readUnitList(raw: string, key: string, options: SplitUnitListOptions): UnitList {
  const { work, markers } = hideAnnotations(key);
  const units: UnitMention[] = [];
  const notes: SplitNote[] = [];
  let deadline: string | undefined;
  // units of phrases with no role word of their own, since the last that had one
  let unmarked = 0;
  // past a full stop the list has ended (`牵头部门:市交通局。建设进度较慢的县区为舒城县。`):
  // what follows is a sentence about the item, read for a time only
  let afterFullStop = false;
  // a name followed, after a space, by words that name no unit ends the list
  let listEnded = false;
  // phrases are read one at a time, with no list of their ranges: this loop runs
  // for every list of the document
  let to = 0;
  for (let from = 0; from <= work.length; from = to + 1) {
    to = endAtDepth0(work, from, work.length, isPhraseEnd);
    let s = trimStart(work, from, to);
    let e = trimEnd(work, s, to);
    const phrase = work.slice(s, e);
    if (DEADLINE.test(phrase) && !isUnitLike(phrase)) {
      // `责任单位:区发改委;2023年底前完成`: a time, not a unit
      deadline ??= raw.slice(s, e);
      continue;
    }
    if (afterFullStop) continue;
    afterFullStop = to < work.length && work.charCodeAt(to) === FULL_STOP;
    let role = options.role;
    const marker = trailingRoleMarkerAt(work, s, e);
    if (marker) {
      role = marker.role;
      // `A，B分别牵头`: 分别 (each) reaches back over the phrases before it, and so does a
      // lead marker (`A，B牵头，C配合`: the units before 牵头 that no role word claimed lead)
      if (marker.role === 'lead' || marker.marker.startsWith('分别')) {
        for (let k = units.length - unmarked; k < units.length; k++) units[k]!.role = role;
      }
      e = marker.start;
    }
    const before = units.length;
    s = trimStart(work, s, e);
    e = trimEnd(work, s, e);
    if (work.startsWith('由', s)) s++;
    const list: ListReading = { raw, work, markers, role, units, notes };
    for (const name of joinLevelGroups(work, cutAtDepth0(work, s, e, isNameSeparator))) {
      // most names hold no space and no conjunction: they are read with no list
      // of words or pieces made for them
      const ws = trimStart(work, name[0], name[1]);
      let we = trimEnd(work, ws, name[1]);
      const prose = options.table === true ? -1 : proseAfterSpace(work, ws, we);
      if (prose >= 0) {
        // `配合单位:市公安局,各区政府 鄞州 海曙、江东 合计 2 5 1`: the list ends at the
        // space after its last name; a table or a remark run into the line follows
        we = trimEnd(work, ws, prose);
        listEnded = true;
      }
      if (isSpaced(work, ws, we)) {
        for (const word of splitSpaces(work, ws, we, options.table === true)) {
          readWord(list, word[0], word[1]);
        }
      } else readWord(list, ws, we);
      if (listEnded) break;
    }
    unmarked = marker ? 0 : unmarked + units.length - before;
    if (listEnded) break;
  }
  return deadline === undefined ? { units, notes } : { units, notes, deadline };
}

/**
 * The first space in [s, e) (not a line break, which is a wrap) after which a list
 * goes on with something that is no unit: the text before it reads as a unit
 * name and the word after it does not (`各区政府 鄞州 海曙`); -1 when there is none.
 */
function proseAfterSpace(work: string, s: number, e: number): number {
  if (!isSpaced(work, s, e)) return -1;
  for (let i = s + 1; i < e; i++) {
    const c = work.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x3000) continue;
    let next = i + 1;
    while (next < e && isSpaceCode(work.charCodeAt(next))) next++;
    let end = next;
    while (end < e && !isSpaceCode(work.charCodeAt(end))) end++;
    if (next >= e || !isUnitLike(work.slice(s, i))) continue;
    if (!isUnitLike(work.slice(next, end))) return i;
    i = end - 1;
  }
  return -1;
}

/** What the pieces of one phrase are read into, and with. */
interface ListReading {
  raw: string;
  work: string;
  markers: ReadonlyMap<number, Role>;
  /** the role of the phrase */
  role: Role;
  units: UnitMention[];
  notes: SplitNote[];
}

function readWord(list: ListReading, s: number, e: number): void {
  if (!mayHaveConjunction(list.work, s, e)) {
    readPiece(list, s, e);
    return;
  }
  for (const piece of splitConjunctions(list.work, s, e)) readPiece(list, piece[0], piece[1]);
}

function readPiece(list: ListReading, s: number, d: number): void {
  const { work, markers } = list;
  const named = nameRange(work, s, d);
  if (!named) return;
  let pieceRole = list.role;
  const pieceMarker = trailingRoleMarkerAt(work, named[0], named[1]);
  if (pieceMarker && pieceMarker.start - named[0] > 1) {
    pieceRole = pieceMarker.role;
    named[1] = pieceMarker.start;
  }
  // most lists hold no annotation: no look-up then
  const annotated = markers.size === 0 ? undefined : (markers.get(named[1]) ?? markers.get(d));
  if (annotated) pieceRole = annotated;
  pushNames(list.raw, work, named[0], named[1], pieceRole, list.units, list.notes);
}

function pushNames(
  raw: string,
  work: string,
  s: number,
  e: number,
  role: Role,
  units: UnitMention[],
  notes: SplitNote[],
): void {
  if (!mayRunTogether(work, s, e)) {
    pushName(raw, work, s, e - s, role, units, notes);
    return;
  }
  const lengths = runTogetherLengths(work.slice(s, e));
  if (lengths.length > 1) notes.push({ kind: 'run-together', at: s, text: raw.slice(s, e) });
  let at = s;
  for (const n of lengths) {
    pushName(raw, work, at, n, role, units, notes);
    at += n;
  }
}

function pushName(
  raw: string,
  work: string,
  at: number,
  n: number,
  role: Role,
  units: UnitMention[],
  notes: SplitNote[],
): void {
  const name = raw.slice(at, at + n).trim();
  // a Han character is a letter: most names need no pattern run
  if (isHan(name.charCodeAt(0)) || HAS_LETTER.test(name)) {
    units.push({ raw: name, role, at });
    if (n > 20 && !isUnitLike(work.slice(at, at + n)) && n <= LONG_UNIT_NAME * 4) {
      notes.push({ kind: 'unsplit', at, text: name });
    }
  }
}
