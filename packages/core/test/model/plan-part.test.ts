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

  it('keeps the corrections of what it keeps, and those of no item or unit', () => {
    const plan: Plan = {
      items: [
        { id: 'i1', title: 'a' },
        { id: 'i2', title: 'b' },
      ],
      units: [
        { id: 'u1', name: '区司法局' },
        { id: 'u2', name: '区民政局' },
      ],
      assignments: [
        { item: 'i1', unit: 'u1', role: 'lead' },
        { item: 'i2', unit: 'u2', role: 'member' },
      ],
      corrections: [
        { kind: 'item-title', at: '2026-12-07T02:00:00.000Z', item: 'i1', before: 'x', after: 'a' },
        { kind: 'item-title', at: '2026-12-07T02:01:00.000Z', item: 'i2', before: 'y', after: 'b' },
        {
          kind: 'rename-unit',
          at: '2026-12-07T02:02:00.000Z',
          unit: 'u2',
          before: '民政局',
          after: '区民政局',
        },
        {
          kind: 'dismiss-alias',
          at: '2026-12-07T02:03:00.000Z',
          before: '区府办',
          after: '区政府办',
        },
      ],
    };
    const part = planPart(plan, { items: ['i1'] });
    expect(part.corrections!.map((c) => c.kind + (c.item ?? c.unit ?? ''))).toEqual([
      'item-titlei1',
      'dismiss-alias',
    ]);
    expect(planPart({ ...plan, corrections: [] }, { items: ['i1'] }).corrections).toBeUndefined();
  });
});
