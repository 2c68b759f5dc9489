import { itemGrams, type ItemProfile } from './item-similarity.js';

/** A pair of items worth scoring: positions in the two lists, and the rare grams they share. */
export interface CandidatePair {
  before: number;
  after: number;
  shared: number;
}

export interface CandidateOptions {
  /** keep at most this many candidates per item after (those sharing the most rare grams) */
  perItem: number;
  /** grams found in more items before than this are too common to propose a pair */
  maxGramItems: number;
}

/**
 * The pairs of items that could match, without scoring every pair: an
 * inverted index from each character bigram to the items before that hold it,
 * then, for each item after, the items before sharing the most of its grams.
 *
 * Grams held by more than `maxGramItems` items before (建设, 推进, 工作 in a large
 * plan) are skipped: they say little about which item is which, and their
 * posting lists would make the walk quadratic. An item whose every gram is
 * that common gets no candidate; it then matches only by exact text.
 *
 * Cost: O(Σ grams × min(posting length, maxGramItems)), near-linear in the
 * plans' text for a fixed `maxGramItems`.
 */
export function candidatePairs(
  before: readonly (ItemProfile | undefined)[],
  after: readonly (ItemProfile | undefined)[],
  options: CandidateOptions,
): CandidatePair[] {
  const postings = new Map<string, number[]>();
  before.forEach((profile, b) => {
    if (profile === undefined) return;
    for (const gram of itemGrams(profile)) {
      const list = postings.get(gram);
      if (list === undefined) postings.set(gram, [b]);
      else list.push(b);
    }
  });
  const pairs: CandidatePair[] = [];
  const counts = new Map<number, number>();
  after.forEach((profile, a) => {
    if (profile === undefined) return;
    counts.clear();
    for (const gram of itemGrams(profile)) {
      const list = postings.get(gram);
      if (list === undefined || list.length > options.maxGramItems) continue;
      for (const b of list) counts.set(b, (counts.get(b) ?? 0) + 1);
    }
    const best = [...counts].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, options.perItem);
    for (const [b, shared] of best) pairs.push({ before: b, after: a, shared });
  });
  return pairs;
}
