import type { Role } from '../../model/plan.js';
import { CONJUNCTIONS, trailingRoleMarker } from '../lexicon/role-markers.js';
import { isCloseBracket, isOpenBracket } from '../text/brackets.js';
import { isSpaceCode } from '../text/source-text.js';
import { isUnitLike, LONG_UNIT_NAME } from './is-unit-like.js';
import { splitRunTogether } from './split-run-together.js';

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

export interface SplitUnitListOptions {
  /** the role the field gives (牵头单位 → lead, 责任单位 → member) */
  role: Role;
  /** table cells: a space always separates two names */
  table?: boolean;
}

const CONJUNCTION_CHARS = new Set(CONJUNCTIONS.map((w) => w.charCodeAt(0)));
// , ; 。 (folded from ，；)
const isPhraseEnd = (c: number) => c === 0x2c || c === 0x3b || c === 0x3002;
// 、 / \ |
const isNameSeparator = (c: number) => c === 0x3001 || c === 0x2f || c === 0x5c || c === 0x7c;
const ANNOTATION = /牵头|配合|协办|负责|下同|排名|排序|列第|汇总|为准|先后|[,;。:]/u;
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
export function splitUnitList(
  raw: string,
  key: string,
  options: SplitUnitListOptions,
): { units: UnitMention[]; notes: SplitNote[] } {
  // lists repeat from item to item (`区司法局、各街镇`): remember recent answers
  if (raw.length > MAX_REMEMBERED_LENGTH) return readUnitList(raw, key, options);
  const id = `${options.role}${options.table ? 't' : 'n'}${raw}${raw === key ? '' : '\u0000' + key}`;
  let known = remembered.get(id);
  if (!known) {
    if (remembered.size > MAX_REMEMBERED) remembered.clear();
    known = readUnitList(raw, key, options);
    remembered.set(id, known);
  }
  return {
    units: known.units.map((u) => ({ raw: u.raw, role: u.role, at: u.at })),
    notes: known.notes.map((n) => ({ kind: n.kind, at: n.at, text: n.text })),
  };
}

const remembered = new Map<string, { units: UnitMention[]; notes: SplitNote[] }>();
const MAX_REMEMBERED = 5_000;
const MAX_REMEMBERED_LENGTH = 400;

function readUnitList(
  raw: string,
  key: string,
  options: SplitUnitListOptions,
): { units: UnitMention[]; notes: SplitNote[] } {
  const { work, markers } = hideAnnotations(key);
  const units: UnitMention[] = [];
  const notes: SplitNote[] = [];
  for (const [ps, pe] of cutAtDepth0(work, 0, work.length, isPhraseEnd)) {
    let [s, e] = trim(work, ps, pe);
    let role = options.role;
    const marker = trailingRoleMarker(work.slice(s, e));
    if (marker) {
      role = marker[1];
      e -= marker[0].length;
    }
    [s, e] = trim(work, s, e);
    if (work.startsWith('由', s)) s++;
    for (const [ns, ne] of cutAtDepth0(work, s, e, isNameSeparator)) {
      for (const [a, b] of splitSpaces(work, ns, ne, options.table === true)) {
        for (const [c, d] of splitConjunctions(work, a, b)) {
          const named = nameRange(work, c, d);
          if (!named) continue;
          let pieceRole = role;
          const pieceMarker = trailingRoleMarker(work.slice(named[0], named[1]));
          if (pieceMarker && named[1] - named[0] > pieceMarker[0].length + 1) {
            pieceRole = pieceMarker[1];
            named[1] -= pieceMarker[0].length;
          }
          const annotated = markers.get(named[1]) ?? markers.get(d);
          if (annotated) pieceRole = annotated;
          pushNames(raw, work, named[0], named[1], pieceRole, units, notes);
        }
      }
    }
  }
  return { units, notes };
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
  const lengths = splitRunTogether(work.slice(s, e));
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

/** Replaces annotation brackets by spaces; a bare `(牵头)` marks the name before it. */
function hideAnnotations(key: string): { work: string; markers: Map<number, Role> } {
  const markers = new Map<number, Role>();
  const groups = topLevelGroups(key);
  if (groups.length === 0) return { work: key, markers };
  const parts: string[] = [];
  let last = 0;
  for (const [s, e] of groups) {
    const content = key.slice(s + 1, e - 1).trim();
    if (!ANNOTATION.test(content)) continue;
    const marker = trailingRoleMarker(content);
    if (marker && marker[0] === content) markers.set(s, marker[1]);
    parts.push(key.slice(last, s), ' '.repeat(e - s));
    last = e;
  }
  parts.push(key.slice(last));
  return { work: parts.join(''), markers };
}

/** Bracket groups at depth 0 as [start, end) including the brackets; unclosed ones are left out. */
function topLevelGroups(key: string): [number, number][] {
  const groups: [number, number][] = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    if (isOpenBracket(code)) {
      if (depth === 0) start = i;
      depth++;
    } else if (isCloseBracket(code) && depth > 0) {
      depth--;
      if (depth === 0) groups.push([start, i + 1]);
    }
  }
  return groups;
}

