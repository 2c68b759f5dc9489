import { combinePlans } from '@remit/core/compare';
import { distinctAssignments } from '@remit/core/metrics';
import { incidence, type Plan } from '@remit/core/model';
import { describe, expect, it } from 'vitest';
import founding from '../../../core/data/xuhui-2020-fazhi.json' with { type: 'json' };
import { LED_PLAN } from '../../test/browser/founding-plan.js';
import { heatmapLayout } from './heatmap.layout.js';
import { CORRECTED_MARK } from './heatmap.model.js';
import { heatmapOrder } from './heatmap.order.js';
import { heatmapScenarios, syntheticHeatmapPlan } from './heatmap.scenarios.js';
import { heatmapScene } from './heatmap.scene.js';
import { heatmapSVG } from './heatmap.svg.js';

const plan = founding as Plan;
const inc = incidence(plan);

function snapshot(name: string, p: Plan, options: Parameters<typeof heatmapLayout>[1] = {}) {
  const svg = heatmapSVG(
    heatmapScene(heatmapLayout(incidence(p), options), {
      title: p.meta?.title ?? name,
      lang: 'zh-CN',
    }),
  );
  return expect(svg).toMatchFileSnapshot(`./__snapshots__/${name}.svg`);
}

describe('heatmapLayout', () => {
  it('draws the founding plan as 17 rows, 15 columns and 45 cells under 4 section headings', () => {
    const layout = heatmapLayout(inc);
    expect(layout.rows).toHaveLength(17);
    expect(layout.columns).toHaveLength(15);
    expect(layout.cells).toHaveLength(45);
    expect(layout.sectionBands.map((b) => b.title)).toEqual([
      '一、服务保障区域中心工作',
      '二、完善依法行政制度体系',
      '三、提升城区依法治理水平',
      '四、强化法治政府建设保障',
    ]);
  });

  it('gives every cell the item, unit and role of its assignment', () => {
    const layout = heatmapLayout(inc);
    const expected = new Set(plan.assignments.map((a) => `${a.item}|${a.unit}|${a.role}`));
    expect(new Set(layout.cells.map((c) => `${c.item}|${c.unit}|${c.role}`))).toEqual(expected);
  });

  it('places cells in their row and column and lists them in row then column order', () => {
    const layout = heatmapLayout(inc);
    layout.cells.forEach((cell, k) => {
      const row = layout.rows[cell.row]!;
      const col = layout.columns[cell.column]!;
      expect(row.item).toBe(cell.item);
      expect(col.unit).toBe(cell.unit);
      expect(cell.y).toBeGreaterThanOrEqual(row.y);
      expect(cell.y + cell.h).toBeLessThanOrEqual(row.y + row.h);
      expect(cell.x).toBeGreaterThanOrEqual(col.x);
      expect(cell.x + cell.w).toBeLessThanOrEqual(col.x + col.w);
      expect(k).toBeGreaterThanOrEqual(row.cellStart);
      expect(k).toBeLessThan(row.cellEnd);
      const g = layout.grid;
      const column = [
        ...g.byColumn.subarray(g.columnStart[cell.column], g.columnStart[cell.column + 1]),
      ];
      expect(column).toContain(k);
      expect(column).toEqual([...column].sort((a, b) => g.row[a]! - g.row[b]!));
    });
  });

  it('counts workload as distinct items per unit and units per item in the marginal bars', () => {
    const layout = heatmapLayout(inc);
    const justice = layout.columns.find((c) => c.name === '区司法局')!;
    expect(justice.workload).toBe(layout.cells.filter((c) => c.unit === justice.unit).length);
    const bar = layout.marginals.columns[justice.index]!;
    expect(bar.value).toBe(justice.workload);
    expect(layout.marginals.rowMax).toBe(Math.max(...layout.rows.map((r) => r.units)));
    const longest = layout.marginals.columns.find((b) => b.value === layout.marginals.columnMax)!;
    expect(longest.h).toBe(layout.barSize);
  });

  it('merges a unit listed twice on an item into one cell where a written lead wins', () => {
    const layout = heatmapLayout(incidence(heatmapScenarios.roles!.plan()));
    const pair = layout.cells.filter((c) => c.item === 'i1' && c.unit === 'u2');
    expect(pair).toEqual([expect.objectContaining({ role: 'lead', inferred: true })]);
    expect(layout.cells.find((c) => c.item === 'i1' && c.unit === 'u1')).toMatchObject({
      role: 'lead',
      inferred: false,
    });
  });

  it('keeps an item without units as an empty row and a unit without items as an empty column', () => {
    const a = heatmapLayout(incidence(heatmapScenarios['item-without-units']!.plan()));
    expect(a.rows.map((r) => r.units)).toEqual([1, 0]);
    const b = heatmapLayout(incidence(heatmapScenarios['unit-without-items']!.plan()));
    expect(b.columns.map((c) => c.workload)).toEqual([1, 0]);
    expect(b.marginals.columns[1]!.h).toBe(0);
  });

  it('puts items outside any section under a heading of their own, after the sections they follow', () => {
    const layout = heatmapLayout(incidence(heatmapScenarios.roles!.plan()));
    expect(layout.sectionBands.map((b) => [b.section, b.rowStart, b.rowEnd])).toEqual([
      ['s1', 0, 2],
      [null, 2, 3],
    ]);
    expect(layout.rows[2]!.section).toBeNull();
  });

  it('orders rows within their section and columns globally', () => {
    const order = heatmapOrder(inc, 'workload');
    const layout = heatmapLayout(inc, { order });
    const loads = layout.columns.map((c) => c.workload);
    expect(loads).toEqual([...loads].sort((a, b) => b - a));
    for (const band of layout.sectionBands) {
      const units = layout.rows.slice(band.rowStart, band.rowEnd).map((r) => r.units);
      expect(units).toEqual([...units].sort((a, b) => b - a));
    }
    const flat = heatmapLayout(inc, { order, groupBySection: false });
    expect(flat.sectionBands).toEqual([]);
    expect(flat.rows.map((r) => r.index)).toEqual(order.items);
  });

  it('with the top-level section as heading, shows a combined plan by plan', () => {
    const earlier: Plan = {
      items: [
        { id: 'i1', title: 'a' },
        { id: 'i2', title: 'b' },
      ],
      units: [{ id: 'u1', name: '区司法局' }],
      assignments: [
        { item: 'i1', unit: 'u1', role: 'lead' },
        { item: 'i2', unit: 'u1', role: 'member' },
      ],
    };
    const combined = combinePlans([
      { plan, name: '2020' },
      { plan: earlier, name: '2019' },
    ]).plan;
    const inc2 = incidence(combined);
    const byPlan = heatmapLayout(inc2, { sectionLevel: 'top' });
    expect(byPlan.sectionBands.map((b) => [b.title, b.rowEnd - b.rowStart])).toEqual([
      ['2020', 17],
      ['2019', 2],
    ]);
    // by each item's own section: the founding plan's four parts, then the plan without sections
    const bySection = heatmapLayout(inc2);
    expect(bySection.sectionBands).toHaveLength(5);
    expect(bySection.sectionBands.at(-1)!.title).toBe('2019');
  });

  it('cuts long names with an ellipsis and keeps the full name', () => {
    const layout = heatmapLayout(incidence(heatmapScenarios.roles!.plan()), { columnLabelEm: 6 });
    const col = layout.columns.find((c) => c.unit === 'u3')!;
    expect(col.name).toBe('上海市徐汇区人民政府办公室法制工作科');
    expect(col.label.endsWith('…')).toBe(true);
    expect(col.label.length).toBeLessThan(col.name.length);
  });

  it('gives metric colours a 0–1 position and role colours none', () => {
    const p = syntheticHeatmapPlan(12, 8, 3);
    const metric = heatmapLayout(incidence(p), { color: 'workload' });
    expect(Math.max(...metric.cells.map((c) => c.t))).toBe(1);
    expect(metric.cells.every((c) => c.t > 0 && c.t <= 1)).toBe(true);
    expect(heatmapLayout(incidence(p)).cells.every((c) => c.t === 0)).toBe(true);
  });

  it('is deterministic and rounds every number to 0.01', () => {
    const a = heatmapLayout(inc, { order: heatmapOrder(inc, 'seriation'), cellSize: 13 });
    const b = heatmapLayout(incidence(structuredClone(plan)), {
      order: heatmapOrder(inc, 'seriation'),
      cellSize: 13,
    });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    const numbers = JSON.stringify(a).match(/-?\d+\.\d+/g) ?? [];
    expect(numbers.every((n) => (n.split('.')[1] ?? '').length <= 2)).toBe(true);
  });

  it('widens columns to a given width: cells, bars, hits and figures follow; rows keep the cell size', async () => {
    const { heatmapHit } = await import('./heatmap.mark.js');
    const square = heatmapLayout(inc, { cellSize: 20 });
    const wide = heatmapLayout(inc, { cellSize: 20, columnWidth: 50 });
    expect(wide.columnWidth).toBe(50);
    expect(wide.regions.matrix.w).toBe(15 * 50);
    expect(wide.width - square.width).toBe(15 * 30);
    expect(wide.rows.map((r) => r.h)).toEqual(square.rows.map((r) => r.h));
    for (const [k, c] of wide.cells.entries()) {
      const col = wide.columns[c.column]!;
      expect([c.x, c.w, c.h]).toEqual([
        col.x + wide.inset,
        50 - 2 * wide.inset,
        20 - 2 * wide.inset,
      ]);
      // the middle of a cell and its right edge hit the cell, not the next column
      expect(heatmapHit(wide, col.x + 49, c.y + 5)).toEqual({ kind: 'cell', index: k });
    }
    for (const [c, bar] of wide.marginals.columns.entries()) {
      expect(bar.w).toBe(50 - 2 * wide.inset);
      expect(bar.tx).toBe(wide.columns[c]!.x + 25);
    }
    // out of range: never narrower than a cell, never more than four cells wide
    expect(heatmapLayout(inc, { cellSize: 20, columnWidth: 5 }).columnWidth).toBe(20);
    expect(heatmapLayout(inc, { cellSize: 20, columnWidth: 500 }).columnWidth).toBe(80);
    expect(heatmapLayout(inc, { cellSize: 20 }).columnWidth).toBe(20);
  });

  it('widens columns to fill a width: an equal share of what square columns leave, less a font size', () => {
    const square = heatmapLayout(inc, { cellSize: 20 });
    // 15 columns, 12 px font: 7 px more per column, and 14 px over that are not enough for 8
    const fill = square.width + 12 + 15 * 7 + 14;
    const filled = heatmapLayout(inc, { cellSize: 20, fillWidth: fill });
    expect(filled.columnWidth).toBe(27);
    expect(filled.width).toBe(square.width + 15 * 7);
    expect(JSON.stringify(filled)).toBe(
      JSON.stringify(heatmapLayout(inc, { cellSize: 20, columnWidth: 27 })),
    );
    // never narrower than a cell nor wider than four; a set columnWidth wins
    expect(heatmapLayout(inc, { cellSize: 20, fillWidth: 100 }).columnWidth).toBe(20);
    expect(heatmapLayout(inc, { cellSize: 20, fillWidth: 1e5 }).columnWidth).toBe(80);
    expect(heatmapLayout(inc, { cellSize: 20, fillWidth: fill, columnWidth: 30 }).columnWidth).toBe(
      30,
    );
  });

  it('rejects an order that is not a permutation, naming the option', () => {
    expect(() => heatmapLayout(inc, { order: { items: [0, 0], units: [] } })).toThrow(
      /heatmapLayout: order.items/,
    );
    expect(() => heatmapLayout(inc, { color: 'rainbow' as never })).toThrow(/heatmapLayout: color/);
  });

  it('lays out 3,000 items × 500 units with every cell', () => {
    const big = incidence(syntheticHeatmapPlan(3000, 500));
    const layout = heatmapLayout(big, { cellSize: 6 });
    expect(layout.grid.count).toBe(distinctAssignments(big).count);
    expect(layout.rows).toHaveLength(3000);
    expect(layout.rows.at(-1)!.cellEnd).toBe(layout.grid.count);
  });
});

