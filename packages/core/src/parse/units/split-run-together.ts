import {
  BRANCH_SUFFIXES,
  endsSomeSuffix,
  LEVEL_PREFIXES,
  SUFFIX_CLASSES,
  UNIT_SUFFIXES,
  unitSuffixOf,
} from '../lexicon/unit-suffixes.js';
import { hasWhiteSpace, isWhiteSpaceCode } from '../text/white-space.js';
import { isUnitLike, stripTrailingParenthetical } from './is-unit-like.js';

/** Longest text tried for run-together names; longer text is left whole and reported. */
const MAX_RUN = 40;
/** Shortest text that may hold two names (three characters each). */
const MIN_RUN = 6;
/**
 * Compound endings (`委员会`, `办公室` …), each with a place `k` inside it, by the
 * code of the character before that place: a cut after a character is inside
 * an ending when the ending starts `k` characters before the cut.
 */
const INSIDE_COMPOUND = ((): Map<number, [string, number][]> => {
  const map = new Map<number, [string, number][]>();
  for (const c of UNIT_SUFFIXES) {
    for (let k = 1; k < c.length; k++) {
      const code = c.charCodeAt(k - 1);
      map.set(code, [...(map.get(code) ?? []), [c, k]]);
    }
  }
  return map;
})();
const LEVEL_CODES = new Set(Array.from(LEVEL_PREFIXES, (ch) => ch.charCodeAt(0)));

/**
 * Splits names written together with no separator (`区财政局区税务局`,
 * `派出所工商质监所`) the way a reader would, and returns the lengths of the
 * parts in order. A cut is made only after a unit ending, never inside a compound
 * ending (`委|员会`), never before a branch (`…局咸安分局` is one unit), and only
 * when the next name starts with an administrative level (区/市/县 …) or ends
 * like the previous one (…所…所, …站…所, …局…委).
 *
 * @example splitRunTogether('区财政局区税务局') // → [4, 4]
 */
export function splitRunTogether(key: string): number[] {
  // a line wrap may stand inside the names (`区` / `委依法治区办`): split without it
  if (!hasWhiteSpace(key)) return splitCompact(key);
  const at: number[] = [];
  let compact = '';
  for (let i = 0; i < key.length; i++) {
    if (isWhiteSpaceCode(key.charCodeAt(i))) continue;
    at.push(i);
    compact += key[i];
  }
  const lengths = splitCompact(compact);
  if (lengths.length === 1) return [key.length];
  const out: number[] = [];
  let from = 0;
  let consumed = 0;
  for (const n of lengths.slice(0, -1)) {
    consumed += n;
    const cut = at[consumed]!;
    out.push(cut - from);
    from = cut;
  }
  out.push(key.length - from);
  return out;
}

/**
 * False when [s, e) of `key` is one name whatever `splitRunTogether` finds: too
 * short to hold two, or a group (各…). Most names of a list are: they need no
 * copy and no look-up.
 */
export function mayRunTogether(key: string, s: number, e: number): boolean {
  // white space only shortens the text that is split
  return e - s >= MIN_RUN && key.charCodeAt(s) !== 0x5404; /* 各 */
}

function splitCompact(key: string): number[] {
  // 各… names a group of units (各县市区人民政府): it is never two names
  if (key.length < MIN_RUN || key.length > MAX_RUN || key.startsWith('各')) return [key.length];
  let inner = false;
  for (let p = 3; p <= key.length - 3 && !inner; p++) inner = endsSomeSuffix(key.charCodeAt(p - 1));
  if (!inner) return [key.length];
  const memo = new Map<number, number[]>();
  const split = (from: number): number[] => {
    const known = memo.get(from);
    if (known) return known;
    const parts = splitFrom(key.slice(from), (p) => split(from + p));
    memo.set(from, parts);
    return parts;
  };
  return split(0);
}

