import type { Role } from '../../model/plan.js';
import { trailingRoleMarkerAt } from '../lexicon/role-markers.js';
import { hideAnnotations } from './hide-annotations.js';
import { isUnitLike, LONG_UNIT_NAME } from './is-unit-like.js';
import { joinLevelGroups } from './join-level-groups.js';
import { cutAtDepth0, trimEnd, trimStart } from './list-ranges.js';
import { nameRange } from './name-range.js';
import { splitConjunctions } from './split-conjunctions.js';
import { splitRunTogether } from './split-run-together.js';
import { splitSpaces } from './split-spaces.js';

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
const isPhraseEnd = (c: number) => c === 0x2c || c === 0x3b || c === 0x3002;
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
  // one map for each role and kind of list, so that the text alone is the key: a
  // key built by concatenation would be a new string to flatten and hash per call
  const table = options.table === true;
  const lists = (remembered[rememberedIndex(options.role, table)] ??= new Map());
  const id = raw === key ? raw : `${raw}\u0000${key}`;
  let known = lists.get(id);
  if (!known) {
    if (rememberedCount >= MAX_REMEMBERED) forgetUnitLists();
    known = readUnitList(raw, key, options);
    lists.set(id, known);
    rememberedCount++;
  }
  return known;
}

/** Remembered readings by role and kind (see `rememberedIndex`), each by the list's text. */
const remembered: (Map<string, UnitList> | undefined)[] = [];
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
  // ranges are read by index, not destructured: this loop runs for every list of
  // the document, and destructuring a pair costs an iteration in V8
  for (const phraseRange of cutAtDepth0(work, 0, work.length, isPhraseEnd)) {
    let s = trimStart(work, phraseRange[0], phraseRange[1]);
    let e = trimEnd(work, s, phraseRange[1]);
    const phrase = work.slice(s, e);
    if (DEADLINE.test(phrase) && !isUnitLike(phrase)) {
      // `责任单位:区发改委;2023年底前完成`: a time, not a unit
      deadline ??= raw.slice(s, e);
      continue;
    }
    let role = options.role;
    const marker = trailingRoleMarkerAt(work, s, e);
    if (marker) {
      role = marker.role;
      // `A，B分别牵头`: 分别 (each) reaches back over the phrases before it
      if (marker.marker.startsWith('分别')) {
        for (let k = units.length - unmarked; k < units.length; k++) units[k]!.role = role;
      }
      e = marker.start;
    }
    const before = units.length;
    s = trimStart(work, s, e);
    e = trimEnd(work, s, e);
    if (work.startsWith('由', s)) s++;
    for (const name of joinLevelGroups(work, cutAtDepth0(work, s, e, isNameSeparator))) {
      for (const word of splitSpaces(work, name[0], name[1], options.table === true)) {
        for (const piece of splitConjunctions(work, word[0], word[1])) {
          const d = piece[1];
          const named = nameRange(work, piece[0], d);
          if (!named) continue;
          let pieceRole = role;
          const pieceMarker = trailingRoleMarkerAt(work, named[0], named[1]);
          if (pieceMarker && pieceMarker.start - named[0] > 1) {
            pieceRole = pieceMarker.role;
            named[1] = pieceMarker.start;
          }
          const annotated = markers.get(named[1]) ?? markers.get(d);
          if (annotated) pieceRole = annotated;
          pushNames(raw, work, named[0], named[1], pieceRole, units, notes);
        }
      }
    }
    unmarked = marker ? 0 : unmarked + units.length - before;
  }
  return deadline === undefined ? { units, notes } : { units, notes, deadline };
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
  const lengths = runTogetherLengths(work.slice(s, e));
  if (lengths.length > 1) notes.push({ kind: 'run-together', at: s, text: raw.slice(s, e) });
  let at = s;
  for (const n of lengths) {
    const name = raw.slice(at, at + n).trim();
    if (HAS_LETTER.test(name)) {
      units.push({ raw: name, role, at });
      if (n > 20 && !isUnitLike(work.slice(at, at + n)) && n <= LONG_UNIT_NAME * 4) {
        notes.push({ kind: 'unsplit', at, text: name });
      }
    }
    at += n;
  }
}
