import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validatePlan } from '../../../src/model/validate-plan.js';

/**
 * validatePlan reads a well-formed record on a fast path and anything else
 * field by field. An unknown key sends a record down the slow path without
 * changing what is read, so a plan and the same plan with an extra key in every
 * record must give the same plan and, but for the unknown-key warnings, the
 * same diagnostics.
 */
const EXTRA = 'zz';
const withExtraKeys = (plan: Plan): Plan => ({
  ...plan,
  items: plan.items.map((item) =>
    isObject(item)
      ? {
          ...item,
          [EXTRA]: 1,
          ...(Array.isArray(item['units'])
            ? { units: item['units'].map((u) => (isObject(u) ? { ...u, [EXTRA]: 1 } : u)) }
            : {}),
        }
      : item,
  ),
  units: plan.units.map((u) => (isObject(u) ? { ...u, [EXTRA]: 1 } : u)),
  assignments: plan.assignments.map((a) => (isObject(a) ? { ...a, [EXTRA]: 1 } : a)),
});
type Plan = { sections: unknown[]; items: unknown[]; units: unknown[]; assignments: unknown[] };
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Mostly a good value, now and then one of many flaws. */
const flaw = fc.constantFrom<unknown>(
  undefined,
  null,
  '',
  3,
  true,
  '牵头',
  'Lead',
  'x\u200B',
  '\u0000',
  '区府办（政务服务办）',
  '单位 2',
  'i1',
  'u1',
  "i1'",
  '“任务”——…',
  's1',
  '第1部分',
  '一、总则',
);
const maybe = <T>(good: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 10, arbitrary: good }, { weight: 1, arbitrary: flaw });
const optional = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined, freq: 3 });

const plan: fc.Arbitrary<Plan> = fc
  .record({
    items: fc.integer({ min: 0, max: 6 }),
    units: fc.integer({ min: 1, max: 5 }),
    sections: fc.integer({ min: 0, max: 2 }),
  })
  .chain(({ items, units, sections }) => {
    const itemId = fc.constantFrom(...Array.from({ length: items || 1 }, (_, i) => `i${i + 1}`));
    const unitId = fc.constantFrom(...Array.from({ length: units }, (_, u) => `u${u + 1}`));
    const unitName = fc.constantFrom('单位1', '单位2', '单位（3）', '各单位', '单位 2');
    const named = fc.record(
      {
        name: maybe(unitName),
        role: maybe(fc.constantFrom('lead', 'member')),
        raw: optional(maybe(fc.constant('单位一'))),
        inferred: optional(maybe(fc.boolean())),
      },
      { requiredKeys: ['name'] },
    );
    return fc.record({
      sections: fc.constant(
        Array.from({ length: sections }, (_, s) => ({ id: `s${s + 1}`, title: `第${s + 1}部分` })),
      ),
      items: fc.array(
        fc.record(
          {
            id: maybe(itemId),
            title: maybe(fc.constantFrom('任务', '“任务”——…', '任务\n二')),
            label: optional(maybe(fc.constant('1.'))),
            section: optional(maybe(fc.constantFrom('s1', 's2', ''))),
            line: optional(maybe(fc.constantFrom(1, 2, 0, 1.5))),
            units: optional(
              fc.oneof(fc.constant('单位1、单位2'), fc.array(named, { maxLength: 4 })),
            ),
          },
          { requiredKeys: ['id', 'title'] },
        ),
        { maxLength: items },
      ),
      units: fc.array(
        fc.record(
          {
            id: maybe(unitId),
            name: maybe(unitName),
            kind: optional(maybe(fc.constantFrom('group', 'town'))),
            aliases: optional(fc.constant(['别名'])),
          },
          { requiredKeys: ['id', 'name'] },
        ),
        { maxLength: units },
      ),
      assignments: fc.array(
        fc.record(
          {
            item: maybe(itemId),
            unit: maybe(unitId),
            role: maybe(fc.constantFrom('lead', 'member')),
            inferred: optional(maybe(fc.boolean())),
            raw: optional(maybe(fc.constantFrom('区府办', ''))),
          },
          { requiredKeys: ['item', 'unit', 'role'] },
        ),
        { maxLength: 12 },
      ),
    });
  });

