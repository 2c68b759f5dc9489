import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPlanCsv } from '../../src/io/read-plan-csv.js';
import { readPlanJson } from '../../src/io/read-plan-json.js';
import { MAX_FIELD_LENGTH } from '../../src/model/max-field-length.js';
import { fixtureText } from './helpers/fixtures.js';

const bundledText = readFileSync(
  new URL('../../data/xuhui-2020-fazhi.json', import.meta.url),
  'utf8',
);
const where = (r: ReturnType<typeof readPlanJson>) =>
  r.diagnostics.map((d) => [d.code, d.severity, d.line, d.column]);

describe('readPlanJson', () => {
  it('reads the bundled plan without diagnostics', () => {
    const r = readPlanJson(bundledText, { source: 'xuhui.json' });
    expect(r.diagnostics).toEqual([]);
    expect(r.value.items).toHaveLength(17);
    expect(r.value.units).toHaveLength(15);
    expect(r.value.assignments).toHaveLength(45);
  });

  it('ignores a BOM', () => {
    const r = readPlanJson(fixtureText('json/broken/bom.json.txt'));
    expect(r.diagnostics).toEqual([]);
    expect(r.value.items).toEqual([{ id: 'i1', title: '事项' }]);
  });

  it('maps a trailing comma to its line and column', () => {
    const r = readPlanJson(fixtureText('json/broken/trailing-comma.json.txt'), {
      source: 'p.json',
    });
    expect(where(r)).toEqual([['json/syntax', 'error', 3, 34]]);
    expect(r.diagnostics[0]!.message).toContain('trailing comma');
    expect(r.diagnostics[0]!.source).toBe('p.json');
    expect(r.value).toEqual({ remit: 1, items: [], units: [], assignments: [] });
  });

  it('maps line and block comments to their line and column', () => {
    const line = readPlanJson(fixtureText('json/broken/line-comment.json.txt'));
    expect(where(line)).toEqual([['json/syntax', 'error', 2, 3]]);
    expect(line.diagnostics[0]!.message).toContain('comments are not allowed');
    const block = readPlanJson(fixtureText('json/broken/block-comment.json.txt'));
    expect(where(block)).toEqual([['json/syntax', 'error', 2, 15]]);
  });

  it('explains single quotes and unterminated strings', () => {
    const quotes = readPlanJson(fixtureText('json/broken/single-quotes.json.txt'));
    expect(where(quotes)).toEqual([['json/syntax', 'error', 2, 3]]);
    expect(quotes.diagnostics[0]!.message).toContain('double quotes');
    const open = readPlanJson(fixtureText('json/broken/unterminated-string.json.txt'));
    expect(where(open)).toEqual([['json/syntax', 'error', 2, 36]]);
  });

  it.each([
    ['{"items": [1 2]}', 1, 14],
    ['{"items": []} []', 1, 15],
    ['{"items": [', 1, 12],
    ['{"a": NaN}', 1, 7],
    ['{"a": "\\x"}', 1, 8],
    ['{"a": 01}', 1, 8],
    ['\n\n  {"a" 1}', 3, 8],
  ])('places the syntax error in %j at line %i, column %i', (text, line, column) => {
    const r = readPlanJson(text);
    expect(r.diagnostics).toEqual([
      expect.objectContaining({ code: 'json/syntax', severity: 'error', line, column }),
    ]);
    expect(() => JSON.parse(text)).toThrow();
  });

  it('refuses nesting 100,000 deep with an error and no stack overflow', () => {
    const depth = 100_000;
    const r = readPlanJson(`{"items":${'['.repeat(depth)}${']'.repeat(depth)}}`);
    expect(r.diagnostics).toEqual([
      expect.objectContaining({ code: 'json/too-deep', severity: 'error', line: 1 }),
    ]);
    const objects = readPlanJson('{"a":'.repeat(depth) + '1' + '}'.repeat(depth));
    expect(objects.diagnostics[0]!.code).toBe('json/too-deep');
  });

  it('warns about a key written twice, naming line and field', () => {
    const r = readPlanJson(fixtureText('json/duplicate-keys.json'));
    expect(r.diagnostics).toEqual([
      expect.objectContaining({
        code: 'json/duplicate-key',
        severity: 'warning',
        line: 2,
        column: 45,
        field: 'items[0].title',
      }),
    ]);
    expect(r.value.items[0]!.title).toBe('第二个标题');
  });

  it('finds duplicate keys written with escapes', () => {
    const r = readPlanJson('{"items":[],"units":[],"assignments":[],"\\u0069tems":[]}');
    expect(r.diagnostics.map((d) => [d.code, d.field])).toEqual([['json/duplicate-key', 'items']]);
  });

  it('reads empty or blank text as an empty plan with an info', () => {
    for (const text of ['', '  \n', '\uFEFF']) {
      const r = readPlanJson(text);
      expect(r.value).toEqual({ remit: 1, items: [], units: [], assignments: [] });
      expect(r.diagnostics.map((d) => [d.code, d.severity])).toEqual([['json/empty', 'info']]);
    }
  });

  it('drops prototype keys from a file and leaves Object.prototype alone', () => {
    const r = readPlanJson(fixtureText('json/invalid/prototype-keys.json'));
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(r.diagnostics.map((d) => [d.code, d.field])).toEqual([
      ['plan/forbidden-key', '__proto__'],
      ['plan/forbidden-key', 'units[0].__proto__'],
      ['plan/forbidden-key', 'items[0].constructor'],
      ['plan/forbidden-key', 'assignments[0].prototype'],
    ]);
    expect(r.value.assignments).toEqual([{ item: 'i1', unit: 'u1', role: 'lead' }]);
  });

  it('names the remit field when the version is not 1', () => {
    const r = readPlanJson(fixtureText('json/invalid/version-2.json'));
    expect(r.diagnostics).toEqual([
      expect.objectContaining({ code: 'plan/version', severity: 'error', field: 'remit' }),
    ]);
  });

  it('cleans NUL and lone surrogates out of names', () => {
    const r = readPlanJson(fixtureText('json/invalid/nul-and-surrogate-in-names.json'));
    expect(r.value.units.map((u) => u.name)).toEqual(['区司法局', '区财政局', '区发改委']);
    expect(r.value.items[0]!.title).toBe('事项');
    expect(
      r.diagnostics.every((d) =>
        ['plan/invisible-characters', 'plan/unit-without-items'].includes(d.code),
      ),
    ).toBe(true);
  });

  it('splits "units" written as one text, with a warning', () => {
    const r = readPlanJson(fixtureText('json/invalid/units-as-text.json'));
    expect(r.value.units.map((u) => u.name)).toEqual(['区发改委', '区财政局']);
    expect(r.value.assignments).toHaveLength(2);
    expect(r.diagnostics.map((d) => [d.code, d.field])).toEqual([
      ['plan/wrong-type', 'items[0].units'],
    ]);
  });
});

