// The network half of the widget benchmark: the unit co-responsibility network
// of the same synthetic plans drawn by <remit-network>, by an ECharts graph
// series with force layout, and by d3-force with plain SVG (the baseline).
import { GraphChart } from 'echarts/charts';
import { LabelLayout } from 'echarts/features';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
// d3-force is a dependency of the widgets package, not of the workspace root: run.mjs and
// bench/tsconfig.json resolve it to the widgets' own copy (the one Remit's layout runs on).
import {
  forceCenter,
  forceLink,
  forceManyBody,
  forceSimulation,
  type SimulationNodeDatum,
} from 'd3-force';
import { incidence, type Plan } from '@remit/core/model';
import { syntheticPlan as benchPlan } from '../synthetic-plan.js';
import '../../packages/widgets/src/network/define.js';
import { LIGHT_CATEGORIES } from '../../packages/widgets/src/network/network.palette.js';
import { syntheticPlan } from '../../packages/widgets/src/network/synthetic-plan.js';
import {
  layoutTicks,
  networkLayout,
  type NetworkPositions,
} from '../../packages/widgets/src/network/network.layout.js';
import type { NetworkModel } from '../../packages/widgets/src/network/network.model.js';
import { networkScene } from '../../packages/widgets/src/network/network.scene.js';
import { networkSVG } from '../../packages/widgets/src/network/network.svg.js';
import { networkView } from '../../packages/widgets/src/network/network.view.js';
import { unitNetwork } from '../../packages/widgets/src/network/unit-network.js';
import { fresh, H, painted, stage, W } from './stage.js';

echarts.use([GraphChart, LabelLayout, CanvasRenderer]);

/**
 * The plan of each size. Up to 500 units and in "2,000 dense": about 15% of
 * units on an average item, so big plans are dense (500 units: ~125,000 ties).
 * "2,000 units": shaped like the metrics bench's plans (10,000 items, about 5
 * units an item, Zipf-popular units); "2,000 wide": the same plan with 3 more
 * items that each name all 2,000 units, like a group expanded to its members.
 */
const SIZES: Record<string, () => Plan> = {
  '15 units': () => syntheticPlan({ items: 20, units: 15, fill: 0.15, seed: 1 }),
  '60 units': () => syntheticPlan({ items: 200, units: 60, fill: 0.15, seed: 1 }),
  '200 units': () => syntheticPlan({ items: 1000, units: 200, fill: 0.15, seed: 1 }),
  '500 units': () => syntheticPlan({ items: 3000, units: 500, fill: 0.15, seed: 1 }),
  '2,000 units': () => benchPlan({ items: 10_000, units: 2000, unitsPerItem: 5, seed: 1 }),
  '2,000 wide': () =>
    namingAll(benchPlan({ items: 10_000, units: 2000, unitsPerItem: 5, seed: 1 }), 3),
  '2,000 dense': () => syntheticPlan({ items: 6000, units: 2000, fill: 0.15, seed: 1 }),
};

/** `plan` with `count` more items, each naming every unit of the plan. */
function namingAll(plan: Plan, count: number): Plan {
  const items = [...plan.items];
  const assignments = [...plan.assignments];
  for (let k = 1; k <= count; k++) {
    const item = `all${k}`;
    items.push({ id: item, title: `全体单位${k}`, label: `附${k}.` });
    for (const unit of plan.units) assignments.push({ item, unit: unit.id, role: 'member' });
  }
  return { ...plan, items, assignments };
}
const SVG_NS = 'http://www.w3.org/2000/svg';

/** What the baselines draw: Remit's own nodes and default ties, computed once per page (untimed). */
interface Drawn {
  plan: Plan;
  model: NetworkModel;
  /** Remit's layout of the model (untimed; for the label placement alone) */
  positions?: NetworkPositions;
  /** the ticks Remit's layout runs for this graph; the baseline runs as many */
  ticks: number;
  nodes: { id: string; name: string; r: number; group: number }[];
  links: { source: number; target: number; weight: number }[];
  ties: number;
}
const cache = new Map<string, Drawn>();

function drawnOf(size: string): Drawn {
  let d = cache.get(size);
  if (!d) {
    const plan = SIZES[size]!();
    const model = unitNetwork(incidence(plan));
    d = {
      plan,
      model,
      nodes: model.nodes.map((n) => ({ id: n.id, name: n.name, r: n.radius, group: n.community })),
      links: model.backbone.map((k) => ({
        source: model.tieTable.source[k]!,
        target: model.tieTable.target[k]!,
        weight: model.tieTable.weight[k]!,
      })),
      ties: model.tieTable.count,
      ticks: layoutTicks(model.layout),
    };
    cache.set(size, d);
  }
  return d;
}

