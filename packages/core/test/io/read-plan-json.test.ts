import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPlanJson } from '../../src/io/read-plan-json.js';
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
    expect(r.diagnostics.every((d) => d.code === 'plan/invisible-characters')).toBe(true);
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
