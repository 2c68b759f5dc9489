import { unitSuffixOf } from '../lexicon/unit-suffixes.js';

/** Longest name taken for a unit without a warning. */
export const LONG_UNIT_NAME = 40;

const SENTENCE = /[。!?？！:;,"“”《》]/u;

/**
 * True when folded text reads as the name of a unit: short, no sentence
 * punctuation, and ending like an organisation
 * (…局, …委员会, 各街镇, 各街道(功能区)). Only the shape is judged.
 *
 * @example isUnitLike('区府办(政务服务办)') === true
 * @example isUnitLike('开工建设老年大学。') === false // a sentence
 */
export function isUnitLike(name: string): boolean {
  // a line wrap may fall inside a name (`区财政中` / `心`)
  const n = /\s/u.test(name) ? name.replace(/\s+/gu, '') : name;
  if (n.length < 2 || n.length > LONG_UNIT_NAME) return false;
  if (SENTENCE.test(n)) return false;
  const bare = stripTrailingParenthetical(n);
  if (bare.length < 2) return false;
  return unitSuffixOf(bare) !== '';
}

/** `各街道(功能区)` → `各街道`; names without a closing parenthetical are returned as they are. */
export function stripTrailingParenthetical(name: string): string {
  let n = name;
  for (let guard = 0; guard < 3 && /[)）]$/u.test(n); guard++) {
    let depth = 0;
    let i = n.length - 1;
    for (; i >= 0; i--) {
      const c = n[i];
      if (c === ')' || c === '）') depth++;
      else if (c === '(' || c === '（') {
        depth--;
        if (depth === 0) break;
      }
    }
    if (i <= 0) return n;
    n = n.slice(0, i);
  }
  return n;
}
