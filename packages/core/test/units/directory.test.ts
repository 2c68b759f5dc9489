import { describe, expect, it } from 'vitest';
import { incidence } from '../../src/model/incidence.js';
import { applyDirectory } from '../../src/units/apply-directory.js';
import { expandGroups } from '../../src/units/expand-groups.js';
import { readDirectory } from '../../src/units/read-directory.js';
import { foundingDirectoryText, foundingPlan } from '../support/founding-plan.js';

const directory = () => readDirectory(foundingDirectoryText()).value;

describe('readDirectory', () => {
  it('reads the bundled directory: 12 units and 2 groups, 13 members behind 各街镇', () => {
    const { value, diagnostics } = readDirectory(foundingDirectoryText());
    expect(diagnostics).toEqual([]);
    expect(value.units).toHaveLength(12);
    expect(value.groups.map((g) => [g.name, g.members.length])).toEqual([
      ['各街镇', 13],
      ['各行政执法部门', 0],
    ]);
  });
  it('reports bad JSON, a wrong version and unknown kinds without throwing', () => {
    expect(readDirectory('{').diagnostics[0]?.code).toBe('directory/syntax');
    expect(readDirectory('{"remit-directory": 9}').diagnostics[0]?.code).toBe('directory/version');
    const odd = readDirectory('{"units":[{"name":"区司法局","kind":"ministry"},{"short":["x"]}]}');
    expect(odd.value.units).toEqual([{ name: '区司法局', short: [], aliases: [], kind: 'other' }]);
    expect(odd.diagnostics.map((d) => d.code)).toEqual(['directory/kind', 'directory/no-name']);
  });
});

describe('applyDirectory', () => {
  it('gives the founding plan canonical names and kinds and keeps every name as written', () => {
    const plan = foundingPlan();
    const { value, diagnostics } = applyDirectory(plan, directory());
    // 区府办 and 区府办(政务服务办) share a nameplate: the directory makes them one unit.
    expect(value.units).toHaveLength(14);
    const office = value.units.find((u) => u.name === '区府办')!;
    expect(office.aliases).toEqual(['区府办(政务服务办)']);
    const justice = value.units.find((u) => u.name === '区司法局')!;
    expect(justice.canonical).toBe('上海市徐汇区司法局');
    expect(justice.kind).toBe('government');
    const streets = value.units.find((u) => u.name === '各街镇')!;
    expect(streets.kind).toBe('group');
    expect(streets.members).toHaveLength(13);
    expect(value.assignments.map((a) => a.raw)).toEqual(plan.assignments.map((a) => a.raw));
    expect(diagnostics.filter((d) => d.code === 'directory/unknown-unit')).toHaveLength(0);
  });
  it('merges two names of one unit, keeping the first id, raw names and the stronger role', () => {
    const plan = {
      items: [
        { id: 'i1', title: 'a' },
        { id: 'i2', title: 'b' },
      ],
      units: [
        { id: 'u1', name: '区府办' },
        { id: 'u2', name: '区府办(政务服务办)' },
        { id: 'u3', name: '区体育局' },
      ],
      assignments: [
        { item: 'i1', unit: 'u1', role: 'member' as const },
        { item: 'i1', unit: 'u2', role: 'lead' as const },
        { item: 'i2', unit: 'u2', role: 'member' as const },
        { item: 'i2', unit: 'u3', role: 'member' as const },
      ],
    };
    const { value, diagnostics } = applyDirectory(plan, directory());
    expect(value.units.map((u) => u.id)).toEqual(['u1', 'u3']);
    expect(value.units[0]!.aliases).toContain('区府办(政务服务办)');
    expect(value.assignments).toEqual([
      { item: 'i1', unit: 'u1', role: 'lead', raw: '区府办' },
      { item: 'i2', unit: 'u1', role: 'member', raw: '区府办(政务服务办)' },
      { item: 'i2', unit: 'u3', role: 'member', raw: '区体育局' },
    ]);
    expect(diagnostics.map((d) => d.code)).toEqual(['directory/merged', 'directory/unknown-unit']);
  });
});

describe('expandGroups', () => {
  it('gives each of the 13 sub-districts the 9 items of 各街镇 and leaves unknown groups whole', () => {
    const mapped = applyDirectory(foundingPlan(), directory()).value;
    const { value, diagnostics } = expandGroups(mapped);
    expect(value.units.some((u) => u.name === '各街镇')).toBe(false);
    expect(value.units).toHaveLength(13 + 13);
    const inc = incidence(value);
    const huajing = inc.unitIndex.get(value.units.find((u) => u.name === '华泾镇')!.id)!;
    expect(inc.byUnit[huajing]).toHaveLength(9);
    expect(value.assignments).toHaveLength(45 - 9 + 9 * 13);
    expect(value.assignments.find((a) => a.group)?.raw).toBe('各街镇');
    expect(diagnostics.map((d) => d.code)).toEqual(['units/group-without-members']);
  });
  it('keeps a member named on its own once, with its own role', () => {
    const plan = {
      items: [{ id: 'i1', title: 'a' }],
      units: [
        { id: 'u1', name: '天平路街道' },
        { id: 'u2', name: '各街镇', kind: 'group' as const, members: ['天平路街道', '华泾镇'] },
      ],
      assignments: [
        { item: 'i1', unit: 'u2', role: 'member' as const },
        { item: 'i1', unit: 'u1', role: 'lead' as const },
      ],
    };
    const { value } = expandGroups(plan);
    expect(value.assignments).toEqual([
      { item: 'i1', unit: 'g1', role: 'member', group: 'u2', raw: '各街镇' },
      { item: 'i1', unit: 'u1', role: 'lead' },
    ]);
  });
});