describe('readPlanJson, limits and idle units', () => {
  const plan = (extra: object = {}) => ({
    items: [{ id: 'i1', title: '推进工作', ...extra }],
    units: [{ id: 'u1', name: '区发改委' }],
    assignments: [{ item: 'i1', unit: 'u1', role: 'lead' }],
  });

  it('cuts a text field longer than MAX_FIELD_LENGTH with a warning naming it, keeping the rest', () => {
    const long = '长'.repeat(MAX_FIELD_LENGTH + 5);
    const r = readPlanJson(JSON.stringify(plan({ title: long, deadline: '年底前' })));
    expect(r.value.items[0]!.title).toBe(long.slice(0, MAX_FIELD_LENGTH));
    expect(r.value.items[0]!.deadline).toBe('年底前');
    expect(r.value.assignments).toHaveLength(1);
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.field, d.args])).toEqual([
      [
        'plan/field-too-long',
        'warning',
        'items[0].title',
        { length: MAX_FIELD_LENGTH + 5, kept: MAX_FIELD_LENGTH },
      ],
    ]);
  });

  it('cuts a unit name as CSV cuts a cell: one cap for both', () => {
    const name = `区${'局'.repeat(MAX_FIELD_LENGTH)}`;
    const json = readPlanJson(JSON.stringify({ ...plan(), units: [{ id: 'u1', name }] }));
    const csv = readPlanCsv(`item,title,unit,role\ni1,推进工作,${name},lead\n`);
    expect(json.value.units[0]!.name).toHaveLength(MAX_FIELD_LENGTH);
    expect(json.value.units[0]!.name).toBe(csv.value.units[0]!.name);
  });

  it('does not cut inside a surrogate pair', () => {
    const long = 'a'.repeat(MAX_FIELD_LENGTH - 1) + '𠀀'.repeat(3);
    const r = readPlanJson(JSON.stringify(plan({ title: long })));
    expect(r.value.items[0]!.title).toBe('a'.repeat(MAX_FIELD_LENGTH - 1));
    expect(r.diagnostics.map((d) => d.code)).toEqual(['plan/field-too-long']);
  });

  it('reports 1e400 in a number field as a number out of range, not as null', () => {
    const text = JSON.stringify(plan({ line: 7 })).replace('"line":7', '"line":1e400');
    const r = readPlanJson(text);
    expect(r.value.items[0]!.line).toBeUndefined();
    expect(r.diagnostics.map((d) => [d.code, d.field, d.args])).toEqual([
      [
        'plan/wrong-type',
        'items[0].line',
        { expected: 'line', foundKind: 'number-out-of-range', outcome: 'ignored' },
      ],
    ]);
    expect(r.diagnostics[0]!.message).toContain('found a number out of range');
    expect(r.diagnostics[0]!.message).not.toContain('null');
  });

  it('reports 1e400 as the version or as text as a number out of range', () => {
    const text = JSON.stringify({ remit: 1, ...plan({ label: 'x' }) })
      .replace('"remit":1', '"remit":1e400')
      .replace('"label":"x"', '"label":-1e400');
    const r = readPlanJson(text);
    expect(r.value.items[0]!.label).toBeUndefined();
    expect(r.diagnostics.map((d) => [d.code, d.args])).toEqual([
      ['plan/version', { versionKind: 'number-out-of-range' }],
      [
        'plan/wrong-type',
        { expected: 'text', foundKind: 'number-out-of-range', outcome: 'ignored' },
      ],
    ]);
    expect(r.diagnostics.every((d) => d.message.includes('a number out of range'))).toBe(true);
  });

  it('reports a listed unit that no assignment names with an info at its place in units', () => {
    const r = readPlanJson(
      JSON.stringify({
        ...plan(),
        units: [{ id: 'u1', name: '区发改委' }, null, { id: 'u2', name: '区统计局' }],
      }),
    );
    expect(r.value.units.map((u) => u.name)).toEqual(['区发改委', '区统计局']);
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.field, d.args])).toEqual([
      ['plan/null-entry', 'warning', 'units[1]', undefined],
      ['plan/unit-without-items', 'info', 'units[2]', { unit: 'u2', name: '区统计局' }],
    ]);
  });

  it('leaves the members of a group alone when only the group is assigned', () => {
    const r = readPlanJson(
      JSON.stringify({
        items: [{ id: 'i1', title: '推进工作' }],
        units: [
          { id: 'u1', name: '各街镇', kind: 'group', members: ['u2'] },
          { id: 'u2', name: '天平路街道' },
        ],
        assignments: [{ item: 'i1', unit: 'u1', role: 'member' }],
      }),
    );
    expect(r.diagnostics).toEqual([]);
  });
});
