import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { planLongTable, PlanTablesBuilder, toParquet } from '@remit/core/columnar';
import { readPlan } from '@remit/core/io';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { openDashboard, settled, chromiumForFile } from './support/dashboard-page.js';

const url = inject('dashboardUrl');
const chromium = chromiumForFile();
const dir = mkdtempSync(join(tmpdir(), 'remit-parquet-'));

const text = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../../../fixtures/corpus/${name}`, import.meta.url)), 'utf8');
const founding = readPlan(text('xuhui-2020-fazhi.txt'), { format: 'txt' }).value;
const other = readPlan(text('lingbi-2021-health.txt'), { format: 'txt' }).value;

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
});

describe('a batch’s Parquet output in the dashboard', () => {
  it('opens one plan’s Parquet by the file picker, loading its reader only then, uploading nothing', async () => {
    const file = join(dir, 'xuhui.parquet');
    writeFileSync(
      file,
      toParquet(planLongTable(founding), {
        metadata: { 'remit:meta': JSON.stringify(founding.meta) },
      }),
    );
    const d = await openDashboard(chromium.browser, url);
    const { page } = d;
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname.endsWith('.js')) scripts.push(r.url());
    });
    await page.locator('[data-file-input]').setInputFiles(file);
    await settled(page);
    // the reader came as a script of its own, on demand
    expect(scripts.length).toBeGreaterThan(0);
    const shown = await page.evaluate(() => {
      const store = (
        document.querySelector('remit-data#plan') as unknown as {
          store: { plan: { items: unknown[]; assignments: unknown[] } };
        }
      ).store;
      return { items: store.plan.items.length, assignments: store.plan.assignments.length };
    });
    expect(shown).toEqual({ items: 17, assignments: founding.assignments.length });
    expect(await page.locator('[data-source-name]').getAttribute('data-source-name')).toBe(
      'xuhui.parquet',
    );
    expect(d.foreign).toEqual([]);
    expect(d.errors).toEqual([]);
    expect(d.violations).toEqual([]);
    await d.context.close();
  });

  it('shows the assignments of several plans as their combined view, each plan a part', async () => {
    const tables = new PlanTablesBuilder()
      .addPlan(founding, [], { plan: 'plans/xuhui.txt' })
      .addPlan(other, [], { plan: 'plans/lingbi.txt' })
      .build();
    const file = join(dir, 'part-1.parquet');
    writeFileSync(file, toParquet(tables.assignments));
    const d = await openDashboard(chromium.browser, url);
    const { page } = d;
    await page.locator('[data-file-input]').setInputFiles(file);
    await settled(page);
    const items = await page.evaluate(
      () =>
        (
          document.querySelector('remit-data#plan') as unknown as {
            store: { plan: { items: unknown[] } };
          }
        ).store.plan.items.length,
    );
    expect(items).toBe(founding.items.length + other.items.length);
    expect(d.errors).toEqual([]);
    await d.context.close();
  });
});
