import { workload } from '@remit/core/metrics';
import { incidence, type Plan } from '@remit/core/model';
import { describe, expect, it } from 'vitest';
import founding from '../../../core/data/xuhui-2020-fazhi.json';
import { workloadLayout, sortRows } from './workload.layout.js';

const rows = workload(incidence(founding as Plan));

describe('workloadLayout', () => {
  it('draws one bar per unit of the founding plan, most items first', () => {
    const layout = workloadLayout(rows, { width: 640 });
    expect(layout.bars).toHaveLength(15);
    const items = layout.bars.map((b) => b.items);
    expect(items).toEqual([...items].sort((a, b) => b - a));
    expect(layout.bars[0]!.name).toBe('区委依法治区办');
    expect(layout.hidden).toBe(0);
  });

  it('splits each bar into segments that add up to its items', () => {
    const layout = workloadLayout(rows, { width: 640 });
    for (const bar of layout.bars) {
      expect(bar.segments.reduce((s, x) => s + x.value, 0)).toBe(bar.items);
      const last = bar.segments[bar.segments.length - 1];
      if (last) expect(last.x + last.width).toBeCloseTo(bar.end, 0);
    }
  });

  it('runs the axis to a round number at or past the busiest unit, with whole-number ticks', () => {
    const unit = (items: number) => ({ ...rows[0]!, items, lead: 0, inferredLead: 0 });
    const seven = workloadLayout([unit(7)], { width: 400 });
    expect(seven.ticks.map((t) => t.value)).toEqual([0, 2, 4, 6, 8]);
    const last = seven.ticks.at(-1)!;
    expect(seven.bars[0]!.end).toBeCloseTo(seven.x0 + ((last.x - seven.x0) * 7) / 8, 0);
    expect(workloadLayout([unit(1)], { width: 640 }).ticks.map((t) => t.value)).toEqual([0, 1]);
    expect(workloadLayout([unit(517)], { width: 640 }).ticks.map((t) => t.value)).toEqual([
      0, 100, 200, 300, 400, 500, 600,
    ]);
  });

  it('splits bars by section when asked', () => {
    const layout = workloadLayout(rows, {
      width: 640,
      breakdown: 'section',
      sections: ['s1', 's2', 's3', 's4'],
    });
    const keys = new Set(layout.bars.flatMap((b) => b.segments.map((s) => s.key)));
    expect([...keys].every((k) => ['s1', 's2', 's3', 's4'].includes(k))).toBe(true);
    for (const bar of layout.bars) {
      expect(bar.segments.reduce((s, x) => s + x.value, 0)).toBe(bar.items);
    }
  });

  it('fits labels and bars in 320 px, cutting long names with an ellipsis', () => {
    const long = rows.map((r, i) =>
      i === 0 ? { ...r, name: '上海市徐汇区人民政府办公室（区政务服务办公室）' } : r,
    );
    const layout = workloadLayout(long, { width: 320 });
    expect(layout.labelWidth).toBeLessThanOrEqual(128);
    const first = layout.bars.find((b) => b.unit === long[0]!.unit)!;
    expect(first.label.endsWith('…')).toBe(true);
    for (const bar of layout.bars) expect(bar.end).toBeLessThanOrEqual(320);
    for (const t of layout.ticks) expect(t.x).toBeLessThanOrEqual(320);
  });

  it('keeps plan order among ties and sorts by name with the given collator', () => {
    const tied = sortRows(rows, 'workload');
    for (let i = 1; i < tied.length; i++) {
      const a = tied[i - 1]!;
      const b = tied[i]!;
      if (a.items === b.items && a.lead === b.lead) {
        expect(rows.indexOf(a)).toBeLessThan(rows.indexOf(b));
      }
    }
    const collator = new Intl.Collator('zh-CN');
    const byName = sortRows(rows, 'name', collator.compare).map((r) => r.name);
    expect(byName).toEqual([...byName].sort(collator.compare));
  });

  it('shows at most limit units and counts the rest', () => {
    const layout = workloadLayout(rows, { width: 640, limit: 5 });
    expect(layout.bars).toHaveLength(5);
    expect(layout.hidden).toBe(10);
  });

  it('lays out an empty list', () => {
    const layout = workloadLayout([], { width: 640 });
    expect(layout.bars).toEqual([]);
    expect(layout.height).toBeGreaterThan(0);
  });
});
