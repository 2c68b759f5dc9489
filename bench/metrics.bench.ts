/**
 * Time and memory of Remit's metrics on synthetic plans of 5,000 … 50,000 items
 * and 2,000 units (about 5 units an item): `npx tsx bench/metrics.bench.ts`.
 *
 * Each step runs in its own Node process, so its peak memory is its own: the
 * process builds the plan (and the graph, for network steps), warms the step up
 * on a small plan, then runs it up to three times (once when it takes over 2 s).
 * Columns:
 * - ms: wall time of the step, the fastest run;
 * - peak RSS: the process's peak resident memory (plan and graph included);
 * - Δ peak: peak RSS minus the RSS just before the step (what the step added at its worst);
 * - kept: heap still used by the step's result after a full GC.
 * Then the same for a dense plan like the network widget's default (3,000 items ×
 * 500 units, nearly every pair of units tied), and for a wide one: 10,000 items ×
 * 2,000 units (about 5 units an item) plus 3 items that each name all 2,000 units,
 * like a group expanded to its members (every pair of units tied: 1,999,000 ties).
 * Options: `--sizes 5000,10000` to choose plan sizes, `--units 2000`, `--only step,step`,
 * `--no-dense`, `--no-wide`.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { incidence, type Incidence } from '../packages/core/src/model/incidence.js';
import type { Plan } from '../packages/core/src/model/plan.js';
import {
  backbone,
  backboneOfTies,
  centrality,
  communities,
  concentration,
  coResponsibilityGraph,
  coResponsibilityTies,
  communitiesOfTies,
  coverage,
  sampledBetweenness,
  seriation,
  summary,
  workload,
  type CoResponsibilityGraph,
} from '../packages/core/src/metrics/index.js';
import { syntheticPlan } from './synthetic-plan.js';

// graphology-metrics is a dependency of @remit/core, not of the workspace root
const fromCore = createRequire(new URL('../packages/core/package.json', import.meta.url));
type Measure0 = (graph: CoResponsibilityGraph, options: object) => Record<string, number>;
const pagerank = fromCore('graphology-metrics/centrality/pagerank.js') as Measure0;
const betweennessCentrality = fromCore('graphology-metrics/centrality/betweenness.js') as Measure0;

type Step = {
  label: string;
  /** true when the step needs the co-responsibility graph as input */
  graph: boolean;
  run: (inc: Incidence, graph: CoResponsibilityGraph) => unknown;
};

const STEPS: Record<string, Step> = {
  metrics: {
    label: 'workload + coverage + concentration',
    graph: false,
    run: (inc) => {
      const w = workload(inc);
      return [w, coverage(inc), concentration(w.map((r) => r.items))];
    },
  },
  summary: { label: 'summary (all of the above)', graph: false, run: (inc) => summary(inc) },
  projection: {
    label: 'co-responsibility projection',
    graph: false,
    run: (inc) => coResponsibilityGraph(inc),
  },
  ties: {
    label: 'co-responsibility ties (plain arrays)',
    graph: false,
    run: (inc) => coResponsibilityTies(inc),
  },
  tiesBackbone: {
    label: 'ties + backboneOfTies + communitiesOfTies',
    graph: false,
    run: (inc) => {
      const ties = coResponsibilityTies(inc);
      return [backboneOfTies(inc.units.length, ties), communitiesOfTies(inc.units.length, ties)];
    },
  },
  degree: {
    label: 'degree + weighted degree',
    graph: true,
    run: (_inc, g) =>
      g.mapNodes((node) => {
        let w = 0;
        g.forEachEdge(node, (_e, a) => (w += a.weight));
        return [g.degree(node), w];
      }),
  },
  pagerank: {
    label: 'pagerank (graphology-metrics)',
    graph: true,
    run: (_inc, g) => pagerank(g, { getEdgeWeight: 'weight' }),
  },
  betweenness: {
    label: 'betweenness, exact (graphology-metrics)',
    graph: true,
    run: (_inc, g) => betweennessCentrality(g, { getEdgeWeight: null }),
  },
  sampled: {
    label: 'betweenness, 200 sampled sources',
    graph: true,
    run: (_inc, g) => sampledBetweenness(g, { samples: 200, seed: 1 }),
  },
  louvain: { label: 'communities (louvain)', graph: true, run: (_inc, g) => communities(g) },
  centrality: {
    label: 'centrality() (exact betweenness)',
    graph: true,
    run: (_inc, g) => centrality(g),
  },
  backbone: { label: 'backbone, 2 strongest', graph: true, run: (_inc, g) => backbone(g) },
  seriation: { label: 'seriation', graph: false, run: (inc) => seriation(inc) },
};

