import {
  forceLink,
  forceSimulation,
  forceX,
  forceY,
  type Simulation,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';
import { nodeCount, type ForceGraph } from './force-graph.js';
import { collideForce } from './collide-force.js';
import { lcgRandom } from './lcg-random.js';
import { manyBodyForce } from './many-body-force.js';

/** Positions of a laid-out graph, in layout units around (0, 0). */
export interface NetworkPositions {
  readonly x: Float64Array;
  readonly y: Float64Array;
}

export interface NetworkLayoutOptions {
  /** seed of the random source; the same graph and seed give the same positions. Default 1. */
  seed?: number;
  /** the fixed number of ticks; alpha reaches its minimum on the last one. Default: `layoutTicks(graph)` (200 up to 500 nodes). */
  ticks?: number;
}

export interface LayoutNode extends SimulationNodeDatum {
  index: number;
  x: number;
  y: number;
  r: number;
}

export type LayoutLink = SimulationLinkDatum<LayoutNode> & { weight: number };

/** Default options, in one place. */
export const NETWORK_LAYOUT_DEFAULTS = { seed: 1, ticks: 200 } as const;

const ALPHA_MIN = 0.001;
/** the share of ticks run before collisions are resolved */
const COLLIDE_FROM = 0.7;

/**
 * Lays out a graph with d3-force, deterministically: a seeded random source, a
 * seeded initial placement (clusters start together) and a fixed number of
 * ticks, after which the picture is settled. The same graph and options give
 * the same positions byte for byte, in Node, on the main thread and in a worker.
 *
 * Use it for small graphs and in tests; `networkLayoutSteps` runs the same
 * ticks in slices, for a worker or for main-thread chunks.
 *
 * @example
 * const { x, y } = networkLayout(graph, { seed: 7 });
 */
export function networkLayout(
  graph: ForceGraph,
  options: NetworkLayoutOptions = {},
): NetworkPositions {
  const steps = networkLayoutSteps(graph, options);
  steps.step(steps.total);
  return steps.positions();
}

/** A layout in progress: advance it with `step` until `done`. */
export interface NetworkLayoutSteps {
  /** the total number of ticks */
  readonly total: number;
  /** the ticks run so far */
  readonly ticked: number;
  /** runs up to `ticks` more ticks; returns true once all are run */
  step(ticks: number): boolean;
  /** the current positions (copies) */
  positions(): NetworkPositions;
}

/**
 * The same layout as `networkLayout`, run in slices: `step(20)` runs twenty
 * ticks and returns whether the layout is finished. Slicing does not change the
 * result.
 */
export function networkLayoutSteps(
  graph: ForceGraph,
  options: NetworkLayoutOptions = {},
): NetworkLayoutSteps {
  const ticks = resolveTicks(options.ticks, graph);
  const simulation = networkSimulation(graph, options.seed, undefined, ticks);
  // Collisions matter only once the picture has taken shape: resolving them in
  // the last 30% of ticks costs a third of the time and settles the same way.
  const collide = simulation.force('collide');
  const collideFrom = Math.floor(ticks * COLLIDE_FROM);
  if (collideFrom > 0) simulation.force('collide', null);
  let ticked = 0;
  const run = (n: number): void => {
    if (n > 0) simulation.tick(n);
    ticked += n;
  };
  return {
    total: ticks,
    get ticked() {
      return ticked;
    },
    step(count: number) {
      let n = Math.max(0, Math.min(ticks - ticked, Math.floor(count)));
      if (ticked < collideFrom && ticked + n >= collideFrom) {
        const before = collideFrom - ticked;
        run(before);
        n -= before;
        simulation.force('collide', collide ?? null);
      }
      run(n);
      return ticked >= ticks;
    },
    positions() {
      const p = readPositions(simulation.nodes());
      return ticked >= ticks ? orient(p, graph.radius) : p;
    },
  };
}

/**
 * Builds the stopped d3 simulation behind the layout. Pass `start` positions to
 * continue from a settled picture (dragging re-simulates from there);
 * otherwise nodes start from the seeded placement.
 */
export function networkSimulation(
  graph: ForceGraph,
  seed: number = NETWORK_LAYOUT_DEFAULTS.seed,
  start?: NetworkPositions,
  ticks: number = NETWORK_LAYOUT_DEFAULTS.ticks,
): Simulation<LayoutNode, LayoutLink> {
  const random = lcgRandom(seed);
  const nodes = start ? startFrom(graph, start) : initialNodes(graph, random);
  const links: LayoutLink[] = [];
  let maxWeight = 0;
  for (let k = 0; k < graph.source.length; k++) {
    const weight = graph.weight[k]!;
    if (weight > maxWeight) maxWeight = weight;
    links.push({ source: graph.source[k]!, target: graph.target[k]!, weight });
  }
  const gap = (l: LayoutLink) => {
    const strength = maxWeight > 0 ? Math.sqrt(l.weight / maxWeight) : 1;
    return 14 + 40 * (1 - strength);
  };
  return forceSimulation<LayoutNode, LayoutLink>()
    .stop()
    .randomSource(random)
    .alphaMin(ALPHA_MIN)
    .alphaDecay(1 - Math.pow(ALPHA_MIN, 1 / ticks))
    .nodes(nodes)
    .force(
      'link',
      forceLink<LayoutNode, LayoutLink>(links).distance(
        (l) => (l.source as LayoutNode).r + (l.target as LayoutNode).r + gap(l),
      ),
    )
    .force(
      'charge',
      // theta 1.2 (d3: 0.9) halves the Barnes–Hut work of large graphs; the
      // settled pictures differ by less than a node radius.
      manyBodyForce<LayoutNode>((d) => -24 - 3 * d.r, 1.2),
    )
    .force(
      'collide',
      collideForce<LayoutNode>((d) => d.r + 3),
    )
    .force('x', forceX<LayoutNode>(0).strength(0.06))
    .force('y', forceY<LayoutNode>(0).strength(0.06))
    .stop();
}

/** Graphs of up to this many nodes run the full `NETWORK_LAYOUT_DEFAULTS.ticks`. */
const FULL_TICKS_NODES = 500;
/** The fewest ticks a large graph runs by default. */
const MIN_TICKS = 100;

/**
 * The ticks a layout of `graph` runs when none are given: 200 up to 500
 * nodes, then 200 · √(500 / n), so 141 at 1,000 nodes and 100 from 2,000 on.
 * A tick of a large graph costs about n log n (many-body forces), while its
 * communities start apart (`initialNodes`) and need fewer ticks to settle: at
 * 2,000 nodes, 100 ticks keep the groups as clearly apart as 200 do, with no
 * overlapping nodes and ties of about the same length, in half the time; at
 * 80, groups start to run into each other.
 *
 * @example layoutTicks(model.layout) // 200 for the founding plan
 */
export function layoutTicks(graph: ForceGraph): number {
  const n = nodeCount(graph);
  if (n <= FULL_TICKS_NODES) return NETWORK_LAYOUT_DEFAULTS.ticks;
  const ticks = NETWORK_LAYOUT_DEFAULTS.ticks * Math.sqrt(FULL_TICKS_NODES / n);
  return Math.max(MIN_TICKS, Math.round(ticks));
}

function resolveTicks(ticks: number | undefined, graph: ForceGraph): number {
  if (ticks === undefined) return layoutTicks(graph);
  if (!Number.isFinite(ticks) || ticks < 1) {
    throw new RangeError(`networkLayout: ticks must be a positive number, got ${String(ticks)}`);
  }
  return Math.min(10_000, Math.floor(ticks));
}

/**
 * Clusters start on a ring, each as a small sunflower around its centre, with a
 * seeded rotation; nodes without a cluster fill the middle. Starting clusters
 * apart lets the simulation settle in fewer ticks than from one big spiral.
 */
function initialNodes(graph: ForceGraph, random: () => number): LayoutNode[] {
  const n = nodeCount(graph);
  const members = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const g = graph.group[i]!;
    const list = members.get(g);
    if (list) list.push(i);
    else members.set(g, [i]);
  }
  const clusters = [...members.keys()].sort((a, b) => a - b);
  const nodes: LayoutNode[] = new Array(n);
  const golden = Math.PI * (3 - Math.sqrt(5));
  const ringRadius = clusters.length > 1 ? 8 * Math.sqrt(n) + 20 : 0;
  const turn = random() * 2 * Math.PI;
  clusters.forEach((g, c) => {
    const list = members.get(g)!;
    const angle = turn + (2 * Math.PI * c) / clusters.length;
    const cx = g < 0 ? 0 : ringRadius * Math.cos(angle);
    const cy = g < 0 ? 0 : ringRadius * Math.sin(angle);
    list.forEach((i, j) => {
      const radius = 10 * Math.sqrt(0.5 + j);
      const a = j * golden + turn;
      nodes[i] = {
        index: i,
        x: cx + radius * Math.cos(a) + random() - 0.5,
        y: cy + radius * Math.sin(a) + random() - 0.5,
        r: graph.radius[i]!,
      };
    });
  });
  return nodes;
}

