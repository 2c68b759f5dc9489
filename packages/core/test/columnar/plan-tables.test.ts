import { describe, expect, it } from 'vitest';
import { PLAN_TABLES } from '../../src/columnar/plan-table-schemas.js';
import { PlanTablesBuilder } from '../../src/columnar/plan-tables.js';
import { planYear } from '../../src/columnar/plan-year.js';
import { diagnostic } from '../../src/model/diagnostic.js';
import type { Plan } from '../../src/model/plan.js';

const plan: Plan = {
  meta: { title: '2023年重点工作', docNumber: '某府办发〔2023〕5号', issuer: '某区人民政府' },
  sections: [{ id: 's1', title: '一、优化营商环境' }],
  items: [
    { id: 'i1', title: '推进一网通办', section: 's1', label: '1.', line: 4 },
    { id: 'i2', title: '开展普法宣传', label: '2.', deadline: '年底前', line: 7 },
    { id: 'i3', title: '没有单位的任务', line: 9 },
  ],
  units: [
    { id: 'u1', name: '区政务服务办' },
    { id: 'u2', name: '各街镇' },
    { id: 'u3', name: '区司法局', kind: 'government', canonical: '上海市徐汇区司法局' },
  ],
  assignments: [
    { item: 'i1', unit: 'u1', role: 'lead' },
    { item: 'i1', unit: 'u2', role: 'member' },
    { item: 'i2', unit: 'u3', role: 'lead', inferred: true },
    { item: 'i2', unit: 'u2', role: 'member' },
  ],
};

/** A table's rows as objects, column by column. */
function rowsOf(table: {
  schema: { columns: readonly { name: string }[] };
  columns: readonly (readonly unknown[])[];
}) {
  const n = table.columns[0]?.length ?? 0;
  return Array.from({ length: n }, (_, r) =>
    Object.fromEntries(table.schema.columns.map((c, i) => [c.name, table.columns[i]![r]])),
  );
}

describe('PlanTablesBuilder', () => {
  const notes = [diagnostic('info', 'parse/skipped-line', 'skipped', { line: 2 })];
  const tables = new PlanTablesBuilder()
    .addPlan(plan, notes, { plan: 'a/plan.txt', format: 'txt', bytes: 1200, readMs: 3 })
    .addFailure(
      [
        diagnostic(
          'error',
          'batch/unreadable',
          'permission denied',
          {},
          { reason: 'permission denied' },
        ),
      ],
      {
        plan: 'a/locked.txt',
        bytes: 10,
      },
    )
    .build();

  it('writes one plans row per file, with its counts, year and status', () => {
    expect(rowsOf(tables.plans)).toEqual([
      {
        plan: 'a/plan.txt',
        format: 'txt',
        status: 'read',
        title: '2023年重点工作',
        doc_number: '某府办发〔2023〕5号',
        date: null,
        year: 2023,
        issuer: '某区人民政府',
        encoding: null,
        bytes: 1200,
        items: 3,
        units: 3,
        assignments: 4,
        leads: 2,
        diagnostics: 1,
        read_ms: 3,
      },
      expect.objectContaining({ plan: 'a/locked.txt', status: 'failed', items: 0, diagnostics: 1 }),
    ]);
  });

  it('writes items with their section title and counts, units with kinds guessed or given', () => {
    expect(
      rowsOf(tables.items).map((r) => [r.item, r.section, r.deadline, r.line, r.units, r.leads]),
    ).toEqual([
      ['i1', '一、优化营商环境', null, 4, 2, 1],
      ['i2', null, '年底前', 7, 2, 1],
      ['i3', null, null, 9, 0, 0],
    ]);
    expect(
      rowsOf(tables.units).map((r) => [r.unit, r.kind, r.canonical, r.items, r.leads]),
    ).toEqual([
      ['区政务服务办', 'government', null, 1, 1],
      ['各街镇', 'group', null, 2, 0],
      ['区司法局', 'government', '上海市徐汇区司法局', 1, 1],
    ]);
  });

  it('writes assignments by unit name, with the item’s title and line', () => {
    expect(rowsOf(tables.assignments)).toEqual([
      {
        plan: 'a/plan.txt',
        item: 'i1',
        section: '一、优化营商环境',
        title: '推进一网通办',
        unit: '区政务服务办',
        role: 'lead',
        inferred: false,
        line: 4,
      },
      {
        plan: 'a/plan.txt',
        item: 'i1',
        section: '一、优化营商环境',
        title: '推进一网通办',
        unit: '各街镇',
        role: 'member',
        inferred: false,
        line: 4,
      },
      {
        plan: 'a/plan.txt',
        item: 'i2',
        section: null,
        title: '开展普法宣传',
        unit: '区司法局',
        role: 'lead',
        inferred: true,
        line: 7,
      },
      {
        plan: 'a/plan.txt',
        item: 'i2',
        section: null,
        title: '开展普法宣传',
        unit: '各街镇',
        role: 'member',
        inferred: false,
        line: 7,
      },
    ]);
  });

  it('writes each diagnostic, a failed file’s too, in the language asked for', () => {
    expect(rowsOf(tables.diagnostics).map((r) => [r.plan, r.code, r.line])).toEqual([
      ['a/plan.txt', 'parse/skipped-line', 2],
      ['a/locked.txt', 'batch/unreadable', null],
    ]);
    const zh = new PlanTablesBuilder({ lang: 'zh' })
      .addFailure(
        [
          diagnostic(
            'error',
            'batch/unreadable',
            'permission denied',
            {},
            { reason: 'permission denied' },
          ),
        ],
        { plan: 'x' },
      )
      .build();
    expect(rowsOf(zh.diagnostics)[0]!.message).toMatch(/无法读取该文件/u);
  });

  it('gives every table the columns of its schema, and starts empty again after build', () => {
    for (const [name, table] of Object.entries(tables))
      expect(table.columns).toHaveLength(
        PLAN_TABLES[name as keyof typeof PLAN_TABLES].columns.length,
      );
    const builder = new PlanTablesBuilder().addPlan(plan, [], { plan: 'p' });
    builder.build();
    expect(builder.rows('assignments')).toBe(0);
  });
});

describe('planYear', () => {
  it('takes the date first, then the document number, then the title', () => {
    expect(planYear({ date: '2021-03-04', docNumber: '〔2020〕1号', title: '2019年' })).toBe(2021);
    expect(planYear({ docNumber: '徐府发〔2020〕13号', title: '2019年要点' })).toBe(2020);
    expect(planYear({ docNumber: '某办发[2018]7号' })).toBe(2018);
    expect(planYear({ title: '关于印发2023年工作要点的通知' })).toBe(2023);
  });

  it('is null when nothing names a year, or the year is out of range', () => {
    expect(planYear(undefined)).toBeNull();
    expect(planYear({ title: '工作要点' })).toBeNull();
    expect(planYear({ title: '第1234年' })).toBeNull();
    expect(planYear({ docNumber: '〔1900〕1号' })).toBeNull();
  });
});