const MB = 1024 * 1024;
const UNITS_PER_ITEM = 5;

interface Measure {
  step: string;
  items: number;
  units: number;
  assignments: number;
  ties: number;
  ms: number;
  peakRss: number;
  deltaRss: number;
  kept: number;
}

/** `plan` with `count` more items, each naming every unit (a group expanded to its members). */
function namingAll(plan: Plan, count: number): Plan {
  for (let k = 1; k <= count; k++) {
    const item = `all${k}`;
    plan.items.push({ id: item, title: `全体单位${k}` });
    for (const unit of plan.units) plan.assignments.push({ item, unit: unit.id, role: 'member' });
  }
  return plan;
}

function child(
  step: string,
  items: number,
  units: number,
  unitsPerItem: number,
  wide: number,
): Measure {
  const { run, graph: needsGraph } = STEPS[step]!;
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
  const warm = incidence(
    syntheticPlan({ items: 500, units: 100, unitsPerItem: UNITS_PER_ITEM, seed: 2 }),
  );
  run(warm, coResponsibilityGraph(warm));
  const inc = incidence(namingAll(syntheticPlan({ items, units, unitsPerItem, seed: 1 }), wide));
  const graph = needsGraph
    ? coResponsibilityGraph(inc)
    : (undefined as unknown as CoResponsibilityGraph);
  gc();
  const rssBefore = process.memoryUsage().rss;
  const heapBefore = process.memoryUsage().heapUsed;
  // repeat quick steps and keep the fastest run: single runs of a few ms are mostly noise
  let ms = Infinity;
  let result: unknown;
  for (let repeat = 0; repeat < 3; repeat++) {
    result = undefined;
    gc();
    const start = performance.now();
    result = run(inc, graph);
    ms = Math.min(ms, performance.now() - start);
    if (ms > 2000) break;
  }
  const peakRss = process.resourceUsage().maxRSS * 1024;
  gc();
  const kept = process.memoryUsage().heapUsed - heapBefore;
  const ties = needsGraph
    ? graph.size
    : result instanceof Object && 'size' in result
      ? Number(result.size)
      : 0;
  return {
    step,
    items,
    units,
    assignments: inc.assignments.length,
    ties,
    ms,
    peakRss,
    deltaRss: Math.max(0, peakRss - rssBefore),
    kept: Math.max(0, kept),
  };
}

const load = () =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');

