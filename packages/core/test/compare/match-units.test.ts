import { describe, expect, it } from 'vitest';
import { matchUnits } from '../../src/compare/match-units.js';
import type { Directory } from '../../src/units/directory.js';

const directory: Directory = {
  units: [{ name: '上海市徐汇区科学技术委员会', short: ['区科委'], aliases: ['区科技委'] }],
  groups: [],
};

describe('matchUnits', () => {
  it('matches same names, directory aliases and likely aliases, and leaves the rest new or dropped', () => {
    const before = [
      { id: 'u1', name: '区司法局' },
      { id: 'u2', name: '区科委' },
      { id: 'u3', name: '区府办' },
      { id: 'u4', name: '区民政局' },
    ];
    const after = [
      { id: 'v1', name: '区司法局' },
      { id: 'v2', name: '区科技委' },
      { id: 'v3', name: '区府办(政务服务办)' },
      { id: 'v4', name: '区应急局' },
    ];
    const found = matchUnits(before, after, directory).map((p) => [
      p.kind,
      p.before.map((u) => u.name).join('/'),
      p.after.map((u) => u.name).join('/'),
      p.canonical ?? p.reason ?? '',
    ]);
    expect(found).toEqual([
      ['same', '区司法局', '区司法局', ''],
      ['alias', '区科委', '区科技委', '上海市徐汇区科学技术委员会'],
      ['likely-alias', '区府办', '区府办(政务服务办)', 'parenthetical'],
      ['new', '', '区应急局', ''],
      ['dropped', '区民政局', '', ''],
    ]);
  });

  it('keeps two names of one directory entry on one side as one unit, same when both sides write them', () => {
    const names = [
      { id: 'u1', name: '区科委' },
      { id: 'u2', name: '区科技委' },
    ];
    const found = matchUnits(names, names, directory);
    expect(found).toHaveLength(1);
    expect(found[0]!.kind).toBe('same');
    expect(found[0]!.before).toHaveLength(2);
  });
});