describe('validatePlan fast path', () => {
  it('reads every record as the field-by-field reading does', () => {
    fc.assert(
      fc.property(plan, (p) => {
        const fast = validatePlan(p);
        const slow = validatePlan(withExtraKeys(p));
        expect(slow.value).toEqual(fast.value);
        expect(JSON.stringify(slow.value)).toBe(JSON.stringify(fast.value));
        const unknown = slow.diagnostics.filter((d) => d.code === 'plan/unknown-key');
        expect(unknown.every((d) => d.field?.endsWith(`.${EXTRA}`))).toBe(true);
        expect(slow.diagnostics.filter((d) => d.code !== 'plan/unknown-key')).toEqual(
          fast.diagnostics,
        );
      }),
      { numRuns: 400 },
    );
  });

  it('keeps every assignment of a large well-formed plan, silently', () => {
    const units = Array.from({ length: 40 }, (_, u) => ({ id: `u${u + 1}`, name: `单位${u + 1}` }));
    const items = Array.from({ length: 300 }, (_, i) => ({
      id: `i${i + 1}`,
      title: `任务${i + 1}`,
    }));
    const assignments = items.flatMap((item, i) =>
      units
        .filter((_, u) => (i + u) % 3 === 0)
        .map((unit) => ({ item: item.id, unit: unit.id, role: 'member' })),
    );
    const r = validatePlan({ items, units, assignments });
    expect(r.diagnostics).toEqual([]);
    expect(r.value.assignments).toEqual(assignments);
    expect(r.value.assignments[0]).not.toBe(assignments[0]);
  });

  it('finds an assignment repeated long after the first, away from its item', () => {
    const r = validatePlan({
      items: [
        { id: 'i1', title: '甲' },
        { id: 'i2', title: '乙' },
      ],
      units: [
        { id: 'u1', name: '区司法局' },
        { id: 'u2', name: '区财政局' },
      ],
      assignments: [
        { item: 'i1', unit: 'u1', role: 'lead' },
        { item: 'i2', unit: 'u1', role: 'lead' },
        { item: 'i2', unit: 'u2', role: 'member' },
        { item: 'i1', unit: 'u2', role: 'member' },
        { item: 'i1', unit: 'u1', role: 'member' },
      ],
    });
    expect(r.value.assignments).toHaveLength(4);
    expect(r.diagnostics.map((d) => [d.code, d.field])).toEqual([
      ['plan/duplicate-assignment', 'assignments[4]'],
    ]);
  });

  it('does not read a known key that a record only inherits', () => {
    const assignment = Object.create({ role: 'lead' }) as Record<string, unknown>;
    Object.assign(assignment, { item: 'i1', unit: 'u1' });
    const r = validatePlan({
      items: [{ id: 'i1', title: '甲' }],
      units: [{ id: 'u1', name: '区司法局' }],
      assignments: [assignment],
    });
    expect(r.value.assignments).toEqual([{ item: 'i1', unit: 'u1', role: 'member' }]);
    expect(r.diagnostics.map((d) => [d.code, d.field])).toEqual([
      ['plan/missing-field', 'assignments[0].role'],
    ]);
  });

  it('reads each field of a record once, even when it has to report on it', () => {
    let reads = 0;
    const assignment = { item: 'i1', unit: 'u1' } as Record<string, unknown>;
    Object.defineProperty(assignment, 'role', {
      enumerable: true,
      get: () => (reads++, '牵头'),
    });
    const r = validatePlan({
      items: [{ id: 'i1', title: '甲' }],
      units: [{ id: 'u1', name: '区司法局' }],
      assignments: [assignment],
    });
    expect(reads).toBe(1);
    expect(r.value.assignments).toEqual([{ item: 'i1', unit: 'u1', role: 'lead' }]);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['plan/role-spelling']);
  });
});
