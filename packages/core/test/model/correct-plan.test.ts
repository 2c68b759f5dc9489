import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { readPlanJson } from '../../src/io/read-plan-json.js';
import { writePlanJson } from '../../src/io/write-plan-json.js';
import { correctPlan, dismissedAliases, pairKey } from '../../src/model/correct-plan.js';
import type { Plan } from '../../src/model/plan.js';
import { validatePlan } from '../../src/model/validate-plan.js';

const AT = new Date('2026-12-07T02:00:00.000Z');

/** Two items, three units: 区司法局 on both, 区府办 lead on i1, 区政府办 member on i2. */
function plan(): Plan {
  return {
    remit: 1,
    items: [
      { id: 'i1', title: '推进依法行政' },
      { id: 'i2', title: '加强法治宣传' },
    ],
    units: [
      { id: 'u1', name: '区司法局' },
      { id: 'u2', name: '区府办' },
      { id: 'u3', name: '区政府办' },
    ],
    assignments: [
      { item: 'i1', unit: 'u2', role: 'lead' },
      { item: 'i1', unit: 'u1', role: 'member' },
      { item: 'i2', unit: 'u1', role: 'lead', inferred: true },
      { item: 'i2', unit: 'u3', role: 'member' },
    ],
  };
}

describe('correctPlan', () => {
  it('changes a title and records the title it replaced, leaving the plan given untouched', () => {
    const before = plan();
    const { value, diagnostics } = correctPlan(
      before,
      { kind: 'item-title', item: 'i1', title: ' 全面推进依法行政 ' },
      AT,
    );
    expect(diagnostics).toEqual([]);
    expect(value.items[0]!.title).toBe('全面推进依法行政');
    expect(value.items[1]).toBe(before.items[1]);
    expect(before.items[0]!.title).toBe('推进依法行政');
    expect(value.corrections).toEqual([
      {
        kind: 'item-title',
        at: '2026-12-07T02:00:00.000Z',
        item: 'i1',
        before: '推进依法行政',
        after: '全面推进依法行政',
      },
    ]);
  });

  it('puts a unit on an item, reusing a unit of that name or adding one', () => {
    const known = correctPlan(
      plan(),
      { kind: 'add-unit', item: 'i2', name: '区府办', role: 'member' },
      AT,
    );
    expect(known.value.units).toHaveLength(3);
    expect(known.value.assignments.at(-1)).toEqual({ item: 'i2', unit: 'u2', role: 'member' });
    const fresh = correctPlan(
      plan(),
      { kind: 'add-unit', item: 'i1', name: '区 民政局', role: 'lead' },
      AT,
    );
    expect(fresh.value.units.at(-1)).toEqual({ id: 'c1', name: '区民政局' });
    expect(fresh.value.corrections![0]).toMatchObject({
      kind: 'add-unit',
      item: 'i1',
      unit: 'c1',
      after: '区民政局 lead',
    });
    const twice = correctPlan(
      plan(),
      { kind: 'add-unit', item: 'i1', name: '区司法局', role: 'lead' },
      AT,
    );
    expect(twice.value).toEqual(plan());
    expect(twice.diagnostics.map((d) => d.code)).toEqual(['correct/already-on']);
  });

  it('takes a unit off an item and records its role there', () => {
    const { value } = correctPlan(plan(), { kind: 'remove-unit', item: 'i2', unit: 'u1' }, AT);
    expect(value.assignments.filter((a) => a.item === 'i2').map((a) => a.unit)).toEqual(['u3']);
    expect(value.corrections![0]).toMatchObject({ before: '区司法局 lead inferred' });
  });

  it('sets a written lead (clearing inferred) and clears one', () => {
    const set = correctPlan(plan(), { kind: 'set-role', item: 'i2', unit: 'u1', role: 'lead' }, AT);
    expect(set.value.assignments[2]).toEqual({ item: 'i2', unit: 'u1', role: 'lead' });
    expect(set.value.corrections![0]).toMatchObject({ before: 'lead inferred', after: 'lead' });
    const cleared = correctPlan(
      plan(),
      { kind: 'set-role', item: 'i1', unit: 'u2', role: 'member' },
      AT,
    );
    expect(cleared.value.assignments[0]).toEqual({ item: 'i1', unit: 'u2', role: 'member' });
    const same = correctPlan(
      plan(),
      { kind: 'set-role', item: 'i1', unit: 'u2', role: 'lead' },
      AT,
    );
    expect(same.diagnostics.map((d) => d.code)).toEqual(['correct/no-change']);
    expect(same.value.corrections).toBeUndefined();
  });

  it('renames a unit everywhere, each item keeping the name it wrote', () => {
    const { value } = correctPlan(
      plan(),
      { kind: 'rename-unit', unit: 'u1', name: '区司法局（区法宣办）' },
      AT,
    );
    expect(value.units[0]!.name).toBe('区司法局(区法宣办)');
    expect(value.assignments.filter((a) => a.unit === 'u1').map((a) => a.raw)).toEqual([
      '区司法局',
      '区司法局',
    ]);
    const taken = correctPlan(plan(), { kind: 'rename-unit', unit: 'u1', name: '区府办' }, AT);
    expect(taken.diagnostics.map((d) => d.code)).toEqual(['correct/name-taken']);
  });

  it('merges two names of one unit: one assignment per item, a lead winning, the old name an alias', () => {
    const p = plan();
    p.assignments.push({ item: 'i1', unit: 'u3', role: 'member' });
    const { value } = correctPlan(p, { kind: 'merge-units', unit: 'u3', into: 'u2' }, AT);
    expect(value.units.map((u) => u.id)).toEqual(['u1', 'u2']);
    expect(value.units[1]).toEqual({ id: 'u2', name: '区府办', aliases: ['区政府办'] });
    // i1 had both: the lead (区府办) stays; i2's member moves over with the name it wrote
    expect(value.assignments.filter((a) => a.unit === 'u2')).toEqual([
      { item: 'i1', unit: 'u2', role: 'lead' },
      { item: 'i2', unit: 'u2', role: 'member', raw: '区政府办' },
    ]);
    expect(value.corrections![0]).toMatchObject({ before: '区政府办', after: '区府办' });
  });

  it('records a dismissed alias once, in either order', () => {
    const once = correctPlan(
      plan(),
      { kind: 'dismiss-alias', a: '区府办', b: '区政府办' },
      AT,
    ).value;
    expect(dismissedAliases(once).has(pairKey('区政府办', '区府办'))).toBe(true);
    const again = correctPlan(once, { kind: 'dismiss-alias', a: '区政府办', b: '区府办' }, AT);
    expect(again.value).toBe(once);
  });

  it('refuses what it cannot apply, saying why, and changes nothing', () => {
    for (const request of [
      { kind: 'item-title', item: 'i9', title: 'x' },
      { kind: 'item-title', item: 'i1', title: '  ' },
      { kind: 'remove-unit', item: 'i1', unit: 'u9' },
      { kind: 'merge-units', unit: 'u1', into: 'u1' },
    ] as const) {
      const p = plan();
      const { value, diagnostics } = correctPlan(p, request, AT);
      expect(value).toBe(p);
      expect(diagnostics).toHaveLength(1);
      expect(diagnostics[0]!.severity).toBe('warning');
    }
  });
});