describe('heatmap SVG snapshots', () => {
  it('founding plan in document order', () => snapshot('founding-document', plan));
  it('founding plan by workload', () =>
    snapshot('founding-workload', plan, { order: heatmapOrder(inc, 'workload') }));
  it('founding plan by seriation', () =>
    snapshot('founding-seriation', plan, { order: heatmapOrder(inc, 'seriation') }));
  for (const [name, scenario] of Object.entries(heatmapScenarios)) {
    it(`scenario ${name}`, () => {
      const p = scenario.plan();
      const i = incidence(p);
      return snapshot(name, p, {
        order: heatmapOrder(i, scenario.sort ?? 'document'),
        color: scenario.color ?? 'role',
      });
    });
  }
});

describe('heatmapSVG', () => {
  it('writes hostile names as escaped text and nothing else', () => {
    const p = heatmapScenarios['hostile-names']!.plan();
    const svg = heatmapSVG(heatmapScene(heatmapLayout(incidence(p)), { title: p.meta!.title! }));
    expect(svg).not.toMatch(/<img|<svg onload|<style|<script/i);
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(svg).toContain('&lt;/style&gt;&lt;style&gt;*{display:none}&lt;/style&gt;');
    expect(svg.includes('\u0000') || svg.includes('\ud800')).toBe(false);
  });

  it('tags every cell with data-item and data-unit', () => {
    const svg = heatmapSVG(heatmapScene(heatmapLayout(inc)));
    expect(
      svg.match(/<rect data-item="i\d+" data-unit="u\d+" data-role="(lead|member)"/g),
    ).toHaveLength(45);
  });

  it('draws the title and a legend naming the roles the matrix shows, and no other', () => {
    // the founding plan writes no lead: its legend names members only
    const svg = heatmapSVG(
      heatmapScene(heatmapLayout(inc), { title: plan.meta!.title!, lang: 'en' }),
    );
    expect(svg).toContain('<title>2020年上海市徐汇区法治政府建设工作要点与责任分工</title>');
    expect(svg).toContain('>member<');
    for (const word of ['>lead<', '>lead (inferred)<']) expect(svg).not.toContain(word);
    // with a written lead and an inferred one, all three
    const led = incidence(LED_PLAN);
    const all = heatmapSVG(heatmapScene(heatmapLayout(led), { title: 't', lang: 'en' }));
    for (const word of ['>lead<', '>lead (inferred)<', '>member<']) expect(all).toContain(word);
  });
});

