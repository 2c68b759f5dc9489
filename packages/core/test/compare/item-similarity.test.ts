import { describe, expect, it } from 'vitest';
import {
  characterBigrams,
  containment,
  dice,
  itemProfile,
  itemSimilarity,
  normalizeItemText,
  titleContainment,
} from '../../src/compare/item-similarity.js';

describe('item similarity', () => {
  it('normalizeItemText keeps letters, digits and 汉字 only, full-width folded', () => {
    expect(normalizeItemText('全面建设“两张网”。')).toBe('全面建设两张网');
    expect(normalizeItemText('完成 ３.0 版（上线）')).toBe('完成30版上线');
  });

  it('characterBigrams gives the overlapping pairs, a lone character itself, nothing for empty text', () => {
    expect([...characterBigrams('法治政府')]).toEqual(['法治', '治政', '政府']);
    expect([...characterBigrams('法')]).toEqual(['法']);
    expect(characterBigrams('').size).toBe(0);
  });

  it('dice and containment follow their formulas on hand-counted sets', () => {
    const a = new Set(['ab', 'bc']);
    const b = new Set(['bc', 'cd', 'de']);
    // 2·|{bc}| / (2 + 3) = 0.4
    expect(dice(a, b)).toBeCloseTo(0.4, 10);
    // |{bc}| / |A| = 0.5
    expect(containment(a, b)).toBe(0.5);
    expect(dice(new Set(), new Set())).toBe(0);
    expect(containment(new Set(), b)).toBe(0);
  });

  it('titles alone decide when either item has no body: 推进/加强法治队伍建设 share 5 of 7 bigrams each', () => {
    const a = itemProfile({ title: '推进法治队伍建设' });
    const b = itemProfile({ title: '加强法治队伍建设', text: '健全培训机制' });
    expect(itemSimilarity(a, b)).toBeCloseTo(10 / 14, 10);
  });

  it('with bodies on both sides, similarity is the mean of the title and full-text Dice', () => {
    // titles 甲乙丙 / 甲乙丁: {甲乙,乙丙} vs {甲乙,乙丁} → 2·1/4 = 0.5
    // full 甲乙丙戊己 / 甲乙丁戊己: {甲乙,乙丙,丙戊,戊己} vs {甲乙,乙丁,丁戊,戊己} → 2·2/8 = 0.5
    const a = itemProfile({ title: '甲乙丙', text: '戊己' });
    const b = itemProfile({ title: '甲乙丁', text: '戊己' });
    expect(itemSimilarity(a, b)).toBeCloseTo(0.5, 10);
    expect(itemSimilarity(a, itemProfile({ title: '甲乙丙。', text: '“戊己”' }))).toBe(1);
  });

  it('titleContainment is the share of one title in the other text, either way, for titles of 6 grams or more', () => {
    // 规上工业增加值增长7: 9 grams, all in 推进强链壮群实现规上工业增加值增长75
    const target = itemProfile({ title: '规上工业增加值增长7%' });
    const task = itemProfile({ title: '推进强链壮群', text: '实现规上工业增加值增长7.5%' });
    expect(titleContainment(target, task)).toBe(1);
    expect(titleContainment(task, target)).toBe(1);
    // 生产总值增长6: 6 grams, 5 of them (all but 长6) in 生产总值增长12
    expect(
      titleContainment(
        itemProfile({ title: '生产总值增长6%' }),
        itemProfile({ title: '生产总值增长12%' }),
      ),
    ).toBeCloseTo(5 / 6, 10);
    // 加强组织领导 (5 grams) lies wholly in the other but is too slight to count;
    // what counts is the other title's share in it: 5 of 9 grams
    expect(
      titleContainment(
        itemProfile({ title: '加强组织领导' }),
        itemProfile({ title: '切实加强组织领导工作' }),
      ),
    ).toBeCloseTo(5 / 9, 10);
  });
});