describe('corrections in Plan JSON', () => {
  const corrected = [
    { kind: 'item-title', item: 'i1', title: '全面推进依法行政' },
    { kind: 'set-role', item: 'i2', unit: 'u1', role: 'lead' },
    { kind: 'rename-unit', unit: 'u3', name: '区政府办公室' },
    { kind: 'dismiss-alias', a: '区府办', b: '区政府办公室' },
  ] as const;
  const edited = corrected.reduce((p, r) => correctPlan(p, r, AT).value, plan());

  it('survive writing and reading back, the original reading kept in each record', () => {
    const read = readPlanJson(writePlanJson(edited));
    expect(read.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(read.value).toEqual(edited);
    expect(read.value.corrections!.map((c) => [c.kind, c.before, c.after])).toEqual([
      ['item-title', '推进依法行政', '全面推进依法行政'],
      ['set-role', 'lead inferred', 'lead'],
      ['rename-unit', '区政府办', '区政府办公室'],
      ['dismiss-alias', '区府办', '区政府办公室'],
    ]);
  });

  it('match the schema', () => {
    const core = new URL('../../', import.meta.url);
    const schema = JSON.parse(
      readFileSync(new URL('schema/plan.schema.json', core), 'utf8'),
    ) as object;
    const isValid = new Ajv2020({ allErrors: true }).compile(schema);
    expect(isValid(JSON.parse(writePlanJson(edited))), JSON.stringify(isValid.errors)).toBe(true);
  });

  it('that no longer fit the plan are kept as records, with a warning; odd ones are skipped', () => {
    const value = JSON.parse(writePlanJson(edited)) as Record<string, unknown>;
    (value['items'] as unknown[]).splice(0, 1);
    value['assignments'] = (value['assignments'] as { item: string }[]).filter(
      (a) => a.item !== 'i1',
    );
    (value['corrections'] as unknown[]).push(
      { kind: 'swap', at: AT.toISOString() },
      { kind: 'set-role' },
    );
    const read = validatePlan(value);
    expect(read.value.corrections).toHaveLength(4);
    const warnings = read.diagnostics.filter((d) => d.severity !== 'info');
    expect(warnings.map((d) => d.code).sort()).toEqual([
      'plan/correction-kind',
      'plan/correction-stale',
      'plan/correction-time',
    ]);
    expect(read.value.items).toHaveLength(1);
  });
});
