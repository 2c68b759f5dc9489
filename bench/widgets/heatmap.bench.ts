// The heatmap half of the widget benchmark: the same synthetic plans drawn by
// <remit-heatmap>, by Remit's layout and painter over every cell, by an ECharts
// heatmap series (canvas renderer) and by a bare Canvas2D fillRect loop.
import { HeatmapChart } from 'echarts/charts';
import { GridComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { incidence, type Plan } from '@remit/core/model';
import '../../packages/widgets/src/heatmap/define.js';
import { paintHeatmap } from '../../packages/widgets/src/heatmap/heatmap.canvas.js';
import { heatmapLayout } from '../../packages/widgets/src/heatmap/heatmap.layout.js';
import { LIGHT_PALETTE } from '../../packages/widgets/src/heatmap/heatmap.palette.js';
import { heatmapScene } from '../../packages/widgets/src/heatmap/heatmap.scene.js';
import { syntheticHeatmapPlan } from '../../packages/widgets/src/heatmap/heatmap.scenarios.js';
import { fresh, H, painted, stage, W } from './stage.js';

echarts.use([HeatmapChart, GridComponent, VisualMapComponent, CanvasRenderer]);

const SIZES = {
  '20×15': [20, 15],
  '200×60': [200, 60],
  '1000×200': [1000, 200],
  '3000×500': [3000, 500],
} as const;
type Size = keyof typeof SIZES;
const plans = new Map<string, Plan>();

function planOf(size: string): Plan {
  let plan = plans.get(size);
  if (!plan) {
    const [items, units] = SIZES[size as Size];
    plans.set(size, (plan = syntheticHeatmapPlan(items, units)));
  }
  return plan;
}

function canvasIn(box: HTMLElement): CanvasRenderingContext2D {
  const canvas = document.createElement('canvas');
  canvas.width = W;
  canvas.height = H;
  box.append(canvas);
  return canvas.getContext('2d')!;
}

async function remit(plan: Plan, renderer: 'auto' | 'canvas' = 'auto') {
  const box = await fresh();
  const t0 = performance.now();
  const el = document.createElement('remit-heatmap');
  el.renderer = renderer;
  el.data = plan;
  box.append(el);
  // The first update draws everything on screen; the visually hidden data table follows when the
  // browser is idle, after the painted frame, and renderComplete waits for it too.
  await el.updateComplete;
  await painted();
  const ms = performance.now() - t0;
  await el.renderComplete;
  return { ms, cells: el.layout!.grid.count };
}

async function remitPaint(plan: Plan) {
  const box = await fresh();
  const t0 = performance.now();
  const layout = heatmapLayout(incidence(plan), { cellSize: 16 });
  const ctx = canvasIn(box);
  const s = Math.min(W / layout.width, H / layout.height);
  ctx.setTransform(s, 0, 0, s, 0, 0);
  const cells = paintHeatmap(ctx, layout, heatmapScene(layout, { palette: LIGHT_PALETTE }), {
    left: 0,
    top: 0,
    width: layout.width,
    height: layout.height,
  });
  await painted();
  return { ms: performance.now() - t0, cells };
}

async function floor(plan: Plan) {
  const box = await fresh();
  const t0 = performance.now();
  const rowOf = new Map(plan.items.map((item, i) => [item.id, i]));
  const colOf = new Map(plan.units.map((unit, u) => [unit.id, u]));
  const ctx = canvasIn(box);
  const cw = W / plan.units.length;
  const ch = H / plan.items.length;
  let cells = 0;
  for (const [role, color] of [
    ['lead', LIGHT_PALETTE.lead],
    ['member', LIGHT_PALETTE.member],
  ] as const) {
    ctx.fillStyle = color;
    for (const a of plan.assignments) {
      if (a.role !== role) continue;
      ctx.fillRect(colOf.get(a.unit)! * cw, rowOf.get(a.item)! * ch, cw, ch);
      cells++;
    }
  }
  await painted();
  return { ms: performance.now() - t0, cells };
}

async function chart(plan: Plan) {
  const box = await fresh();
  const t0 = performance.now();
  const rowOf = new Map(plan.items.map((item, i) => [item.id, i]));
  const colOf = new Map(plan.units.map((unit, u) => [unit.id, u]));
  const data = plan.assignments.map((a) => [
    colOf.get(a.unit)!,
    rowOf.get(a.item)!,
    a.role === 'lead' ? 2 : 1,
  ]);
  const instance = echarts.init(box, null, { renderer: 'canvas', width: W, height: H });
  const finished = new Promise<void>((resolve) => instance.on('finished', () => resolve()));
  instance.setOption({
    animation: false,
    grid: { left: 160, right: 20, top: 20, bottom: 120 },
    xAxis: { type: 'category', data: plan.units.map((u) => u.name), axisLabel: { rotate: 90 } },
    yAxis: { type: 'category', data: plan.items.map((i) => i.title), inverse: true },
    visualMap: {
      type: 'piecewise',
      show: false,
      dimension: 2,
      pieces: [
        { value: 1, color: LIGHT_PALETTE.member },
        { value: 2, color: LIGHT_PALETTE.lead },
      ],
    },
    series: [{ type: 'heatmap', data }],
  });
  await finished;
  await painted();
  const ms = performance.now() - t0;
  instance.dispose();
  return { ms, cells: data.length };
}

const libs = { remit, 'remit-paint': remitPaint, echarts: chart, canvas2d: floor };

window.remitBench = {
  title: 'Heatmap: items × units, ~15% filled, time to a painted frame',
  notes: [
    'Remit: <remit-heatmap> from `data` to the first painted frame: plan check, incidence, layout, summary, legend, and the canvas (above 1,000 assignments) or SVG; the canvas paints the visible window (16 px cells) and scrolls. The visually hidden data table is built after that frame, when the browser is idle, and is not timed (`renderComplete` waits for it). The warm-up draws the smallest plan in both modes.',
    'Remit full paint: heatmapLayout + heatmapScene + paintHeatmap over every cell, scaled into one 1200×800 canvas (the same picture size as the others); from 200×60 up that scale makes names and figures smaller than 6 device px, and paintHeatmap leaves them out (as the layout leaves out text under 6 px).',
    'ECharts 6 heatmap series, canvas renderer, default options, animation off: setOption until the `finished` event.',
    'Canvas2D floor: plan ids → row/column, then one fillRect per assignment into a 1200×800 canvas, fill colour set once per role.',
  ],
  sizes: [
    { id: '20×15', reps: 9 },
    { id: '200×60', reps: 7 },
    { id: '1000×200', reps: 5 },
    { id: '3000×500', reps: 5 },
  ],
  libs: [
    { id: 'remit', label: 'Remit' },
    { id: 'remit-paint', label: 'Remit full paint' },
    { id: 'echarts', label: 'ECharts', reps: { '3000×500': 1 } },
    { id: 'canvas2d', label: 'Canvas2D floor', baseline: true },
  ],
  async warmUp() {
    planOf('20×15');
    for (const run of Object.values(libs)) await run(planOf('20×15'));
    // the element draws the larger sizes on a canvas: that path warms up too
    await remit(planOf('20×15'), 'canvas');
    stage.replaceChildren();
  },
  run(size: string, lib: string) {
    const plan = planOf(size);
    return libs[lib as keyof typeof libs](plan);
  },
};
