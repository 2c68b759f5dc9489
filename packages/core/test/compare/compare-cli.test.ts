import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import type { CombinedPlans, PlanComparison } from '../../src/compare/types.js';
import { runCli } from '../support/run-cli.js';
import { useTempDir } from '../support/temp-dir.js';

const path = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));
const foundingText = path('../../data/xuhui-2020-fazhi.txt');
const foundingJson = path('../../data/xuhui-2020-fazhi.json');
const edited = path('../../../../fixtures/compare/xuhui-edited/xuhui-2020-fazhi-edited.txt');
const units = path('../../../../fixtures/compare/xuhui-edited/units.json');
// Each case starts the real command as a separate process.
vi.setConfig({ testTimeout: 120_000 });
const temp = useTempDir('compare');

describe('remit compare', () => {
  it('prints the edits of the founding plan as a table, exit 0', () => {
    const r = runCli(['compare', foundingText, edited, '--directory', units, '--quiet']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(
      'items: 13 same · 2 reworded · 1 split · 0 merged · 1 new · 1 dropped',
    );
    expect(r.stdout).toContain('units: 13 same · 1 alias');
    expect(r.stdout).toMatch(/split\s+3\.\s+3\. 4\./u);
    expect(r.stdout).toMatch(/区科技委\s+alias \(was 区科委\)/u);
    expect(r.stdout).toMatch(/区司法局.*now lead 10\./u);
    expect(r.stderr).toBe('');
  });

  it('prints the same comparison as JSON', () => {
    const r = runCli(['compare', foundingText, edited, '--directory', units, '--format', 'json']);
    expect(r.status).toBe(0);
    const c = JSON.parse(r.stdout) as PlanComparison;
    expect(c['remit-comparison']).toBe(1);
    expect(c.summary.items).toEqual({
      same: 13,
      reworded: 2,
      split: 1,
      merged: 0,
      new: 1,
      dropped: 1,
    });
    expect(c.summary.units.alias).toBe(1);
  });

  it('writes one CSV row per item match', () => {
    const r = runCli(['compare', foundingText, edited, '--format', 'csv']);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split(/\r?\n/u);
    expect(lines[0]).toBe('change,before,after,similarity,before_title,after_title');
    // 13 same, 2 reworded, 1 split, 1 new, 1 dropped
    expect(lines).toHaveLength(1 + 18);
  });

  it('compares a Plan JSON with a text document, and a plan with itself', () => {
    const mixed = runCli(['compare', foundingJson, edited, '--format', 'json', '--quiet']);
    expect(mixed.status).toBe(0);
    const self = JSON.parse(
      runCli(['compare', foundingJson, foundingText, '--format', 'json', '--quiet']).stdout,
    ) as PlanComparison;
    expect(self.summary.items.same).toBe(17);
  });

  it('compares with an empty Plan JSON: every item new, and a note', () => {
    const empty = temp.file('empty.json', '{"remit":1,"items":[],"units":[],"assignments":[]}');
    const r = runCli(['compare', empty, foundingJson, '--format', 'json']);
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as PlanComparison).summary.items.new).toBe(17);
    expect(r.stderr).toContain('[compare/empty-plan]');
  });

  it('refuses a text with no items, a missing file and a missing argument with one line each', () => {
    const blank = temp.file('blank.txt', '这不是一份任务分工文件。\n');
    const r = runCli(['compare', blank, foundingJson]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/blank\.txt/u);
    expect(r.stderr).not.toMatch(/\n\s+at /u);
    expect(runCli(['compare', temp.path('none.json'), foundingJson]).status).toBe(1);
    expect(runCli(['compare', foundingJson]).status).toBe(2);
    expect(runCli(['compare', foundingJson, foundingJson, '--format', 'xml']).status).toBe(2);
  });
});

describe('remit metrics --combine', () => {
  it('reads several plans as one, with workload per plan and in total', () => {
    const r = runCli(['metrics', foundingJson, edited, '--combine', '--format', 'json', '--quiet']);
    expect(r.status).toBe(0);
    const c = JSON.parse(r.stdout) as CombinedPlans;
    expect(c.sources.map((s) => s.items)).toEqual([17, 18]);
    const justice = c.workload.find((w) => w.name === '区司法局')!;
    expect(justice.total.items).toBe(19);
    expect(justice.byPlan).toMatchObject({ p1: { items: 9, lead: 0 }, p2: { items: 10, lead: 1 } });
    const table = runCli(['metrics', foundingJson, edited, '--combine', '--quiet']);
    expect(table.stdout).toMatch(/区司法局\s+19\s+1\s+18\s+9 \(0\+9\)\s+10 \(1\+9\)/u);
  });

  it('asks for --combine when given several files without it', () => {
    const r = runCli(['metrics', foundingJson, edited]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--combine');
  });
});
