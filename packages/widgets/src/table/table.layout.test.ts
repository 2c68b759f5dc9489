import { coverage, workload } from '@remit/core/metrics';
import { incidence, type Plan } from '@remit/core/model';
import { describe, expect, it } from 'vitest';
import founding from '../../../core/data/xuhui-2020-fazhi.json';
import { itemTable, sortRows, unitTable } from './table.model.js';

const plan = founding as Plan;
const inc = incidence(plan);
const collator = new Intl.Collator('zh-CN');

describe('unitTable', () => {
  it('has one row per unit with its workload figures', () => {
    const model = unitTable(workload(inc), 'en');
    expect(model.rows).toHaveLength(15);
    expect(model.columns.map((c) => c.key)).toEqual([
      'name',
      'rank',
      'items',
      'lead',
      'inferredLead',
      'member',
      'share',
    ]);
    const first = model.rows.find((r) => r.id === 'u1')!;
    expect(first.cells[0]!.text).toBe('区委依法治区办');
  });

  it('sorts by items, ties in plan order either way', () => {
    const model = unitTable(workload(inc), 'zh-CN');
    const down = sortRows(model.rows, 2, 'descending', collator.compare);
    const items = down.map((r) => r.cells[2]!.sort as number);
    expect(items).toEqual([...items].sort((a, b) => b - a));
    for (let i = 1; i < down.length; i++) {
      if (items[i] === items[i - 1]) expect(down[i]!.order).toBeGreaterThan(down[i - 1]!.order);
    }
    const up = sortRows(model.rows, 2, 'ascending', collator.compare);
    expect(up[0]!.cells[2]!.sort).toBe(Math.min(...items));
  });

  it('sorts names with the Chinese collator', () => {
    const model = unitTable(workload(inc), 'zh-CN');
    const names = sortRows(model.rows, 0, 'ascending', collator.compare).map(
      (r) => r.cells[0]!.text,
    );
    expect(names).toEqual([...names].sort(collator.compare));
  });
});

describe('itemTable', () => {
  it('has one row per item with its units listed', () => {
    const model = itemTable(inc, coverage(inc), 'zh-CN');
    expect(model.rows).toHaveLength(17);
    const first = model.rows[0]!;
    expect(first.cells[0]!.text).toBe('打造一流法治化营商环境');
    expect(first.cells[2]!.text).toBe('一、服务保障区域中心工作');
    expect(Number(first.cells[3]!.sort)).toBeGreaterThan(0);
    expect(first.cells[5]!.text.split('、').length).toBe(first.cells[3]!.sort);
  });

  it('says an item was corrected after its title, and sorts it by its title alone', () => {
    const corrected: Plan = {
      ...plan,
      corrections: [
        {
          kind: 'set-role',
          at: '2026-12-07T02:00:00.000Z',
          item: 'i2',
          unit: 'u1',
          before: 'member',
          after: 'lead',
        },
      ],
    };
    const c = incidence(corrected);
    const rows = itemTable(c, coverage(c), 'zh-CN').rows;
    expect(rows[1]!.cells[0]!.text).toBe(`${plan.items[1]!.title}（已更正）`);
    expect(rows[1]!.cells[0]!.sort).toBe(plan.items[1]!.title);
    expect(rows[0]!.cells[0]!.text).toBe(plan.items[0]!.title);
    expect(itemTable(c, coverage(c), 'en').rows[1]!.cells[0]!.text).toMatch(/ \(corrected\)$/u);
  });

  it('sorts by label in plan order by default', () => {
    const model = itemTable(inc, coverage(inc), 'en');
    const column = model.columns.findIndex((c) => c.key === model.defaultSort.key);
    const rows = sortRows(model.rows, column, model.defaultSort.direction, collator.compare);
    expect(rows.map((r) => r.order)).toEqual(rows.map((_, i) => i));
  });
});
