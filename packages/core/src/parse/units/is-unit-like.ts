import { unitSuffixOf } from '../lexicon/unit-suffixes.js';
import { hasWhiteSpace } from '../text/white-space.js';

/** Longest name taken for a unit without a warning. */
export const LONG_UNIT_NAME = 40;

/** Sentence punctuation: 。 ! ? ？ ！ : ; , " “ ” 《 》, by code. */
function isSentenceCode(c: number): boolean {
  return c < 0x80
    ? c === 0x21 || c === 0x3f || c === 0x3a || c === 0x3b || c === 0x2c || c === 0x22
    : c === 0x3002 ||
        c === 0xff1f ||
        c === 0xff01 ||
        c === 0x201c ||
        c === 0x201d ||
        c === 0x300a ||
        c === 0x300b;
}

/**
 * True when folded text reads as the name of a unit: short, no sentence
 * punctuation, and ending like an organisation
 * (…局, …委员会, 各街镇, 各街道(功能区)), not a count before a one-character
 * ending (`已完成2处`). Only the shape is judged.
 *
 * @example isUnitLike('区府办(政务服务办)') === true
 * @example isUnitLike('开工建设老年大学。') === false // a sentence
 */
export function isUnitLike(name: string): boolean {
  // a line wrap may fall inside a name (`区财政中` / `心`)
  // (this runs for every name of every list: codes are compared, no pattern run)
  if (name.length < 2) return false;
  const n = hasWhiteSpace(name) ? name.replace(/\s+/gu, '') : name;
  if (n.length < 2 || n.length > LONG_UNIT_NAME) return false;
  for (let i = 0; i < n.length; i++) if (isSentenceCode(n.charCodeAt(i))) return false;
  const bare = stripTrailingParenthetical(n);
  if (bare.length < 2) return false;
  const suffix = unitSuffixOf(bare);
  // `已完成2处`, `新建3所`: a count of places, not an office (处) or a school (所)
  // (`第1局`, an ordinal, names one)
  if (suffix.length === 1 && isCount(bare, bare.length - 1)) return false;
  return suffix !== '';
}

/** True when digits, not after 第, stand right before index `at` of `name`. */
function isCount(name: string, at: number): boolean {
  let i = at;
  while (i > 0 && isDigitCode(name.charCodeAt(i - 1))) i--;
  return i < at && name.charCodeAt(i - 1) !== 0x7b2c; // 第
}

function isDigitCode(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

/** `各街道(功能区)` → `各街道`; names without a closing parenthetical are returned as they are. */
export function stripTrailingParenthetical(name: string): string {
  let n = name;
  for (let guard = 0; guard < 3 && isCloseParen(n.charCodeAt(n.length - 1)); guard++) {
    let depth = 0;
    let i = n.length - 1;
    for (; i >= 0; i--) {
      const c = n.charCodeAt(i);
      if (isCloseParen(c)) depth++;
      else if (c === 0x28 || c === 0xff08) {
        depth--;
        if (depth === 0) break;
      }
    }
    if (i <= 0) return n;
    n = n.slice(0, i);
  }
  return n;
}

/** `)` or `）` (NaN, past a string's end, is neither). */
function isCloseParen(c: number): boolean {
  return c === 0x29 || c === 0xff09;
}