function splitFrom(s: string, splitRest: (p: number) => number[]): number[] {
  for (let p = 3; p <= s.length - 3; p++) {
    if (!endsSomeSuffix(s.charCodeAt(p - 1)) || !cutAllowed(s, p)) continue;
    const left = s.slice(0, p);
    const leftSuffix = unitSuffixOf(left);
    if (leftSuffix === '' || leftSuffix === left || !isUnitLike(left)) continue;
    const rest = splitRest(p);
    const first = s.slice(p, p + rest[0]!);
    const bare = stripTrailingParenthetical(first);
    const firstSuffix = unitSuffixOf(bare);
    if (first.length < 3 || !isUnitLike(first) || firstSuffix === bare) continue;
    if (BRANCH_SUFFIXES.some((b) => bare.endsWith(b))) continue;
    if (!LEVEL_CODES.has(first.charCodeAt(0)) && !sameClass(leftSuffix, firstSuffix)) continue;
    return [p, ...rest];
  }
  return [s.length];
}

/**
 * False where a cut after `p` characters of `s` would fall inside a bracket, inside
 * a run of administrative levels (`县市|区`) or inside a compound ending (`委|员会`).
 */
function cutAllowed(s: string, p: number): boolean {
  let depth = 0;
  for (let i = 0; i < p; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x28) depth++;
    else if (c === 0x29) depth = Math.max(0, depth - 1);
  }
  if (depth > 0) return false;
  // 县市|区: a run of administrative levels is one name
  const before = s.charCodeAt(p - 1);
  if (LEVEL_CODES.has(before) && LEVEL_CODES.has(s.charCodeAt(p))) return false;
  // a cut inside a compound ending (`社|区`) only where a longer ending closes the
  // name before it (`…合作社|区农发局`, not `城关社|区卫生服务中心`)
  let left: number | undefined;
  for (const [c, k] of INSIDE_COMPOUND.get(before) ?? []) {
    if (p - k < 0 || !s.startsWith(c, p - k)) continue;
    left ??= unitSuffixOf(s.slice(0, p)).length;
    if (left <= k) return false;
  }
  return true;
}

function sameClass(a: string, b: string): boolean {
  return SUFFIX_CLASSES.some((cls) => cls.includes(a) && cls.includes(b));
}

/**
 * The lengths of the names of `s` when it is nothing but unit names run together,
 * each of three characters or more (`教育局经开区高新园(邹区镇)各街道市国有公司`);
 * undefined otherwise. A cell of a unit column holds names only, so a cut is made
 * after any unit ending (or a closing bracket) outside brackets and inside no compound
 * ending, before a name that does not start with an ending (`办公室`, `会`), where the
 * rest reads as names too; the most names win.
 */
export function unitNamesRunTogether(s: string): number[] | undefined {
  const best = new Map<number, number[] | undefined>();
  const from = (at: number): number[] | undefined => {
    if (best.has(at)) return best.get(at);
    const rest = s.slice(at);
    let found: number[] | undefined;
    for (let p = 3; p <= rest.length; p++) {
      if (p < rest.length && !isNameCut(rest, p)) continue;
      const name = rest.slice(0, p);
      if (!isUnitLike(name) || unitSuffixOf(stripTrailingParenthetical(name)) === name) continue;
      const after = p === rest.length ? [] : from(at + p);
      if (after !== undefined && (found === undefined || after.length + 1 > found.length))
        found = [p, ...after];
    }
    best.set(at, found);
    return found;
  };
  return from(0);
}

/** True where a name may end after `p` characters of `s` and another start. */
function isNameCut(s: string, p: number): boolean {
  const before = s.charCodeAt(p - 1);
  const after = s.charCodeAt(p);
  if (!(endsSomeSuffix(before) || before === 0x29 || before === 0xff09) || !cutAllowed(s, p))
    return false;
  // a name starts with its place or 各, or with a word that ends none
  return LEVEL_CODES.has(after) || after === 0x5404 /* 各 */ || !endsSomeSuffix(after);
}
