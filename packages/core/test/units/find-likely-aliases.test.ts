import { describe, expect, it } from 'vitest';
import { findLikelyAliases } from '../../src/units/find-likely-aliases.js';

const units = (...names: string[]) => names.map((name, i) => ({ id: `u${i + 1}`, name }));

describe('findLikelyAliases', () => {
  it('reports a name and the same name with a parenthetical', () => {
    expect(findLikelyAliases(units('区府办', '区司法局', '区府办（政务服务办）'))).toEqual([
      { a: '区府办', b: '区府办(政务服务办)', reason: 'parenthetical' },
    ]);
  });
  it('pairs a bare name with its levelled form but not two levels with each other', () => {
    expect(findLikelyAliases(units('区司法局', '司法局'))).toEqual([
      { a: '司法局', b: '区司法局', reason: 'same-without-level' },
    ]);
    expect(findLikelyAliases(units('区司法局', '市司法局'))).toEqual([]);
  });
  it('finds no alias in the founding plan but the 区府办 pair when both appear', () => {
    expect(findLikelyAliases(units('区委依法治区办', '区司法局', '各街镇'))).toEqual([]);
  });
});
