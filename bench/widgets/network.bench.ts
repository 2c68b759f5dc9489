// The network half of the widget benchmark: the unit co-responsibility network
// of the same dense synthetic plans drawn by <remit-network>, by an ECharts graph
// series with force layout, and by d3-force with plain SVG (the baseline).
import { GraphChart } from 'echarts/charts';
import { LabelLayout } from 'echarts/features';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { SimulationNodeDatum } from 'd3-force';
// d3-force is a dependency of the widgets package, not of the workspace root, so
// the baseline takes the widgets' own copy (the one Remit's layout runs on).
import {
  forceCenter,
  forceLink,
  forceManyBody,
  forceSimulation,
} from '../../packages/widgets/node_modules/d3-force/dist/d3-force.mjs';
import { incidence, type Plan } from '@remit/core/model';
import '../../packages/widgets/src/network/define.js';
import { LIGHT_CATEGORIES } from '../../packages/widgets/src/network/network.palette.js';
import { syntheticPlan } from '../../packages/widgets/src/network/synthetic-plan.js';
import {
  networkLayout,
  type NetworkPositions,
} from '../../packages/widgets/src/network/network.layout.js';
import type { NetworkModel } from '../../packages/widgets/src/network/network.model.js';
import { networkSVG } from '../../packages/widgets/src/network/network.svg.js';
import { networkView } from '../../packages/widgets/src/network/network.view.js';
import { unitNetwork } from '../../packages/widgets/src/network/unit-network.js';

echarts.use([GraphChart, LabelLayout, CanvasRenderer]);

const W = 1200;
const H = 800;
/** units → items; about 15% of units on an average item, so big plans are dense (500 units: ~125,000 ties). */
const SIZES: Record<string, [items: number, units: number]> = {
  '15 units': [20, 15],
  '60 units': [200, 60],
  '200 units': [1000, 200],
  '500 units': [3000, 500],
  '2,000 units': [6000, 2000],
};
const SVG_NS = 'http://www.w3.org/2000/svg';
const stage = document.getElementById('stage')!;

/** What the baselines draw: Remit's own nodes and default ties, computed once per page (untimed). */
interface Drawn {
  plan: Plan;
  model: NetworkModel;
  /** Remit's layout of the model (untimed; for the label placement alone) */
  positions?: NetworkPositions;
  nodes: { id: string; name: string; r: number; group: number }[];
  links: { source: number; target: number; weight: number }[];
  ties: number;
}
const cache = new Map<string, Drawn>();

function drawnOf(size: string): Drawn {
  let d = cache.get(size);
  if (!d) {
    const [items, units] = SIZES[size]!;
    const plan = syntheticPlan({ items, units, fill: 0.15, seed: 1 });
    const model = unitNetwork(incidence(plan));
    d = {
      plan,
      model,
      nodes: model.nodes.map((n) => ({ id: n.id, name: n.name, r: n.radius, group: n.community })),
      links: model.backbone.map((k) => ({ ...model.ties[k]! })),
      ties: model.ties.length,
    };
    cache.set(size, d);
  }
  return d;
}

/** Resolves once the frame holding what was drawn so far has been produced. */
function painted(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

function fresh(): HTMLElement {
  stage.replaceChildren();
  const box = document.createElement('div');
  box.style.setProperty('width', `${W}px`);
  box.style.setProperty('height', `${H}px`);
  stage.append(box);
  return box;
}

async function remit(d: Drawn) {
  const box = fresh();
  const t0 = performance.now();
  const el = document.createElement('remit-network');
  el.setAttribute('height', String(H - 120));
  el.data = d.plan;
  box.append(el);
  await el.renderComplete;
  await painted();
  const ms = performance.now() - t0;
  const marks = el.shadowRoot!.querySelectorAll('.node, line').length;
  el.remove();
  return { ms, cells: marks };
}

async function remitAnalysis(d: Drawn) {
  fresh();
  const t0 = performance.now();
  const model = unitNetwork(incidence(d.plan));
  return { ms: performance.now() - t0, cells: model.nodes.length + model.backbone.length };
}

async function remitDraw(d: Drawn) {
  const box = fresh();
  const t0 = performance.now();
  const positions = networkLayout(d.model.layout);
  const view = networkView(d.model, positions, { width: W, height: H, shown: d.model.backbone });
  const doc = new DOMParser().parseFromString(networkSVG(d.model, view), 'image/svg+xml');
  box.append(document.importNode(doc.documentElement, true));
  await painted();
  return { ms: performance.now() - t0, cells: view.nodes.length + view.ties.length };
}

async function remitLabels(d: Drawn) {
  fresh();
  d.positions ??= networkLayout(d.model.layout);
  const t0 = performance.now();
  const view = networkView(d.model, d.positions, { width: W, height: H, shown: d.model.backbone });
  const ms = performance.now() - t0;
  return { ms, cells: view.nodes.filter((n) => n.place.visible).length };
}

async function d3Svg(d: Drawn) {
  const box = fresh();
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
    .tick(300);
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
    t.setAttribute('x', String(nodes[i]!.x + n.r + 3));
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
  const box = fresh();
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

declare global {
  interface Window {
    remitBench: unknown;
  }
}

window.remitBench = {
  title:
    'Network: unit co-responsibility graph of dense plans (~15% of units per item), time to a painted frame',
  notes: [
    'Plans: synthetic, 20/200/1,000/3,000/6,000 items × 15/60/200/500/2,000 units; ties in the full graph: 15 units 31, 60 units 1,626, 200 units 19,900, 500 units 124,750, 2,000 units 1,999,000.',
    'Remit: <remit-network> from `data` to renderComplete and a painted frame: plan check, incidence, core co-responsibility graph, Louvain communities, backbone, workload, seeded d3-force layout (200 ticks; in a worker from 200 units), label placement, SVG, legend, summary and data table. "cells" = drawn nodes + ties.',
    'Remit analysis: the core part alone (unitNetwork: coResponsibilityGraph, communities, backbone, workload), no layout, no drawing.',
    "Remit layout + SVG: the same precomputed nodes and ties the baseline gets, Remit's seeded layout (200 ticks, main thread), label placement and its SVG (networkSVG, parsed and appended).",
    'Remit labels: the view step alone (fitting, tie widths and label placement, networkView) on a finished layout; "cells" = labels placed.',
    'ECharts 6 graph series, force layout with layoutAnimation off (runs to its stable state at once), canvas renderer, labels with hideOverlap, animation off: setOption until `finished`.',
    'd3-force + SVG (baseline): the nodes and ties Remit draws, given precomputed (no analysis), d3-force defaults (link, many-body, centre; 300 ticks) run synchronously, then one SVG line per tie and a circle and a text per node.',
  ],
  sizes: [
    { id: '15 units', reps: 9 },
    { id: '60 units', reps: 7 },
    { id: '200 units', reps: 5 },
    { id: '500 units', reps: 3 },
    { id: '2,000 units', reps: 1 },
  ],
  libs: [
    { id: 'remit', label: 'Remit' },
    { id: 'analysis', label: 'Remit analysis' },
    { id: 'draw', label: 'Remit layout + SVG' },
    { id: 'labels', label: 'Remit labels' },
    // left out at 2,000 units to keep the run short
    { id: 'echarts', label: 'ECharts', reps: { '2,000 units': 0 } },
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
