/**
 * Pinyin a mirror site wrote after characters (`責(zé)任單(dān)位`, `區(qū)教育局`): a
 * page so marked is read without them, and what is read from it (titles, names)
 * is given back as printed, the pinyin in place.
 */

// a Han character, then a syllable in brackets with a tone mark on a vowel (ASCII or
// full-width brackets): `(zé)`, `（qū）`; a plain `(a)` or `(3)` is never one
const GLOSS = /(?<=[\u3400-\u9fff])[(（]([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*)[)）]/gu;
// fewer than this many on a page are no mirror's habit, and stay as printed
const MIN_GLOSSES = 3;
// how far past its line a stretch is looked for: an item's title, text and names
// stand on its first lines, and a search that ran to the end of the page for each
// name would cost the whole page once a name
const NEAR = 4096;

/** A text read without its pinyin, and the way back to the text as printed. */
export interface WithoutGlosses {
  /** the text with every gloss removed (lines as they were: a gloss holds no break) */
  text: string;
  /** how many glosses were removed */
  count: number;
  /** index in `text` where the first gloss stood, for a diagnostic's place */
  first: number;
  /**
   * A stretch of `text` (a title, a name) as printed: its first occurrence at or
   * after `from` (the start of the line it was read on) and at most a few thousand
   * characters past it, with the glosses that followed its characters put back. A
   * string not found there is given back unchanged.
   */
  asPrinted(read: string, from?: number): string;
}

/** The text without the pinyin glosses a mirror inserted, or undefined when it has none. */
export function withoutPinyinGlosses(text: string): WithoutGlosses | undefined {
  if (!/[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/u.test(text)) return undefined;
  const matches = [...text.matchAll(GLOSS)];
  if (matches.length < MIN_GLOSSES) return undefined;
  // after the character at index cuts[k] - 1 of the read text, glosses[k] was printed
  const cuts: number[] = [];
  const glosses: string[] = [];
  const parts: string[] = [];
  let last = 0;
  let removed = 0;
  for (const m of matches) {
    parts.push(text.slice(last, m.index));
    removed += m[0].length;
    cuts.push(m.index + m[0].length - removed);
    glosses.push(m[0]);
    last = m.index + m[0].length;
  }
  parts.push(text.slice(last));
  const read = parts.join('');
  return {
    text: read,
    count: matches.length,
    first: cuts[0]!,
    asPrinted(stretch, from = 0) {
      if (stretch === '') return stretch;
      const at = read.slice(from, from + NEAR + stretch.length).indexOf(stretch);
      if (at < 0) return stretch;
      const start = from + at;
      const end = start + stretch.length;
      let k = firstCutAfter(cuts, start);
      if (k >= cuts.length || cuts[k]! > end) return stretch;
      const out: string[] = [];
      // how far the stretch has been copied
      let copied = start;
      for (; k < cuts.length && cuts[k]! <= end; k++) {
        out.push(read.slice(copied, cuts[k]), glosses[k]!);
        copied = cuts[k]!;
      }
      out.push(read.slice(copied, end));
      return out.join('');
    },
  };
}

/** The index of the first cut after `at` (a cut at `at` follows a character before the stretch). */
function firstCutAfter(cuts: readonly number[], at: number): number {
  let lo = 0;
  let hi = cuts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cuts[mid]! <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
