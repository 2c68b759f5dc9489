/**
 * The defaults of `comparePlans`, in one place.
 *
 * - `threshold` 0.5: two items whose `itemSimilarity` is at least 0.5 are one
 *   item reworded. Measured on the 118 documents of the shared corpus and
 *   `fixtures/real` (2,264 pairs of different items of one plan; percentiles
 *   at rank ⌊p·(n−1)⌋ of the sorted values): median 0.035, 95th percentile
 *   0.55, 99th 0.70, and 129 pairs (5.7%) at 0.5 or more, items written
 *   from one template or two targets on one measure: 104 of them are the 15
 *   groups of one inspection plan (`煤矿安全督查组。由市煤炭工业局1名县级领导带队,2名专业人员参加`),
 *   the others `…考核目标任务`, `第一检查督导组`, `每年定期公布全省和各地区…情况`
 *   (without that plan: 2,159 pairs, median 0.030, 95th percentile 0.31, 25 pairs
 *   at 0.5). The one-to-one assignment keeps such items apart because each has
 *   a closer partner. Items reworded from one year to the next score 0.55 to
 *   0.95 (`test/compare`).
 * - `titleContainment` 0.9: a pair below the threshold is still one item when
 *   at least 90% of one title's bigrams (6 or more) lie in the other's text
 *   (`titleContainment`). Over the same 2,264 pairs: median 0.067, 95th
 *   percentile 0.50, 99th 0.67, at most 0.83 (5 of 6 grams), none at 0.9. A
 *   target stated alone one year and closing a longer task the next scores 1
 *   there and 0.21 in similarity (Pinghu 2023 → 2024, `fixtures/compare`).
 * - `containment` 0.7: an item is a part of another (split or merged) when at
 *   least 70% of its bigrams are in the other's text.
 * - `candidatesPerItem` 10 and `maxGramItems` 100: the candidate search
 *   (`candidatePairs`) keeps the 10 items before sharing most rare grams with an
 *   item after, and treats a gram held by more than 100 items before as too
 *   common to propose pairs.
 * - `maxOptimal` 300: a group of items that all read alike is assigned
 *   optimally (O(n³)) up to 300 items a side, greedily past that.
 */
export const COMPARE_DEFAULTS = {
  threshold: 0.5,
  titleContainment: 0.9,
  containment: 0.7,
  candidatesPerItem: 10,
  maxGramItems: 100,
  maxOptimal: 300,
} as const;
