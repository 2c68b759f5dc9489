import { describe, expect, it } from 'vitest';
import { COMPARE_DEFAULTS } from '../../src/compare/compare-defaults.js';
import {
  itemProfile,
  itemSimilarity,
  titleContainment,
} from '../../src/compare/item-similarity.js';
import { parse } from '../../src/parse/index.js';
import { goldDocuments } from '../parse/gold-answers.js';

/** Both signals over every pair of different items within one plan, for the 136 documents of the corpus and fixtures/real. */
function withinPlan() {
  const similarity: number[] = [];
  const contained: number[] = [];
  for (const doc of [...goldDocuments('corpus'), ...goldDocuments('real')]) {
    const profiles = parse(doc.bytes).plan.items.map(itemProfile);
    profiles.forEach((a, i) =>
      profiles.slice(i + 1).forEach((b) => {
        similarity.push(itemSimilarity(a, b));
        contained.push(titleContainment(a, b));
      }),
    );
  }
  return { similarity, contained };
}

describe('the thresholds of comparePlans against different items of one plan', () => {
  const { similarity, contained } = withinPlan();

  it('measures 2,440 pairs of different items', () => {
    expect(similarity.length).toBe(2440);
  });

  it('threshold 0.5: 129 pairs (5.3%) reach it, items written from one template (104 of them the 15 groups of one inspection plan) or two targets on one measure', () => {
    expect(similarity.filter((s) => s >= COMPARE_DEFAULTS.threshold).length).toBe(129);
  });

  it('titleContainment 0.9: no pair reaches it; the most any title lies in another item of its plan is 5 of 6 grams', () => {
    expect(contained.filter((c) => c >= COMPARE_DEFAULTS.titleContainment).length).toBe(0);
    expect(Math.max(...contained)).toBeCloseTo(5 / 6, 10);
  });
});
