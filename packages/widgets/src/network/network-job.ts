import type { LayoutJob } from '../controllers/simulation.js';
import { nodeCount, type ForceGraph } from './force-graph.js';
import {
  layoutTicks,
  NETWORK_LAYOUT_DEFAULTS,
  networkLayoutSteps,
  type NetworkPositions,
} from './network.layout.js';

/**
 * A network layout worker: a module worker from this package's own file, so
 * `script-src 'self'` allows it (no `blob:` worker).
 */
export function createNetworkWorker(): Worker {
  return new Worker(new URL('./network.worker.ts', import.meta.url), { type: 'module' });
}

/** Networks of at least this many nodes start their layout worker before the graph is built. */
export const PREWARM_NODES = 150;

/** Graphs with fewer nodes + ties than this are laid out synchronously. */
export const SYNC_LAYOUT_LIMIT = 400;

/**
 * The layout job of a network for `SimulationController`: synchronous when
 * small, in a module worker when large (the worker script is a file of this
 * package, so `script-src 'self'` allows it: no `blob:` workers), in main-thread
 * slices when workers are unavailable. Every path gives the same positions.
 */
export function networkJob(
  graph: ForceGraph,
  options: { seed?: number; ticks?: number; worker?: boolean } = {},
): LayoutJob<NetworkPositions> {
  const seed = options.seed ?? NETWORK_LAYOUT_DEFAULTS.seed;
  const ticks = options.ticks ?? layoutTicks(graph);
  const size = nodeCount(graph) + graph.source.length;
  return {
    small: size < SYNC_LAYOUT_LIMIT && options.worker !== true,
    steps: () => {
      const steps = networkLayoutSteps(graph, { seed, ticks });
      return { total: steps.total, step: (n) => steps.step(n), result: () => steps.positions() };
    },
    worker:
      options.worker === false
        ? undefined
        : {
            create: createNetworkWorker,
            message: { graph, seed, ticks },
            read: (data) => {
              const d = data as Partial<NetworkPositions> | null;
              const n = nodeCount(graph);
              return d?.x instanceof Float64Array &&
                d.y instanceof Float64Array &&
                d.x.length === n &&
                d.y.length === n
                ? { x: d.x, y: d.y }
                : undefined;
            },
          },
  };
}
