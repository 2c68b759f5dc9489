import { incidence, type Plan } from '@remit/core/model';
import { describe, expect, it } from 'vitest';
import founding from '../../../core/data/xuhui-2020-fazhi.json' with { type: 'json' };
import { sceneText } from '../../test/node/scene-text.js';
import { heatmapLayout } from './heatmap.layout.js';
import { heatmapOrder } from './heatmap.order.js';
import { DARK_PALETTE, LIGHT_PALETTE, rampFill } from './heatmap.palette.js';
import { heatmapScenarios } from './heatmap.scenarios.js';
import { heatmapScene } from './heatmap.scene.js';

const roles = heatmapScenarios.roles!.plan();

/** The scene of a plan as the export draws it: its title, the light palette, in Chinese. */
function scenarioScene(name: string, p: Plan, options: Parameters<typeof heatmapLayout>[1] = {}) {
  return heatmapScene(heatmapLayout(incidence(p), options), {
    title: p.meta?.title ?? name,
    lang: 'zh-CN',
  });
}

describe('heatmapScene', () => {
  it('draws leads filling their slot less the inset, members a fifth smaller, in their role colours', () => {
    const { cells } = heatmapScene(heatmapLayout(incidence(roles)));
    const p = LIGHT_PALETTE;
    expect(cells.fills).toEqual([p.member, p.lead, p.inferredLead]);
    // 20 px slots: columns from x = 168, rows of the first section from y = 202; a lead is
    // inset 1 px (18 px square), a member a further 18 / 5 = 3.6 px (10.8 px square)
    expect(cells.marks).toEqual([
      {
        item: 'i1',
        unit: 'u1',
        role: 'lead',
        inferred: false,
        x: 169,
        y: 203,
        w: 18,
        h: 18,
        fill: p.lead,
      },
      {
        item: 'i1',
        unit: 'u2',
        role: 'lead',
        inferred: true,
        x: 189,
        y: 203,
        w: 18,
        h: 18,
        fill: p.inferredLead,
      },
      {
        item: 'i2',
        unit: 'u2',
        role: 'lead',
        inferred: true,
        x: 189,
        y: 223,
        w: 18,
        h: 18,
        fill: p.inferredLead,
      },
      {
        item: 'i2',
        unit: 'u3',
        role: 'member',
        inferred: false,
        x: 212.6,
        y: 226.6,
        w: 10.8,
        h: 10.8,
        fill: p.member,
      },
      // the third item is under the heading of items outside any section (at 242): row 262
      {
        item: 'i3',
        unit: 'u3',
        role: 'member',
        inferred: false,
        x: 212.6,
        y: 266.6,
        w: 10.8,
        h: 10.8,
        fill: p.member,
      },
    ]);
    expect(cells.count).toBe(5);
  });

  it('visits the cells of a window as `marks` builds them, and no others', () => {
    const inc = incidence(founding as Plan);
    const { cells } = heatmapScene(heatmapLayout(inc));
    const layout = heatmapLayout(inc);
    const seen: string[] = [];
    cells.each(4, 12, 0, 7, (x, y, w, h, fill, hatched, k) =>
      seen.push(`${k} ${x} ${y} ${w} ${h} ${cells.fills[fill]} ${hatched}`),
    );
    const expected = cells.marks
      .map((c, k) => ({ c, k }))
      .filter(({ k }) => {
        const r = layout.grid.row[k]!;
        const col = layout.grid.column[k]!;
        return r >= 4 && r < 12 && col <= 7;
      })
      .map(({ c, k }) => `${k} ${c.x} ${c.y} ${c.w} ${c.h} ${c.fill} ${c.inferred}`);
    expect(expected.length).toBeGreaterThan(3);
    expect(expected.length).toBeLessThan(cells.count);
    expect(seen).toEqual(expected);
  });

  it('colours cells by the ramp step of their metric when coloured by one', () => {
    const p = DARK_PALETTE;
    const scene = heatmapScene(heatmapLayout(incidence(roles), { color: 'workload' }), {
      palette: p,
    });
    expect(scene.cells.fills).toEqual([0, 1, 2, 3, 4].map((s) => rampFill(p, s)));
    // u1 is on one item, u2 and u3 on two: the top step (4) for theirs, and for u1's
    // ⌈(1 / 2) × 5⌉ − 1 = 2
    expect(scene.cells.marks.map((c) => scene.cells.fills.indexOf(c.fill))).toEqual([
      2, 4, 4, 4, 4,
    ]);
  });

  it('takes every colour from the palette it is given', () => {
    const p = DARK_PALETTE;
    const scene = heatmapScene(heatmapLayout(incidence(roles)), { palette: p });
    expect(scene).toMatchObject({ background: p.background, fill: p.text, font: p.font });
    expect(scene.hatch.fill).toBe(p.background);
    expect(scene.bands.stroke).toBe(p.grid);
    expect(scene.rows.fill).toBe(p.surface);
    expect(scene.bars).toMatchObject({ lead: p.lead, text: p.muted });
    expect(scene.legend[0]!.marks[0]).toMatchObject({ fill: p.lead });
  });

  it('puts the title and, under it, the legend above the chart', () => {
    const scene = heatmapScene(heatmapLayout(incidence(roles)), { title: 'roles', lang: 'en' });
    // title 12 × 1.35 ≈ 16 px, its line 16 × 1.4 ≈ 22 px, under a 12 px margin
    expect(scene.heading).toEqual({ fontSize: 16, lines: [{ text: 'roles', x: 12, y: 20 }] });
    // the legend 4 px under the title (12 + 22 + 4); "lead" is 12 × 4 × 0.55 ≈ 27 px wide:
    // swatch 12, gap 4, text 27, then a gap of 12 → the next entry at 12 + 43 + 12 = 67
    const [lead, inferred] = scene.legend;
    expect(lead).toEqual({
      x: 12,
      y: 38,
      marks: [
        { x: 0, y: 0, w: 12, h: 12, fill: LIGHT_PALETTE.lead, hatched: undefined },
        { text: 'lead', x: 16, y: 6 },
      ],
    });
    expect(inferred).toMatchObject({ x: 67, y: 38 });
    expect(inferred!.marks[0]).toMatchObject({ hatched: true });
    // the chart 4 px under the legend's last line, 20 px high
    const last = scene.legend.at(-1)!;
    expect(scene.chart).toEqual({ x: 12, y: last.y + 24, width: 280, height: 282 });
    expect(scene.height).toBe(scene.chart.y + 282 + 12);
  });

  it('is at least 240 px wide, with no heading unless given a title', () => {
    const scene = heatmapScene(heatmapLayout(incidence(heatmapScenarios.empty!.plan())));
    expect(scene.width).toBe(240);
    expect(scene.heading.lines).toEqual([]);
    expect(scene.title).toBeUndefined();
  });

  it('keeps names and full titles as given and marks where the section has none', () => {
    const scene = heatmapScene(heatmapLayout(incidence(roles)), { lang: 'en' });
    expect(scene.rows.marks[1]!.label).toEqual({
      text: '2. 加强科创中心建设法治…',
      title: '2. 加强科创中心建设法治保障',
      x: 6,
      y: 232,
    });
    expect(scene.bands.marks.map((b) => [b.text, b.line])).toEqual([
      ['一、服务保障区域中心工作', 182.5],
      ['No section', 242.5],
    ]);
    // the unit's name, one character under another, ending 6 px above the bars' pane
    const runs = scene.columns.marks[0]!.runs;
    expect(runs.map((r) => r.text).join('')).toBe('区发展改革委');
    expect(runs.map((r) => r.y)).toEqual([60, 72, 84, 96, 108, 120]);
    expect(runs.every((r) => r.x === 178 && r.upright)).toBe(true);
    expect(scene.bars.columns[0]).toEqual({
      id: 'u1',
      x: 169,
      y: 162,
      w: 18,
      h: 16,
      lead: { x: 169, y: 162, w: 18, h: 16 },
      figure: { text: '1', x: 178, y: 139 },
    });
  });
});

describe('heatmapScene snapshots of named scenarios', () => {
  it('describes founding-document as committed', async () => {
    await expect(
      sceneText(scenarioScene('founding-document', founding as Plan)) + '\n',
    ).toMatchFileSnapshot('./__snapshots__/founding-document.scene.json');
  });
  for (const [name, scenario] of Object.entries(heatmapScenarios)) {
    it(`describes ${name} as committed`, async () => {
      const p = scenario.plan();
      const scene = scenarioScene(name, p, {
        order: heatmapOrder(incidence(p), scenario.sort ?? 'document'),
        color: scenario.color ?? 'role',
      });
      await expect(sceneText(scene) + '\n').toMatchFileSnapshot(
        `./__snapshots__/${name}.scene.json`,
      );
    });
  }
});
