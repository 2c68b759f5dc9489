import { CONJUNCTIONS } from '../lexicon/role-markers.js';
import { isCloseBracket, isOpenBracket } from '../text/brackets.js';
import { unitSuffixOf } from '../lexicon/unit-suffixes.js';
import { isUnitLike, LONG_UNIT_NAME } from './is-unit-like.js';
import type { Range } from './list-ranges.js';

// a short list of codes: cheaper to search than a set, for every character of every name
const CONJUNCTION_CHARS = CONJUNCTIONS.map((w) => w.charCodeAt(0));

/**
 * False when [from, to) holds no character a conjunction starts with: then
 * `splitConjunctions` gives the stretch whole, and a caller may skip it.
 */
export function mayHaveConjunction(key: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (CONJUNCTION_CHARS.includes(key.charCodeAt(i))) return true;
  return false;
}

/**
 * Splits at 及/和/以及/与/会同/配合/协助 outside brackets when both sides read as unit names, and the
 * second names a unit of its own: in `各县(市、区)党委和政府` the 政府 is the counties' own.
 */
export function splitConjunctions(key: string, from: number, to: number): Range[] {
  const out: Range[] = [];
  let start = from;
  let depth = 0;
  for (let i = from; i < to; i++) {
    const code = key.charCodeAt(i);
    if (isOpenBracket(code)) depth++;
    else if (isCloseBracket(code)) depth = Math.max(0, depth - 1);
    if (depth > 0 || !CONJUNCTION_CHARS.includes(code)) continue;
    const word = CONJUNCTIONS.find((w) => key.startsWith(w, i));
    if (!word || i + word.length >= to) continue;
    const fits = i - start <= LONG_UNIT_NAME && to - i - word.length <= LONG_UNIT_NAME;
    const right = key.slice(i + word.length, to);
    if (fits && isUnitLike(key.slice(start, i)) && isUnitLike(right) && !isBareOrgan(right)) {
      out.push([start, i]);
      start = i + word.length;
      i = start - 1;
    }
  }
  out.push([start, to]);
  return out;
}

/** An organ named by its kind alone (`政府`, `人民政府`, `党委`, `管委会`): it belongs to the name before it. */
function isBareOrgan(name: string): boolean {
  return name === '人民政府' || unitSuffixOf(name) === name;
}
