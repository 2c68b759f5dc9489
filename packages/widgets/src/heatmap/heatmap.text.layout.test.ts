import { incidence, type Plan } from '@remit/core/model';
import { describe, expect, it } from 'vitest';
import founding from '../../../core/data/xuhui-2020-fazhi.json' with { type: 'json' };
import { markLabel, markLines, markSelection } from './heatmap.describe.js';
import { heatmapLayout } from './heatmap.layout.js';
import { heatmapScenarios, syntheticHeatmapPlan } from './heatmap.scenarios.js';
import { heatmapSummary } from './heatmap.summary.js';
import { heatmapTable, MEMBER_NAMES_UP_TO } from './heatmap.table.js';

const inc = incidence(founding as Plan);
const layout = heatmapLayout(inc);

describe('heatmap words', () => {
  it('names item, unit and role of a cell in full, even when the labels are cut', () => {
    const k = layout.rows[3]!.cellStart;
    expect(markLines(layout, { kind: 'cell', index: k }, 'en')).toEqual([
      '4. 为新冠肺炎疫情防控和复工复产复市提供法治保障',
      '区委依法治区办',
      'member',
    ]);
    expect(markLabel(layout, { kind: 'cell', index: k }, 'zh-CN')).toBe(
      '4. 为新冠肺炎疫情防控和复工复产复市提供法治保障；区委依法治区办：配合',
    );
    expect(markSelection(layout, { kind: 'cell', index: k })).toEqual({ kind: 'unit', id: 'u1' });
  });

  it('gives row and column headers their counts', () => {
    expect(markLabel(layout, { kind: 'row', index: 0 }, 'en')).toBe(
      '1. 打造一流法治化营商环境: 5 units',
    );
    const justice = layout.columns.findIndex((c) => c.name === '区司法局');
    expect(markLabel(layout, { kind: 'column', index: justice }, 'en')).toBe(
      '区司法局: 9 items: 0 lead, 9 member',
    );
    expect(markSelection(layout, { kind: 'row', index: 0 })).toEqual({ kind: 'item', id: 'i1' });
  });

  it('summarises the plan and what needs attention', () => {
    expect(heatmapSummary(inc, layout, 'en')).toMatch(
      /^17 items, 15 units, 45 assignments; .*\. 17 items have no written lead\.$/,
    );
    const p = heatmapScenarios['item-without-units']!.plan();
    const i = incidence(p);
    expect(heatmapSummary(i, heatmapLayout(i), 'zh-CN')).toContain('1 项任务没有责任单位');
  });

  it('lists every item with its section, leads and members in the table alternative', () => {
    const { columns, rows } = heatmapTable(layout, 'zh-CN');
    expect(columns.map((c) => c.label)).toEqual([
      '任务',
      '部分',
      '牵头',
      '配合',
      '任务涉及的单位数',
    ]);
    expect(rows).toHaveLength(17);
    expect(rows[0]).toEqual([
      '1. 打造一流法治化营商环境',
      '一、服务保障区域中心工作',
      '',
      '区委依法治区办、区司法局、区发展改革委、区商务委、区市场监管局',
      '5',
    ]);
    const roles = heatmapLayout(incidence(heatmapScenarios.roles!.plan()));
    expect(heatmapTable(roles, 'en').rows[1]![2]).toBe('区府办(政务服务办) (inferred)');
  });

  it('counts members instead of naming them in very large plans', () => {
    const big = heatmapLayout(incidence(syntheticHeatmapPlan(600, 100)));
    expect(big.grid.count).toBeGreaterThan(MEMBER_NAMES_UP_TO);
    const row = heatmapTable(big, 'en').rows[0]!;
    expect(row[3]).toMatch(/^\d+ units?$/);
  });
});