/** Resolves in the update that puts the network's picture into `el`'s shadow root. */
function pictureDrawn(el: HTMLElement): Promise<void> {
  const drawn = () => el.shadowRoot?.querySelector('svg.network') != null;
  if (drawn()) return Promise.resolve();
  return new Promise((resolve) => {
    const watch = new MutationObserver(() => {
      if (!drawn()) return;
      watch.disconnect();
      resolve();
    });
    watch.observe(el.shadowRoot!, { childList: true, subtree: true });
  });
}

async function remit(d: Drawn) {
  const box = await fresh();
  const t0 = performance.now();
  const el = document.createElement('remit-network');
  el.setAttribute('height', String(H - 120));
  el.data = d.plan;
  box.append(el);
  // The update that draws the picture (at once, or once the layout worker is done); the
  // visually hidden data table follows when the browser is idle, and renderComplete waits
  // for it too.
  await pictureDrawn(el);
  await painted();
  const ms = performance.now() - t0;
  await el.renderComplete;
  const marks = el.shadowRoot!.querySelectorAll('.node, line').length;
  el.remove();
  return { ms, cells: marks };
}

async function remitAnalysis(d: Drawn) {
  await fresh();
  const t0 = performance.now();
  const model = unitNetwork(incidence(d.plan));
  return { ms: performance.now() - t0, cells: model.nodes.length + model.backbone.length };
}

async function remitDraw(d: Drawn) {
  const box = await fresh();
  const t0 = performance.now();
  const positions = networkLayout(d.model.layout);
  const view = networkView(d.model, positions, { width: W, height: H, shown: d.model.backbone });
  const doc = new DOMParser().parseFromString(
    networkSVG(networkScene(d.model, view)),
    'image/svg+xml',
  );
  box.append(document.importNode(doc.documentElement, true));
  await painted();
  return { ms: performance.now() - t0, cells: view.nodes.length + view.ties.length };
}

async function remitLabels(d: Drawn) {
  await fresh();
  d.positions ??= networkLayout(d.model.layout);
  const t0 = performance.now();
  const view = networkView(d.model, d.positions, { width: W, height: H, shown: d.model.backbone });
  const ms = performance.now() - t0;
  return { ms, cells: view.nodes.filter((n) => n.place.visible).length };
}

async function d3Svg(d: Drawn) {
  const box = await fresh();
  const t0 = performance.now();
  type Node = SimulationNodeDatum & { r: number; name: string };
  const nodes: Node[] = d.nodes.map((n) => ({ r: n.r, name: n.name }));
  const links: { source: number | Node; target: number | Node }[] = d.links.map((l) => ({
    source: l.source,
    target: l.target,
  }));
  forceSimulation(nodes)
    .force('link', forceLink(links))
    .force('charge', forceManyBody())
    .force('center', forceCenter(W / 2, H / 2))
    .stop()
    .tick(d.ticks);
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('width', String(W));
  svg.setAttribute('height', String(H));
  for (const l of links) {
    // forceLink replaced the indexes with the node objects.
    const a = l.source as Node;
    const b = l.target as Node;
    const line = document.createElementNS(SVG_NS, 'line');
    line.setAttribute('x1', String(a.x));
    line.setAttribute('y1', String(a.y));
    line.setAttribute('x2', String(b.x));
    line.setAttribute('y2', String(b.y));
    line.setAttribute('stroke', '#999');
    svg.append(line);
  }
  d.nodes.forEach((n, i) => {
    const c = document.createElementNS(SVG_NS, 'circle');
    c.setAttribute('cx', String(nodes[i]!.x));
    c.setAttribute('cy', String(nodes[i]!.y));
    c.setAttribute('r', String(n.r));
    c.setAttribute('fill', LIGHT_CATEGORIES[Math.max(0, Math.min(n.group, 7))]!);
    const t = document.createElementNS(SVG_NS, 'text');
    t.setAttribute('x', String(nodes[i]!.x! + n.r + 3));
    t.setAttribute('y', String(nodes[i]!.y));
    t.setAttribute('font-size', '12');
    t.textContent = n.name;
    svg.append(c, t);
  });
  box.append(svg);
  await painted();
  return { ms: performance.now() - t0, cells: nodes.length + links.length };
}

