import { describe, expect, it } from 'vitest';
import { planPart, validatePlan, type Plan } from '../../src/model/index.js';
import founding from '../../data/xuhui-2020-fazhi.json' with { type: 'json' };

const plan = founding as Plan;

describe('planPart', () => {
  it('keeps the items asked for in plan order, their assignments, their units and their sections', () => {
    const part = planPart(plan, { items: ['i9', 'i1', 'i2'] });
    expect(part.items.map((i) => i.id)).toEqual(['i1', 'i2', 'i9']);
    expect(part.assignments).toEqual(
      plan.assignments.filter((a) => ['i1', 'i2', 'i9'].includes(a.item)),
    );
    const named = new Set(part.assignments.map((a) => a.unit));
    expect(part.units.map((u) => u.id)).toEqual(
      plan.units.filter((u) => named.has(u.id)).map((u) => u.id),
    );
    expect(part.sections!.map((s) => s.title)).toEqual([
      '服务保障区域中心工作',
      '提升城区依法治理水平',
    ]);
    expect(part.meta).toBe(plan.meta);
    // a valid plan of its own
    expect(validatePlan(part).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('keeps only the units asked for, even those without an assignment on the kept items', () => {
    const someUnit = plan.assignments.find((a) => a.item === 'i1')!.unit;
    const idle = plan.units.find(
      (u) => !plan.assignments.some((a) => a.item === 'i1' && a.unit === u.id),
    )!.id;
    const part = planPart(plan, { items: ['i1'], units: [someUnit, idle] });
    expect(part.assignments.every((a) => a.unit === someUnit)).toBe(true);
    expect(part.units.map((u) => u.id).sort()).toEqual([someUnit, idle].sort());
  });

  it("keeps a section's parents, walks a looping parent chain once, ignores unknown ids", () => {
    const looped: Plan = {
      sections: [
        { id: 'a', title: 'A', parent: 'b' },
        { id: 'b', title: 'B', parent: 'a' },
        { id: 'c', title: 'C' },
      ],
      items: [
        { id: '1', title: 'one', section: 'a' },
        { id: '2', title: 'two', section: 'c' },
      ],
      units: [{ id: 'u', name: '单位' }],
      assignments: [{ item: '1', unit: 'u', role: 'lead' }],
    };
    const part = planPart(looped, { items: ['1', 'nope'] });
    expect(part.sections!.map((s) => s.id)).toEqual(['a', 'b']);
    expect(part.items.map((i) => i.id)).toEqual(['1']);
  });

  it('is the whole plan, copied, without options', () => {
    const part = planPart(plan);
    expect(part.items).toEqual(plan.items);
    expect(part.items).not.toBe(plan.items);
    expect(part.assignments).toEqual(plan.assignments);
  });
});