function spawnStep(
  step: string,
  items: number,
  units: number,
  unitsPerItem: number,
  wide = 0,
): Measure | null {
  const script = fileURLToPath(import.meta.url);
  const out = spawnSync(
    process.execPath,
    [
      ...process.execArgv,
      '--expose-gc',
      '--max-old-space-size=4096',
      script,
      '--child',
      step,
      String(items),
      String(units),
      String(unitsPerItem),
      String(wide),
    ],
    { encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  if (out.status !== 0) {
    console.log(
      `${step} at ${items} items failed: ${out.stderr.trim().split('\n').slice(-3).join(' | ')}`,
    );
    return null;
  }
  const measure = JSON.parse(out.stdout.trim().split('\n').at(-1)!) as Measure;
  process.stderr.write(`  ${step} ${items} × ${units}: ${measure.ms.toFixed(0)} ms\n`);
  return measure;
}

function parent(
  sizes: number[],
  units: number,
  only: string[],
  dense: boolean,
  wide: boolean,
): void {
  const rows: Measure[] = [];
  const began = performance.now();
  console.log(
    `Remit metrics bench: ${units} units, ~${UNITS_PER_ITEM} units an item, items ${sizes.join(', ')}; ` +
      `node ${process.version}, one process per step; load average ${load()}`,
  );
  for (const step of only) {
    for (const items of sizes) {
      const measure = spawnStep(step, items, units, UNITS_PER_ITEM);
      if (measure) rows.push(measure);
    }
  }
  print(rows, sizes, only);
  if (dense) {
    // the network widget's default case: 500 units, nearly every pair tied
    const steps = ['projection', 'centrality', 'louvain', 'backbone', 'seriation'];
    const denseRows = steps.map((step) => spawnStep(step, 3000, 500, 75)).filter((r) => r !== null);
    console.log('\ndense plan: 3,000 items × 500 units, ~75 units an item (15 % filled)');
    print(denseRows, [3000], steps);
  }
  if (wide) {
    // a few items naming every unit: the network widget's case at 2,000 units
    const steps = ['projection', 'ties', 'tiesBackbone', 'louvain', 'backbone'];
    const wideRows = steps
      .map((step) => spawnStep(step, 10_000, 2000, UNITS_PER_ITEM, 3))
      .filter((r) => r !== null);
    console.log('\nwide plan: 10,000 items × 2,000 units, ~5 units an item, + 3 items naming all');
    print(wideRows, [10_000], steps);
  }
  console.log(
    `\ntotal bench time ${((performance.now() - began) / 1000).toFixed(0)} s; load average ${load()} ` +
      '(above the number of cores, other processes slowed the figures down)',
  );
}

function print(rows: Measure[], sizes: number[], only: string[]): void {
  const ties = new Map(rows.filter((r) => r.ties > 0).map((r) => [r.items, r]));
  console.log(
    '\nplans: ' +
      sizes
        .map((n) => {
          const r = rows.find((x) => x.items === n);
          const t = ties.get(n);
          return `${n} items → ${r?.assignments ?? '?'} assignments, ${t?.ties ?? '?'} ties`;
        })
        .join('; '),
  );
  const header = ['step', 'items', 'ms', '× prev', '× 5k', 'peak RSS MB', 'Δ peak MB', 'kept MB'];
  const table: string[][] = [header];
  for (const step of only) {
    const mine = rows.filter((r) => r.step === step);
    mine.forEach((r, k) => {
      const prev = mine[k - 1];
      const first = mine[0]!;
      table.push([
        k === 0 ? STEPS[step]!.label : '',
        String(r.items),
        r.ms < 10 ? r.ms.toFixed(1) : r.ms.toFixed(0),
        prev ? (r.ms / prev.ms).toFixed(1) : '',
        k > 0 ? (r.ms / first.ms).toFixed(1) : '',
        (r.peakRss / MB).toFixed(0),
        (r.deltaRss / MB).toFixed(0),
        (r.kept / MB).toFixed(1),
      ]);
    });
  }
  const widths = header.map((_, c) => Math.max(...table.map((row) => row[c]!.length)));
  for (const [k, row] of table.entries()) {
    console.log(
      row
        .map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
        .join('  '),
    );
    if (k === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
}

const args = process.argv.slice(2);
if (args[0] === '--child') {
  const [step, items, units, unitsPerItem, wide] = args.slice(1);
  console.log(
    JSON.stringify(
      child(step!, Number(items), Number(units), Number(unitsPerItem), Number(wide ?? 0)),
    ),
  );
} else {
  const flag = (name: string) => {
    const k = args.indexOf(name);
    return k >= 0 ? args[k + 1] : undefined;
  };
  const sizes = (flag('--sizes') ?? '5000,10000,20000,50000').split(',').map(Number);
  const units = Number(flag('--units') ?? 2000);
  const only = (flag('--only') ?? Object.keys(STEPS).join(',')).split(',');
  for (const s of only)
    if (!STEPS[s])
      throw new Error(`metrics.bench: unknown step ${s}; known: ${Object.keys(STEPS).join(', ')}`);
  parent(sizes, units, only, !args.includes('--no-dense'), !args.includes('--no-wide'));
}