/** Cuts [from, to) at separator characters outside brackets. */
function cutAtDepth0(
  key: string,
  from: number,
  to: number,
  isSeparator: (code: number) => boolean,
): [number, number][] {
  const out: [number, number][] = [];
  let depth = 0;
  let start = from;
  for (let i = from; i < to; i++) {
    const code = key.charCodeAt(i);
    if (isOpenBracket(code)) depth++;
    else if (isCloseBracket(code)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && isSeparator(code)) {
      out.push([start, i]);
      start = i + 1;
    }
  }
  out.push([start, to]);
  return out;
}

/** Splits at runs of white space when both sides read as unit names (always in tables). */
function splitSpaces(key: string, from: number, to: number, table: boolean): [number, number][] {
  const [s, e] = trim(key, from, to);
  let spaced = false;
  for (let i = s; i < e && !spaced; i++) spaced = isSpaceCode(key.charCodeAt(i));
  if (!spaced) return [[s, e]];
  const words: [number, number][] = [];
  const piece = key.slice(s, e);
  // outside tables a line break inside a list is a wrap, never a separator
  const space = table ? /\s+/gu : /[^\S\n\r]+/gu;
  let start = s;
  for (let m = space.exec(piece); m !== null; m = space.exec(piece)) {
    if (
      !table &&
      (/[\n\r]/u.test(piece[m.index - 1] ?? '') ||
        /[\n\r]/u.test(piece[m.index + m[0].length] ?? ''))
    ) {
      continue;
    }
    words.push([start, s + m.index]);
    start = s + m.index + m[0].length;
  }
  words.push([start, e]);
  if (words.length === 1) return words;
  const out: [number, number][] = [words[0]!];
  for (let i = 1; i < words.length; i++) {
    const prev = out[out.length - 1]!;
    const word = words[i]!;
    const prevLength = prev[1] - prev[0];
    const wordLength = word[1] - word[0];
    const separate = table
      ? prevLength >= 2 && wordLength >= 2
      : prevLength <= LONG_UNIT_NAME &&
        wordLength <= LONG_UNIT_NAME &&
        isUnitLike(key.slice(prev[0], prev[1])) &&
        isUnitLike(key.slice(word[0], word[1]));
    if (separate) out.push(word);
    else prev[1] = word[1];
  }
  return out;
}

/** Splits at 及/和/以及/与/会同 outside brackets when both sides read as unit names. */
function splitConjunctions(key: string, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  let start = from;
  let depth = 0;
  for (let i = from; i < to; i++) {
    const code = key.charCodeAt(i);
    if (isOpenBracket(code)) depth++;
    else if (isCloseBracket(code)) depth = Math.max(0, depth - 1);
    if (depth > 0 || !CONJUNCTION_CHARS.has(code)) continue;
    const word = CONJUNCTIONS.find((w) => key.startsWith(w, i));
    if (!word || i + word.length >= to) continue;
    const fits = i - start <= LONG_UNIT_NAME && to - i - word.length <= LONG_UNIT_NAME;
    if (fits && isUnitLike(key.slice(start, i)) && isUnitLike(key.slice(i + word.length, to))) {
      out.push([start, i]);
      start = i + word.length;
      i = start - 1;
    }
  }
  out.push([start, to]);
  return out;
}

/** The name in [s, e): trimmed, `等…` after a name and a trailing 等 dropped, leading 由 dropped. */
function nameRange(key: string, s0: number, e0: number): [number, number] | undefined {
  let [s, e] = trim(key, s0, e0);
  if (key.startsWith('由', s) && e - s > 3) s++;
  for (let i = s + 1; i < e && i - s <= LONG_UNIT_NAME; i++) {
    if (key[i] === '等' && isUnitLike(key.slice(s, i))) {
      e = i;
      break;
    }
  }
  if (e > s && key[e - 1] === '等') e--;
  [s, e] = trim(key, s, e);
  return e > s ? [s, e] : undefined;
}

// white space, list punctuation and quotes around a name
function isTrimmed(c: number): boolean {
  return (
    isSpaceCode(c) ||
    c === 0x3001 || // 、
    c === 0x2c ||
    c === 0x3b ||
    c === 0x3002 || // 。
    c === 0x2e ||
    c === 0x3a ||
    c === 0x22 ||
    c === 0x27 ||
    c === 0x201c || // “
    c === 0x201d ||
    c === 0x2018 ||
    c === 0x2019
  );
}

function trim(key: string, s: number, e: number): [number, number] {
  while (s < e && isTrimmed(key.charCodeAt(s))) s++;
  while (e > s && isTrimmed(key.charCodeAt(e - 1))) e--;
  return [s, e];
}
