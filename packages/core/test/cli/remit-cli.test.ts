import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { useTempDir } from '../support/temp-dir.js';

const data = (name: string) => fileURLToPath(new URL(`../../data/${name}`, import.meta.url));
const plan = data('xuhui-2020-fazhi.json');
const text = data('xuhui-2020-fazhi.txt');
const directory = data('xuhui-directory.json');
// Each case starts the real command as a separate process.
vi.setConfig({ testTimeout: 120_000 });

const temp = useTempDir('cli');
const file = temp.file;

interface Report {
  summary: {
    items: number;
    units: number;
    assignments: number;
    gini: number;
    hhi: number;
    top3Share: number;
  };
  units: { name: string; items: number; lead: number; member: number; share: number }[];
  items: { id: string; title: string; units: number; hasLead: boolean; flags: string[] }[];
}

describe('remit metrics', () => {
  it('reports 17 items, 45 assignments and 9 items each for the three busiest units of the founding plan', () => {
    const r = runCli(['metrics', plan, '--format', 'json']);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.summary.items).toBe(17);
    expect(report.summary.units).toBe(15);
    expect(report.summary.assignments).toBe(45);
    const items = Object.fromEntries(report.units.map((u) => [u.name, u.items]));
    expect(items['区委依法治区办']).toBe(9);
    expect(items['区司法局']).toBe(9);
    expect(items['各街镇']).toBe(9);
    expect(report.units.slice(0, 3).map((u) => u.items)).toEqual([9, 9, 9]);
    expect(report.items).toHaveLength(17);
    expect(report.items.every((i) => i.flags.includes('no-lead'))).toBe(true);
  });

  it('reads the published text as well as the Plan JSON, with the same figures', () => {
    const fromText = JSON.parse(
      runCli(['metrics', text, '--format', 'json', '--quiet']).stdout,
    ) as Report;
    const fromJson = JSON.parse(runCli(['metrics', plan, '--format', 'json']).stdout) as Report;
    expect(fromText.summary).toEqual(fromJson.summary);
    expect(fromText.units.map((u) => [u.name, u.items])).toEqual(
      fromJson.units.map((u) => [u.name, u.items]),
    );
  });

  it('prints a terminal table whose columns line up with Chinese names', () => {
    const r = runCli(['metrics', plan]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('17 items · 15 units · 45 assignments');
    const rows = r.stdout
      .split('\n')
      .filter((l) => /^\s+\d+\s+(区委依法治区办|区科委|各街镇)/u.test(l));
    expect(rows).toHaveLength(3);
    // 汉字 take two terminal columns: the items column starts at the same display column on every row.
    const itemsColumn = rows.map((row) => {
      const name = /(区委依法治区办|区科委|各街镇)/u.exec(row)![0];
      const at = row.indexOf(name);
      return at + name.length * 2 + row.slice(at + name.length).search(/\S/u);
    });
    expect(new Set(itemsColumn).size).toBe(1);
  });

  it('counts 各街镇 as its 13 members with --expand-groups and a directory', () => {
    const r = runCli([
      'metrics',
      plan,
      '--format',
      'json',
      '--directory',
      directory,
      '--expand-groups',
    ]);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    const names = report.units.map((u) => u.name);
    expect(names).not.toContain('各街镇');
    expect(names).toContain('华泾镇');
    expect(report.units.find((u) => u.name === '华泾镇')!.items).toBe(9);
    expect(r.stderr).toContain('各行政执法部门');
  });

  it('prints one CSV row per unit', () => {
    const r = runCli(['metrics', plan, '--format', 'csv']);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^rank,unit,kind,items,lead/u);
    expect(lines).toHaveLength(16);
  });
});

describe('remit convert', () => {
  it('round-trips the founding plan through long CSV and matrix CSV', () => {
    for (const to of ['csv', 'matrix-csv'] as const) {
      const csv = file(`round-${to}.csv`, runCli(['convert', plan, '--to', to]).stdout);
      const back = runCli(['convert', csv, '--to', 'json']);
      expect(back.status).toBe(0);
      const a = JSON.parse(runCli(['metrics', plan, '--format', 'json']).stdout) as Report;
      const b = JSON.parse(runCli(['metrics', csv, '--format', 'json']).stdout) as Report;
      expect(b.summary).toEqual(a.summary);
    }
  });

  it('writes to --out', () => {
    const out = temp.path('out.json');
    expect(runCli(['convert', plan, '--to', 'json', '--out', out]).status).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).remit).toBe(1);
  });
});

describe('remit parse', () => {
  it('prints the Plan JSON of a text document', () => {
    const r = runCli(['parse', text, '--format', 'json']);
    expect(r.status).toBe(0);
    const parsed = JSON.parse(r.stdout) as { items: unknown[]; assignments: unknown[] };
    expect(parsed.items).toHaveLength(17);
    expect(parsed.assignments).toHaveLength(45);
  });

  it('prints a table and the diagnostics with --format table', () => {
    const r = runCli(['parse', text, '--format', 'table']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('17 items');
    expect(r.stdout).toContain('区府办(政务服务办)');
  });

  it('exits non-zero only when nothing usable was found', () => {
    const r = runCli(['parse', file('nothing.txt', '设为首页 | 网站地图\n联系我们\n')]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('remit on bad input', () => {
  const oneLine = (args: string[], status: number, pattern: RegExp) => {
    const r = runCli(args);
    expect(r.status).toBe(status);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(pattern);
    expect(r.stderr).not.toMatch(/\n\s+at /u);
  };

  it('names a missing file', () =>
    oneLine(['metrics', temp.path('nope.json')], 1, /nope\.json: no such file/u));
  it('names a wrong extension', () =>
    oneLine(
      ['metrics', file('plan.pptx', 'PK')],
      1,
      /plan\.pptx: unsupported file type "\.pptx"/u,
    ));
  it('gives the line and column of malformed JSON', () =>
    oneLine(['metrics', file('bad.json', '{\n  "items": [,]\n}')], 1, /bad\.json:2:\d+: error/u));
  it('names the field of an unknown role', () =>
    oneLine(
      [
        'metrics',
        file(
          'role.json',
          JSON.stringify({
            items: [{ id: 'i1', title: 't' }],
            units: [{ id: 'u1', name: 'x' }],
            assignments: [{ item: 'i1', unit: 'u1', role: 'boss' }],
          }),
        ),
      ],
      1,
      /role\.json.*role/u,
    ));
  it('names a duplicate id', () =>
    oneLine(
      [
        'metrics',
        file(
          'dup.json',
          JSON.stringify({
            items: [
              { id: 'i1', title: 't' },
              { id: 'i1', title: 'u' },
            ],
            units: [],
            assignments: [],
          }),
        ),
      ],
      1,
      /dup\.json.*i1/u,
    ));
  it('gives the line of malformed CSV', () =>
    oneLine(
      ['metrics', file('bad.csv', 'item,unit,role\ni1,区司法局,member\ni2,"区财政局,lead\n')],
      1,
      /bad\.csv:3/u,
    ));
  it('rejects an unknown command and option with status 2', () => {
    oneLine(['frobnicate'], 2, /unknown command "frobnicate"/u);
    oneLine(['metrics', plan, '--colour'], 2, /--colour/u);
    oneLine(['metrics', plan, '--format', 'xml'], 2, /--format must be/u);
  });
  it('shows a stack trace only with --debug', () => {
    const r = runCli(['metrics', temp.path('nope.json'), '--debug']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/\n\s+at /u);
  });
});