async function chart(d: Drawn) {
  const box = await fresh();
  const t0 = performance.now();
  const instance = echarts.init(box, null, { renderer: 'canvas', width: W, height: H });
  const finished = new Promise<void>((resolve) => instance.on('finished', () => resolve()));
  instance.setOption({
    animation: false,
    series: [
      {
        type: 'graph',
        layout: 'force',
        // Runs the force layout to its end at once (no per-frame steps), so `finished` means stable.
        force: { layoutAnimation: false, repulsion: 60, edgeLength: 40, gravity: 0.1 },
        roam: true,
        data: d.nodes.map((n) => ({
          name: n.id,
          value: n.name,
          symbolSize: 2 * n.r,
          itemStyle: { color: LIGHT_CATEGORIES[Math.max(0, Math.min(n.group, 7))] },
          label: { show: true, position: 'right', formatter: n.name, fontSize: 12 },
        })),
        links: d.links.map((l) => ({ source: l.source, target: l.target })),
        lineStyle: { color: '#999' },
        labelLayout: { hideOverlap: true },
      },
    ],
  });
  await finished;
  await painted();
  const ms = performance.now() - t0;
  instance.dispose();
  return { ms, cells: d.nodes.length + d.links.length };
}

const libs = {
  remit,
  analysis: remitAnalysis,
  draw: remitDraw,
  labels: remitLabels,
  echarts: chart,
  d3: d3Svg,
};

window.remitBench = {
  title:
    'Network: unit co-responsibility graph of dense plans (~15% of units per item), time to a painted frame',
  notes: [
    'Plans: synthetic. 15/60/200/500 units and "2,000 dense": 20/200/1,000/3,000/6,000 items, ~15% of units an item; ties in the full graph: 31, 1,626, 19,900, 124,750 and 1,999,000. "2,000 units": 10,000 items, ~5 units an item, Zipf-popular units (60,117 ties); "2,000 wide": the same plus 3 items naming all 2,000 units (1,999,000 ties).',
    "Remit: <remit-network> from `data` to the painted frame that shows the picture: plan check, incidence, core co-responsibility ties (counted into typed columns), backbone, Louvain communities, each unit's items and leads, seeded force layout (d3-force's simulation with Remit's typed-array many-body and collision forces, which give d3's positions byte for byte; layoutTicks: 200 ticks up to 500 units, 100 at 2,000; in a worker once nodes + ties reach 400, the summary drawn meanwhile), label placement, SVG, legend and summary; the visually hidden data table follows when the browser is idle after that frame (as the heatmap's; renderComplete waits for it) and is not timed. \"cells\" = drawn nodes + ties.",
    'The layout worker is kept between layouts (one idle worker a page): the page is reloaded for each size, so the first repetition of a size that lays out in a worker starts a fresh worker and the later ones reuse it (at 2,000 dense, one repetition, it is fresh).',
    "Remit analysis: the core part alone (unitNetwork: coResponsibilityTieTable, backboneOfTieTable, communitiesOfTieTable, each unit's items and leads), no layout, no drawing.",
    "Remit layout + SVG: the same precomputed nodes and ties the baseline gets, Remit's seeded layout (its own tick count, main thread), label placement and its SVG (networkScene written by networkSVG, parsed and appended).",
    'Remit labels: the view step alone (fitting, tie widths and label placement, networkView) on a finished layout; "cells" = labels placed.',
    'ECharts 6 graph series, force layout with layoutAnimation off (runs to its stable state at once), canvas renderer, labels with hideOverlap, animation off: setOption until `finished`.',
    "d3-force + SVG (baseline): the nodes and ties Remit draws, given precomputed (no analysis), d3-force defaults (link, many-body, centre) run synchronously for as many ticks as Remit's layout runs (equal work), then one SVG line per tie and a circle and a text per node.",
  ],
  sizes: [
    { id: '15 units', reps: 9 },
    { id: '60 units', reps: 7 },
    { id: '200 units', reps: 5 },
    { id: '500 units', reps: 3 },
    { id: '2,000 units', reps: 3 },
    { id: '2,000 wide', reps: 3 },
    { id: '2,000 dense', reps: 1 },
  ],
  libs: [
    { id: 'remit', label: 'Remit' },
    { id: 'analysis', label: 'Remit analysis' },
    { id: 'draw', label: 'Remit layout + SVG' },
    { id: 'labels', label: 'Remit labels' },
    // left out at 2,000 units to keep the run short
    {
      id: 'echarts',
      label: 'ECharts',
      reps: { '2,000 units': 0, '2,000 wide': 0, '2,000 dense': 0 },
    },
    { id: 'd3', label: 'd3-force + SVG', baseline: true },
  ],
  async warmUp() {
    for (const run of Object.values(libs)) await run(drawnOf('15 units'));
    stage.replaceChildren();
  },
  run(size: string, lib: string) {
    return libs[lib as keyof typeof libs](drawnOf(size));
  },
};
