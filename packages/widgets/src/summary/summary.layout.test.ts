import { summary } from '@remit/core/metrics';
import { incidence, type Plan } from '@remit/core/model';
import { describe, expect, it } from 'vitest';
import founding from '../../../core/data/xuhui-2020-fazhi.json';
import { summaryCards } from './summary.model.js';

const s = summary(incidence(founding as Plan));

describe('summaryCards', () => {
  it('gives the six headline cards of the founding plan in order', () => {
    const cards = summaryCards(s, 'zh-CN');
    expect(cards.map((c) => c.key)).toEqual([
      'items',
      'units',
      'assignments',
      'itemsWithoutLead',
      'gini',
      'busiest',
    ]);
    expect(cards[0]!.value).toBe('17');
    expect(cards[1]!.value).toBe('15');
    expect(cards[2]!.value).toBe('45');
    expect(cards[3]!.value).toBe('17');
    expect(cards[3]!.hint).toBe('占全部任务的 100%');
    expect(cards[5]!.units!.map((u) => u.name)).toEqual(s.busiest.map((b) => b.name));
  });

  it('formats the Gini coefficient with two decimals in English', () => {
    const gini = summaryCards(s, 'en').find((c) => c.key === 'gini')!;
    expect(gini.value).toMatch(/^0\.\d\d$/);
    expect(gini.label).toBe('Workload concentration (Gini)');
  });

  it('handles an empty plan', () => {
    const cards = summaryCards(summary(incidence({ items: [], units: [], assignments: [] })), 'en');
    expect(cards.find((c) => c.key === 'busiest')!.hint).toBe('No unit carries an item');
    expect(cards[3]!.hint).toBeUndefined();
  });
});