function startFrom(graph: ForceGraph, start: NetworkPositions): LayoutNode[] {
  return Array.from(graph.radius, (r, i) => ({
    index: i,
    x: start.x[i] ?? 0,
    y: start.y[i] ?? 0,
    r,
  }));
}

/**
 * Turns a settled layout so its longer axis is horizontal (charts are wider
 * than tall), centred on (0, 0), with the biggest node on the left half: the
 * forces do not care about rotation, so this only makes better use of the
 * drawing area and fixes the picture's orientation.
 */
function orient(p: NetworkPositions, radius: Float64Array): NetworkPositions {
  const n = p.x.length;
  if (n < 2) return p;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < n; i++) {
    cx += p.x[i]!;
    cy += p.y[i]!;
  }
  cx /= n;
  cy /= n;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    const dx = p.x[i]! - cx;
    const dy = p.y[i]! - cy;
    sxx += dx * dx;
    syy += dy * dy;
    sxy += dx * dy;
  }
  const angle = 0.5 * Math.atan2(2 * sxy, sxx - syy);
  let cos = Math.cos(-angle);
  let sin = Math.sin(-angle);
  let biggest = 0;
  for (let i = 1; i < n; i++) if (radius[i]! > radius[biggest]!) biggest = i;
  if (cos * (p.x[biggest]! - cx) - sin * (p.y[biggest]! - cy) > 0) {
    cos = -cos;
    sin = -sin;
  }
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const dx = p.x[i]! - cx;
    const dy = p.y[i]! - cy;
    x[i] = cos * dx - sin * dy;
    y[i] = sin * dx + cos * dy;
  }
  return { x, y };
}

function readPositions(nodes: readonly LayoutNode[]): NetworkPositions {
  const x = new Float64Array(nodes.length);
  const y = new Float64Array(nodes.length);
  nodes.forEach((d, i) => {
    x[i] = Number.isFinite(d.x) ? d.x : 0;
    y[i] = Number.isFinite(d.y) ? d.y : 0;
  });
  return { x, y };
}
