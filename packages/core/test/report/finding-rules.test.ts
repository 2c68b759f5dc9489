import { describe, expect, it } from 'vitest';
import type { FindingFacts, UnitFacts } from '../../src/report/finding-facts.js';
import { findingClaims } from '../../src/report/finding-rules.js';
import { FINDING_WORDS_EN } from '../../src/report/finding-words-en.js';
import { FINDING_WORDS_ZH } from '../../src/report/finding-words-zh.js';

const unit = (id: string, items: number, lead = 0, group = false): UnitFacts => ({
  id,
  name: id.toUpperCase(),
  items,
  lead,
  group,
});

/** Facts written by hand: the rules need no plan, and no words. */
function facts(units: UnitFacts[], itemUnits: number[]): FindingFacts {
  const assignments = units.reduce((n, u) => n + u.items, 0);
  return {
    summary: {
      items: itemUnits.length,
      units: units.length,
      assignments,
      sections: 0,
      gini: 0.1,
      top3Share: 0.5,
    } as FindingFacts['summary'],
    units,
    items: itemUnits.map((n, i) => ({
      id: `i${i + 1}`,
      title: `任务${i + 1}`,
      units: n,
      hasLead: false,
      groups: 0,
    })),
  };
}

describe('the findings’ rules, apart from their words', () => {
  it('decide from facts alone which findings a plan calls for, with their figures and names', () => {
    const claims = findingClaims(
      facts([unit('a', 3, 2), unit('b', 1), unit('c', 0)], [2, 1, 1]),
      8,
    );
    expect(claims.map((c) => c.id)).toEqual([
      'overview',
      'busiest',
      'most-leads',
      'concentration',
      'no-lead',
      'single-unit',
      'idle-units',
    ]);
    const busiest = claims.find((c) => c.id === 'busiest')!;
    expect(busiest.figures).toEqual({
      items: 3,
      count: 1,
      total: 3,
      share: 1,
      nextItems: 1,
      nextCount: 1,
    });
    expect(busiest.units!.map((u) => u.id)).toEqual(['a', 'b']);
    // one item has two units and no lead: who leads must be settled
    expect(claims.find((c) => c.id === 'no-lead')).toMatchObject({
      severity: 'warning',
      figures: { count: 3, staffed: 3, open: 1 },
    });
  });

  it('say nothing of leads, idle units or single units where there are none', () => {
    const ids = findingClaims(facts([unit('a', 2), unit('b', 2)], [2, 2]), 8).map((c) => c.id);
    expect(ids).not.toContain('most-leads');
    expect(ids).not.toContain('idle-units');
    expect(ids).not.toContain('single-unit');
  });

  it('are worded in each language from the same claim, lists joined as each language joins them', () => {
    const claims = findingClaims(
      facts([unit('a', 2), unit('b', 2), unit('c', 2), unit('d', 0)], [3, 3]),
      8,
    );
    const busiest = claims.find((c) => c.id === 'busiest')!;
    if (busiest.id !== 'busiest') throw new Error('expected the busiest units');
    expect(FINDING_WORDS_ZH.busiest(busiest.about)).toBe(
      '承担任务最多的是A、B和C，各 2 项（各占全部 2 项任务的 100%）。',
    );
    expect(FINDING_WORDS_EN.busiest(busiest.about)).toBe(
      'The busiest units are A, B and C, each on all 2 items (100%).',
    );
    const idle = claims.find((c) => c.id === 'idle-units')!;
    if (idle.id !== 'idle-units') throw new Error('expected the idle units');
    expect(FINDING_WORDS_EN['idle-units'](idle.about)).toBe('1 unit has no item: D.');
  });
});
