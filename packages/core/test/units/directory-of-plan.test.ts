import { describe, expect, it } from 'vitest';
import founding from '../../data/xuhui-2020-fazhi.json' with { type: 'json' };
import type { Plan } from '../../src/model/plan.js';
import {
  applyDirectory,
  directoryOfPlan,
  readDirectory,
  writableDirectory,
} from '../../src/units/index.js';

const plan = founding as Plan;

describe('directoryOfPlan', () => {
  const directory = directoryOfPlan(plan);

  it('has an entry per unit and a group per group name, and names the likely aliases to decide', () => {
    expect(directory.groups.map((g) => g.name)).toEqual(['各街镇', '各行政执法部门']);
    expect(directory.units).toHaveLength(plan.units.length - 2);
    expect(directory.units.find((u) => u.short[0] === '区司法局')).toEqual({
      name: '区司法局',
      short: ['区司法局'],
      aliases: [],
    });
    expect(directory.about).toContain('区府办 / 区府办(政务服务办)');
  });

  it('is read back as a directory without a complaint, and applying it changes no unit', () => {
    const read = readDirectory(JSON.stringify(writableDirectory(directory)));
    expect(read.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(read.value.units).toHaveLength(directory.units.length);
    const applied = applyDirectory(plan, read.value);
    expect(applied.value.units.map((u) => u.name)).toEqual(plan.units.map((u) => u.name));
    expect(applied.diagnostics.map((d) => d.code)).not.toContain('directory/merged');
  });

  it('keeps the names merged into a unit as its aliases', () => {
    const merged: Plan = {
      ...plan,
      units: plan.units.map((u) =>
        u.name === '区府办' ? { ...u, aliases: ['区府办(政务服务办)'] } : u,
      ),
    };
    expect(directoryOfPlan(merged).units.find((u) => u.name === '区府办')?.aliases).toEqual([
      '区府办(政务服务办)',
    ]);
  });
});
