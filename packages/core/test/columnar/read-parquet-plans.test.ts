import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { planLongTable } from '../../src/columnar/plan-long-table.js';
import { PlanTablesBuilder } from '../../src/columnar/plan-tables.js';
import { isParquet, readParquetPlans } from '../../src/columnar/read-parquet-plans.js';
import { toParquet } from '../../src/columnar/to-parquet.js';
import type { Plan } from '../../src/model/plan.js';
import { parse } from '../../src/parse/parse.js';
import { foundingPlan } from '../support/founding-plan.js';

const corpus = (name: string) =>
  parse(
    readFileSync(
      fileURLToPath(new URL(`../../../../fixtures/corpus/${name}`, import.meta.url)),
      'utf8',
    ),
  ).plan;

/** A plan as names, titles and roles: what a table of it can hold, ids of units aside. */
function shape(plan: Plan) {
  const unit = new Map(plan.units.map((u) => [u.id, u.name]));
  const section = new Map((plan.sections ?? []).map((s) => [s.id, s.title]));
  return {
    items: plan.items.map((i) => [
      i.id,
      i.title,
      i.label,
      i.section && section.get(i.section),
      i.deadline,
      i.line,
    ]),
    units: plan.units.map((u) => u.name).sort(),
    assignments: plan.assignments.map((a) => [
      a.item,
      unit.get(a.unit),
      a.role,
      a.inferred === true,
      a.raw,
    ]),
  };
}

describe('readParquetPlans', () => {
  it('reads back the plan remit convert --to parquet wrote, with its title and number', async () => {
    const plan = foundingPlan();
    const bytes = toParquet(planLongTable(plan), {
      metadata: { 'remit:meta': JSON.stringify(plan.meta) },
    });
    expect(isParquet(bytes)).toBe(true);
    const { value, diagnostics } = await readParquetPlans(bytes, { source: 'plan.parquet' });
    expect(diagnostics).toEqual([]);
    expect(value).toHaveLength(1);
    expect(value[0]!.name).toBe('plan.parquet');
    expect(shape(value[0]!.plan)).toEqual(shape(plan));
    expect(value[0]!.plan.meta).toMatchObject({
      title: plan.meta!.title,
      docNumber: '徐府发〔2020〕13号',
    });
  });

  it('keeps an item without units and a unit without items', async () => {
    const plan: Plan = {
      items: [
        { id: 'i1', title: '甲' },
        { id: 'i2', title: '乙' },
      ],
      units: [
        { id: 'u1', name: '区司法局' },
        { id: 'u2', name: '区民政局' },
      ],
      assignments: [{ item: 'i1', unit: 'u1', role: 'lead' }],
    };
    const { value } = await readParquetPlans(toParquet(planLongTable(plan)));
    expect(shape(value[0]!.plan)).toEqual(shape(plan));
  });

  it('reads a batch’s assignments table as one plan for each file', async () => {
    const a = corpus('xuhui-2020-fazhi.txt');
    const b = corpus('lingbi-2021-health.txt');
    const tables = new PlanTablesBuilder()
      .addPlan(a, [], { plan: 'plans/a.txt' })
      .addPlan(b, [], { plan: 'plans/b.txt' })
      .build();
    const { value } = await readParquetPlans(toParquet(tables.assignments));
    expect(value.map((p) => p.name)).toEqual(['plans/a.txt', 'plans/b.txt']);
    for (const [read, plan] of [
      [value[0]!.plan, a],
      [value[1]!.plan, b],
    ] as const) {
      const used = new Set(plan.assignments.map((x) => x.item));
      expect(read.items.map((i) => i.id)).toEqual(
        plan.items.filter((i) => used.has(i.id)).map((i) => i.id),
      );
      expect(read.assignments.map((x) => [x.item, x.role])).toEqual(
        plan.assignments.map((x) => [x.item, x.role]),
      );
      expect(read.units).toHaveLength(new Set(plan.assignments.map((x) => x.unit)).size);
    }
  });

  it('says what is wrong with a file that is not Parquet, or holds no assignments', async () => {
    const notParquet = await readParquetPlans(new TextEncoder().encode('序号,任务\n1,甲\n'), {
      source: 'x.parquet',
    });
    expect(notParquet.value).toEqual([]);
    expect(notParquet.diagnostics).toEqual([
      expect.objectContaining({
        code: 'batch/not-parquet',
        severity: 'error',
        source: 'x.parquet',
      }),
    ]);
    const cut = toParquet(planLongTable(foundingPlan())).slice(0, 2000);
    expect((await readParquetPlans(cut)).diagnostics[0]!.code).toBe('batch/not-parquet');
    const plansTable = new PlanTablesBuilder()
      .addPlan(foundingPlan(), [], { plan: 'a' })
      .build().plans;
    const noColumns = await readParquetPlans(toParquet(plansTable));
    expect(noColumns.diagnostics).toEqual([
      expect.objectContaining({
        code: 'batch/no-plan-columns',
        args: { columns: expect.arrayContaining(['plan', 'title']) },
      }),
    ]);
  });
});
