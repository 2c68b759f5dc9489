import { incidence, type Plan } from '@remit/core/model';
import { describe, expect, it } from 'vitest';
import founding from '../../../core/data/xuhui-2020-fazhi.json';
import { planFormat } from '../../src/data/plan-format.js';
import { sameSelection } from '../../src/data/selection.js';
import { describePlan } from '../../src/shared/describe-plan.js';
import { safeFilename } from '../../src/shared/download.js';
import { collatorFor, formatNumber, formatPercent } from '../../src/shared/format.js';
import { lastCall } from '../../src/shared/last-call.js';
import { messages } from '../../src/shared/messages.js';
import { nextIndex } from '../../src/shared/next-index.js';
import { categoryClass } from '../../src/shared/category.js';
import { textWidth, truncateText } from '../../src/shared/text-width.js';

const inc = incidence(founding as Plan);

describe('describePlan', () => {
  it('names counts and the busiest units in Chinese', () => {
    expect(describePlan(inc, 'zh-CN')).toMatch(
      /^17 项任务，15 个单位，45 条分工；任务最多的是区委依法治区办（9 项）、区司法局（9 项）、各街镇（9 项）。$/,
    );
  });

  it('names counts and the busiest units in English', () => {
    expect(describePlan(inc, 'en')).toBe(
      '17 items, 15 units, 45 assignments; the busiest units are 区委依法治区办 (9 items), 区司法局 (9 items) and 各街镇 (9 items).',
    );
  });

  it('says only the counts for a plan where no unit carries an item', () => {
    expect(describePlan(incidence({ items: [], units: [], assignments: [] }), 'en')).toBe(
      '0 items, 0 units, 0 assignments.',
    );
  });
});

describe('planFormat', () => {
  it('decides by extension, then content type, then a leading brace', () => {
    expect(planFormat('/a/plan.JSON?x=1', 'text/plain')).toBe('json');
    expect(planFormat('plan.tsv', null)).toBe('csv');
    expect(planFormat('plan.txt', 'application/json')).toBe('txt');
    expect(planFormat('/api/plan', 'application/vnd.remit+json; charset=utf-8')).toBe('json');
    expect(planFormat('/api/plan', 'text/csv')).toBe('csv');
    expect(planFormat('/api/plan', 'text/plain', '  {"items": []}')).toBe('json');
    expect(planFormat('/api/plan', 'text/plain', '一、总体要求')).toBe('txt');
    expect(planFormat('/api/plan', 'application/octet-stream', 'PK')).toBeUndefined();
  });
});

describe('text width', () => {
  it('counts CJK as one em and ASCII as about half', () => {
    expect(textWidth('区司法局', 10)).toBe(40);
    expect(textWidth('abc', 10)).toBeCloseTo(16.5);
  });

  it('cuts between characters, never inside a surrogate pair, and ends with an ellipsis', () => {
    expect(truncateText('区司法局', 100, 10)).toBe('区司法局');
    const cut = truncateText('𠀀𠀁𠀂𠀃𠀄𠀅', 40, 10);
    expect(cut.endsWith('…')).toBe(true);
    expect([...cut.slice(0, -1)].every((c) => c.codePointAt(0)! > 0xffff)).toBe(true);
  });

  it('is linear on 100 KB of input', () => {
    const text = '、'.repeat(100_000);
    const start = performance.now();
    truncateText(text, 200, 13);
    textWidth(text, 13);
    expect(performance.now() - start).toBeLessThan(500);
  });
});

describe('formatting and words', () => {
  it('formats numbers and shares with Intl in the element language', () => {
    expect(formatNumber('en', 12345.678)).toBe('12,345.68');
    expect(formatPercent('zh-CN', 0.5)).toBe('50%');
    expect(messages('en').items(1)).toBe('1 item');
    expect(messages('zh-CN').units(15)).toBe('15 个单位');
  });

  it('formats whole numbers below 1,000 as Intl.NumberFormat does, in both languages', () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      const intl = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
      for (const n of [0, -0, 1, 7, 42, 999, 999.5, 1000, 12345, -3, 0.25]) {
        expect(formatNumber(lang, n)).toBe(intl.format(n));
      }
    }
  });

  it('sorts names in pinyin order with the Chinese collator', () => {
    const names = ['区商务委', '公安分局', '区司法局', '各街镇'];
    expect([...names].sort(collatorFor('zh-CN').compare)).toEqual([
      '各街镇',
      '公安分局',
      '区商务委',
      '区司法局',
    ]);
  });

  it('cycles category classes and keeps file names safe', () => {
    expect(categoryClass(0)).toBe('category-1');
    expect(categoryClass(9)).toBe('category-2');
    expect(categoryClass(-1)).toBe('category-8');
    expect(safeFilename('a/b\\c:<img>.svg')).toBe('a_b_c__img_.svg');
    expect(safeFilename('')).toBe('remit');
  });

  it('moves a roving index with arrows, pages, Home and End, clamped', () => {
    expect(nextIndex('ArrowDown', 0, 3)).toBe(1);
    expect(nextIndex('ArrowUp', 0, 3)).toBe(0);
    expect(nextIndex('End', 0, 3)).toBe(2);
    expect(nextIndex('PageDown', 0, 3)).toBe(2);
    expect(nextIndex('a', 0, 3)).toBeUndefined();
    expect(nextIndex('ArrowDown', 0, 0)).toBeUndefined();
  });

  it('remembers the last call by identity', () => {
    let calls = 0;
    const f = lastCall((x: object) => (calls++, x));
    const a = {};
    f(a);
    f(a);
    f({});
    expect(calls).toBe(2);
    expect(sameSelection({ kind: 'unit', id: 'u1' }, { kind: 'unit', id: 'u1' })).toBe(true);
    expect(sameSelection(null, { kind: 'unit', id: 'u1' })).toBe(false);
  });
});
