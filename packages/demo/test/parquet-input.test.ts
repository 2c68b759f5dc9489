import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { planLongTable, PlanTablesBuilder, toParquet } from '@remit/core/columnar';
import { readPlan } from '@remit/core/io';
import { describe, expect, it } from 'vitest';
import { isParquetFile, readPlanInputAsync } from '../src/app/read-plan-input.js';

// A batch's Parquet output read as the dashboard reads a file it is given:
// one plan as that plan, several as their combined view.
const text = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../../../fixtures/corpus/${name}`, import.meta.url)), 'utf8');
const founding = readPlan(text('xuhui-2020-fazhi.txt'), { format: 'txt' }).value;
const other = readPlan(text('lingbi-2021-health.txt'), { format: 'txt' }).value;

describe('readPlanInputAsync with a Parquet file', () => {
  it('reads the plan remit convert --to parquet wrote', async () => {
    const bytes = toParquet(planLongTable(founding), {
      metadata: { 'remit:meta': JSON.stringify(founding.meta) },
    });
    expect(isParquetFile(bytes, 'plan.bin')).toBe(true);
    const input = await readPlanInputAsync(bytes, { origin: 'file', name: 'plan.parquet' });
    expect(input.diagnostics).toEqual([]);
    expect(input.plan!.items).toHaveLength(17);
    expect(input.plan!.assignments).toHaveLength(founding.assignments.length);
    expect(input.plan!.meta?.docNumber).toBe('徐府发〔2020〕13号');
  });

  it('shows a batch’s assignments of several plans combined, each plan a part', async () => {
    const tables = new PlanTablesBuilder()
      .addPlan(founding, [], { plan: 'plans/xuhui.txt' })
      .addPlan(other, [], { plan: 'plans/lingbi.txt' })
      .build();
    const input = await readPlanInputAsync(toParquet(tables.assignments), {
      origin: 'file',
      name: 'part-1.parquet',
    });
    expect(input.parts).toEqual(['plans/xuhui.txt', 'plans/lingbi.txt']);
    expect(input.plan!.assignments).toHaveLength(
      founding.assignments.length + other.assignments.length,
    );
  });

  it('says why a Parquet file without assignments shows nothing, and leaves other files to readPlanInput', async () => {
    const tables = new PlanTablesBuilder().addPlan(founding, [], { plan: 'a.txt' }).build();
    const input = await readPlanInputAsync(toParquet(tables.plans), {
      origin: 'file',
      name: 'plans.parquet',
    });
    expect(input.plan).toBeUndefined();
    expect(input.diagnostics.map((d) => d.code)).toEqual(['batch/no-plan-columns']);
    const csv = await readPlanInputAsync(
      new TextEncoder().encode('item,title,unit\n1,甲,区司法局\n'),
      {
        origin: 'file',
        name: 'plan.csv',
      },
    );
    expect(csv.format).toBe('csv');
    expect(csv.plan!.units.map((u) => u.name)).toEqual(['区司法局']);
  });
});