describe('corrected items', () => {
  const corrected: Plan = {
    ...plan,
    items: plan.items.map((i) => (i.id === 'i3' ? { ...i, title: `${i.title}（已核对）` } : i)),
    corrections: [
      { kind: 'item-title', at: '2026-12-07T00:00:00.000Z', item: 'i3', before: 'a', after: 'b' },
      { kind: 'rename-unit', at: '2026-12-07T00:01:00.000Z', unit: 'u2', before: 'c', after: 'd' },
    ],
  };

  it('mark the rows of the items a person corrected, and only those, before their label', () => {
    const layout = heatmapLayout(incidence(corrected));
    const marked = layout.rows.filter((r) => r.label.startsWith(CORRECTED_MARK));
    expect(marked.map((r) => r.item)).toEqual(['i3']);
    expect(layout.rows.filter((r) => r.corrected).map((r) => r.item)).toEqual(['i3']);
    // the title stays as written, for the tooltip and the table
    expect(marked[0]!.title.startsWith(CORRECTED_MARK)).toBe(false);
    expect(heatmapLayout(inc).rows.some((r) => r.corrected || r.label.startsWith('*'))).toBe(false);
  });

  it('say what the mark means in the exported legend, only when a row carries it', () => {
    const svg = heatmapSVG(heatmapScene(heatmapLayout(incidence(corrected)), { lang: 'zh-CN' }));
    expect(svg).toContain('>已更正</text>');
    expect(heatmapSVG(heatmapScene(heatmapLayout(inc), { lang: 'zh-CN' }))).not.toContain('已更正');
    expect(heatmapSVG(heatmapScene(heatmapLayout(incidence(corrected)), { lang: 'en' }))).toContain(
      '>corrected</text>',
    );
  });
});
