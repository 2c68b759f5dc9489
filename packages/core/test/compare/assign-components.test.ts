import { describe, expect, it } from 'vitest';
import { assignComponents } from '../../src/compare/assign-components.js';

describe('assignComponents', () => {
  // b0–a0 0.9, b0–a1 0.8, b1–a0 0.85: most-similar-first takes b0–a0 and strands b1;
  // the optimum pairs b0–a1 and b1–a0 (0.8 + 0.85 = 1.65 > 0.9).
  const crossed = [
    { before: 0, after: 0, similarity: 0.9 },
    { before: 0, after: 1, similarity: 0.8 },
    { before: 1, after: 0, similarity: 0.85 },
  ];

  it('pairs as many items as it can, then the most similar: the crossed pairs, not the best single one', () => {
    const { pairs, greedy } = assignComponents(crossed, { maxOptimal: 10 });
    expect(pairs.map((p) => [p.before, p.after])).toEqual([
      [1, 0],
      [0, 1],
    ]);
    expect(greedy).toEqual([]);
  });

  it('solves separate components apart and keeps a lone pair as it is', () => {
    const lone = { before: 5, after: 7, similarity: 0.6 };
    const { pairs } = assignComponents([...crossed, lone], { maxOptimal: 10 });
    expect(pairs).toContainEqual(lone);
    expect(pairs).toHaveLength(3);
  });

  it('pairs a component larger than maxOptimal most-similar-first and reports its size', () => {
    const { pairs, greedy } = assignComponents(crossed, { maxOptimal: 1 });
    expect(pairs.map((p) => [p.before, p.after])).toEqual([[0, 0]]);
    expect(greedy).toEqual([[2, 2]]);
  });

  it('returns nothing for no pairs', () => {
    expect(assignComponents([], { maxOptimal: 10 })).toEqual({ pairs: [], greedy: [] });
  });
});
