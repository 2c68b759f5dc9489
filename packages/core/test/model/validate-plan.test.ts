import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validatePlan } from '../../src/model/validate-plan.js';

const root = new URL('../../../../', import.meta.url);
const bundled = JSON.parse(
  readFileSync(new URL('packages/core/data/xuhui-2020-fazhi.json', root), 'utf8'),
) as unknown;
const corpus = new URL('fixtures/corpus/', root);
const codes = (r: { diagnostics: { code: string }[] }) => r.diagnostics.map((d) => d.code);
const minimal = () => ({
  items: [{ id: 'i1', title: '打造一流法治化营商环境' }],
  units: [{ id: 'u1', name: '区司法局' }],
  assignments: [{ item: 'i1', unit: 'u1', role: 'lead' }],
});

describe('validatePlan', () => {
  it('accepts the bundled plan unchanged and silently', () => {
    const r = validatePlan(bundled);
    expect(r.diagnostics).toEqual([]);
    expect(r.value).toEqual(bundled);
  });

  it('accepts the minimal plan', () => {
    const r = validatePlan(minimal());
    expect(r.diagnostics).toEqual([]);
    expect(r.value).toEqual({ remit: 1, ...minimal() });
  });

  it('reads the nested answer shape into the same plan as the bundled one', () => {
    const gold = JSON.parse(
      readFileSync(new URL('packages/core/data/xuhui-2020-fazhi.gold.json', root), 'utf8'),
    ) as unknown;
    const r = validatePlan(gold);
    expect(r.value).toEqual(bundled);
    expect(r.diagnostics.every((d) => d.severity === 'info')).toBe(true);
  });

  it('reads every corpus answer without errors or warnings', () => {
    const files = readdirSync(corpus).filter((f) => f.endsWith('.gold.json'));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const gold = JSON.parse(readFileSync(new URL(file, corpus), 'utf8')) as {
        items: { units: unknown[] }[];
      };
      const r = validatePlan(gold, { source: file });
      expect(
        r.diagnostics.filter((d) => d.severity !== 'info'),
        file,
      ).toEqual([]);
      expect(r.value.items).toHaveLength(gold.items.length);
      const units = gold.items.reduce((n, item) => n + item.units.length, 0);
      expect(r.value.assignments.length, file).toBeLessThanOrEqual(units);
    }
  });

  it('reports a value that is not an object and returns an empty plan', () => {
    for (const value of [null, 42, 'plan', [], undefined]) {
      const r = validatePlan(value, { source: 'x.json' });
      expect(r.value).toEqual({ remit: 1, items: [], units: [], assignments: [] });
      expect(r.diagnostics[0]).toMatchObject({
        code: 'plan/not-a-plan',
        severity: 'error',
        source: 'x.json',
      });
    }
  });

  it('names the remit field when the version is not 1', () => {
    const r = validatePlan({ remit: 2, ...minimal() });
    expect(r.diagnostics).toEqual([
      expect.objectContaining({ code: 'plan/version', severity: 'error', field: 'remit' }),
    ]);
    expect(r.value.items).toHaveLength(1);
  });

  it('keeps an item with a duplicate id under a new id and reports an error', () => {
    const plan = minimal();
    plan.items.push({ id: 'i1', title: '第二项' });
    const r = validatePlan(plan);
    expect(r.value.items.map((i) => i.id)).toEqual(['i1', "i1'"]);
    expect(r.diagnostics).toEqual([
      expect.objectContaining({
        code: 'plan/duplicate-id',
        severity: 'error',
        field: 'items[1].id',
      }),
    ]);
  });

  it('reports duplicate unit ids', () => {
    const plan = minimal();
    plan.units.push({ id: 'u1', name: '区财政局' });
    const r = validatePlan(plan);
    expect(r.value.units.map((u) => u.id)).toEqual(['u1', "u1'"]);
    expect(codes(r)).toEqual(['plan/duplicate-id', 'plan/unit-without-items']);
    expect(r.diagnostics[0]!.field).toBe('units[1].id');
  });

  it('drops an assignment with an unknown role with an error naming the field', () => {
    const plan = minimal();
    plan.assignments[0]!.role = 'owner';
    const r = validatePlan(plan);
    expect(r.value.assignments).toEqual([]);
    expect(r.diagnostics).toEqual([
      expect.objectContaining({
        code: 'plan/unknown-role',
        severity: 'error',
        field: 'assignments[0].role',
      }),
    ]);
    expect(r.diagnostics[0]!.message).toContain('"owner"');
  });

  it('reads 牵头 and 配合 as roles with a warning', () => {
    const plan = minimal();
    plan.units.push({ id: 'u2', name: '区财政局' });
    plan.assignments[0]!.role = '牵头';
    plan.assignments.push({ item: 'i1', unit: 'u2', role: '配合' });
    const r = validatePlan(plan);
    expect(r.value.assignments.map((a) => a.role)).toEqual(['lead', 'member']);
    expect(codes(r)).toEqual(['plan/role-spelling', 'plan/role-spelling']);
  });

  it('drops assignments that point at unknown items or units', () => {
    const plan = minimal();
    plan.assignments.push({ item: 'i9', unit: 'u1', role: 'member' });
    plan.assignments.push({ item: 'i1', unit: 'u9', role: 'member' });
    const r = validatePlan(plan);
    expect(r.value.assignments).toHaveLength(1);
    expect(r.diagnostics).toEqual([
      expect.objectContaining({ code: 'plan/unknown-item', field: 'assignments[1].item' }),
      expect.objectContaining({ code: 'plan/unknown-unit', field: 'assignments[2].unit' }),
    ]);
  });

  it('finds a unit named instead of referred to by id, with a warning', () => {
    const plan = minimal();
    plan.assignments[0]!.unit = '区司法局';
    const r = validatePlan(plan);
    expect(r.value.assignments[0]).toEqual({ item: 'i1', unit: 'u1', role: 'lead' });
    expect(codes(r)).toEqual(['plan/unit-by-name']);
  });

  it('reads numeric ids as text with a warning', () => {
    const r = validatePlan({
      items: [{ id: 1, title: '事项' }],
      units: [{ id: 2, name: '区司法局' }],
      assignments: [{ item: 1, unit: 2, role: 'member' }],
    });
    expect(r.value.assignments).toEqual([{ item: '1', unit: '2', role: 'member' }]);
    expect(r.diagnostics.map((d) => [d.code, d.field])).toEqual([
      ['plan/wrong-type', 'units[0].id'],
      ['plan/wrong-type', 'items[0].id'],
      ['plan/wrong-type', 'assignments[0].item'],
      ['plan/wrong-type', 'assignments[0].unit'],
    ]);
  });

  it('splits units written as one text into member assignments, with a warning', () => {
    const r = validatePlan({
      items: [{ id: 'i1', title: '推进依法行政', units: '区发改委、区财政局，区司法局' }],
    });
    expect(r.value.units.map((u) => u.name)).toEqual(['区发改委', '区财政局', '区司法局']);
    expect(r.value.assignments.map((a) => [a.item, a.unit, a.role])).toEqual([
      ['i1', 'u1', 'member'],
      ['i1', 'u2', 'member'],
      ['i1', 'u3', 'member'],
    ]);
    expect(r.diagnostics).toEqual([
      expect.objectContaining({
        code: 'plan/wrong-type',
        severity: 'warning',
        field: 'items[0].units',
      }),
    ]);
  });

  it('skips null items with a diagnostic and keeps the rest', () => {
    const plan = { ...minimal(), items: [null, ...minimal().items, null] };
    const r = validatePlan(plan);
    expect(r.value.items).toHaveLength(1);
    expect(r.diagnostics.map((d) => [d.code, d.field])).toEqual([
      ['plan/null-entry', 'items[0]'],
      ['plan/null-entry', 'items[2]'],
    ]);
  });

  it('reads a string item as its title and rejects other scalars', () => {
    const r = validatePlan({ items: ['事项一', 7], units: [], assignments: [] });
    expect(r.value.items).toEqual([{ id: 'i1', title: '事项一' }]);
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.field])).toEqual([
      ['plan/wrong-type', 'warning', 'items[0]'],
      ['plan/missing-id', 'warning', 'items[0]'],
      ['plan/wrong-type', 'error', 'items[1]'],
    ]);
  });

  it('drops __proto__, constructor and prototype keys and never pollutes Object.prototype', () => {
    const text =
      '{"__proto__":{"polluted":1},"items":[{"id":"i1","title":"t","constructor":{"prototype":{"polluted":2}}}],' +
      '"units":[{"id":"u1","name":"n","prototype":{"polluted":3}}],"assignments":[{"item":"i1","unit":"u1","role":"lead","__proto__":{"polluted":4}}],' +
      '"meta":{"__proto__":{"polluted":5}}}';
    const r = validatePlan(JSON.parse(text));
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(r.diagnostics.map((d) => [d.code, d.field])).toEqual([
      ['plan/forbidden-key', '__proto__'],
      ['plan/forbidden-key', 'meta.__proto__'],
      ['plan/forbidden-key', 'units[0].prototype'],
      ['plan/forbidden-key', 'items[0].constructor'],
      ['plan/forbidden-key', 'assignments[0].__proto__'],
    ]);
    for (const o of [r.value, r.value.items[0], r.value.units[0], r.value.assignments[0]]) {
      expect(Object.getPrototypeOf(o)).toBe(Object.prototype);
      expect(Object.keys(o!)).not.toContain('__proto__');
    }
  });

  it('strips NUL, lone surrogates, zero-width and bidi controls from names with a warning', () => {
    const r = validatePlan({
      items: [{ id: 'i1', title: '事项\u0000\u202E' }],
      units: [
        { id: 'u1', name: '区司\u0000法局' },
        { id: 'u2', name: '区财\uD800政局' },
        { id: 'u3', name: '区\u200B发改\u202E委' },
      ],
      assignments: [],
    });
    expect(r.value.units.map((u) => u.name)).toEqual(['区司法局', '区财政局', '区发改委']);
    expect(r.value.items[0]!.title).toBe('事项');
    expect(r.diagnostics.map((d) => [d.code, d.field])).toEqual([
      ['plan/invisible-characters', 'units[0].name'],
      ['plan/invisible-characters', 'units[1].name'],
      ['plan/invisible-characters', 'units[2].name'],
      ['plan/invisible-characters', 'items[0].title'],
      ['plan/unit-without-items', 'units[0]'],
      ['plan/unit-without-items', 'units[1]'],
      ['plan/unit-without-items', 'units[2]'],
    ]);
  });

  it('stores names normalised and keeps the spelling as written in raw', () => {
    const r = validatePlan({
      items: [{ id: 'i1', title: '事项' }],
      units: [{ id: 'u1', name: '区府办（政务服务办） ' }],
      assignments: [{ item: 'i1', unit: 'u1', role: 'member' }],
    });
    expect(r.value.units[0]!.name).toBe('区府办(政务服务办)');
    expect(r.value.assignments[0]!.raw).toBe('区府办（政务服务办） ');
    expect(r.diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ['plan/name-normalised', 'info'],
    ]);
  });

  it('reports a missing title or name and keeps the record', () => {
    const r = validatePlan({
      items: [{ id: 'i1' }],
      units: [{ id: 'u1' }],
      assignments: [{ item: 'i1', unit: 'u1', role: 'member' }],
    });
    expect(r.value.items).toEqual([{ id: 'i1', title: '' }]);
    expect(r.value.units).toEqual([{ id: 'u1', name: 'u1' }]);
    expect(r.value.assignments).toHaveLength(1);
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.field])).toEqual([
      ['plan/missing-field', 'error', 'units[0].name'],
      ['plan/missing-field', 'error', 'items[0].title'],
    ]);
  });

  it('warns about unknown keys and missing lists', () => {
    const r = validatePlan({ items: [{ id: 'i1', title: 't', colour: 'red' }] });
    expect(r.diagnostics.map((d) => [d.code, d.field])).toEqual([
      ['plan/unknown-key', 'items[0].colour'],
      ['plan/missing-field', 'units'],
      ['plan/missing-field', 'assignments'],
    ]);
  });

  it('reads group members, kinds and aliases, dropping what it cannot resolve', () => {
    const r = validatePlan({
      items: [],
      units: [
        { id: 'u1', name: '各街镇', kind: 'group', members: ['u2', '华泾镇', '不存在'] },
        { id: 'u2', name: '天平路街道', kind: 'subdistrict', aliases: ['天平'] },
        { id: 'u3', name: '华泾镇', kind: 'town' },
      ],
      assignments: [],
    });
    expect(r.value.units[0]!.members).toEqual(['u2', 'u3']);
    expect(r.value.units[1]!.aliases).toEqual(['天平']);
    expect(r.value.units[2]!.kind).toBeUndefined();
    expect(codes(r)).toEqual(['plan/unknown-kind', 'plan/unknown-unit', 'plan/unit-without-items']);
  });

  it('keeps the first of two assignments of one unit to one item', () => {
    const plan = minimal();
    plan.assignments.push({ item: 'i1', unit: 'u1', role: 'member' });
    const r = validatePlan(plan);
    expect(r.value.assignments).toEqual([{ item: 'i1', unit: 'u1', role: 'lead' }]);
    expect(codes(r)).toEqual(['plan/duplicate-assignment']);
  });

  it('returns a plan that validates to itself', () => {
    const messy = {
      remit: '1',
      items: [
        null,
        { title: '甲', section: '一、总体要求', units: '区发改委、区财政局' },
        { id: 3, title: 4 },
      ],
      units: ['区司法局', { id: 'u1', name: '区府办（政务服务办）' }],
      assignments: [{ item: '3', unit: 'u1', role: 'Lead', inferred: 'true' }],
    };
    const once = validatePlan(messy).value;
    const twice = validatePlan(once);
    expect(twice.value).toEqual(once);
    expect(twice.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });
});
