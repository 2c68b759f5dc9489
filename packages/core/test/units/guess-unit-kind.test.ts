import { describe, expect, it } from 'vitest';
import { guessUnitKind, isGroupName } from '../../src/units/guess-unit-kind.js';
import { isGroup } from '../../src/units/is-group.js';

describe('guessUnitKind', () => {
  it.each([
    ['各街镇', 'group'],
    ['各有关单位', 'group'],
    ['市级各有关部门', 'group'],
    ['各行政执法部门', 'group'],
    ['天平路街道', 'subdistrict'],
    ['华泾镇', 'subdistrict'],
    ['区委组织部', 'party'],
    ['区委依法治区办', 'party'],
    ['区人大法制委', 'congress'],
    ['公安分局', 'vertical'],
    ['区税务局', 'vertical'],
    ['区司法局', 'government'],
    ['区发展改革委', 'government'],
    ['区府办(政务服务办)', 'government'],
    ['国网供电公司', 'other'],
  ] as const)('reads %s as %s', (name, kind) => {
    expect(guessUnitKind(name)).toBe(kind);
  });
});

describe('isGroup', () => {
  it('takes a written kind over the name', () => {
    expect(isGroup({ id: 'u1', name: '各街镇', kind: 'subdistrict' })).toBe(false);
    expect(isGroup({ id: 'u1', name: '综合组', kind: 'group' })).toBe(true);
    expect(isGroup({ id: 'u1', name: '各街镇' })).toBe(true);
    expect(isGroupName('区司法局')).toBe(false);
  });
});
