/**
 * Lays out large networks off the main thread. Receives `{ graph, seed, ticks }`
 * (a `ForceGraph` of typed arrays) and answers `{ x, y }` (transferred), or
 * `{ error }` when the message is not a layout request. Same code as the main
 * thread, so the same positions byte for byte.
 */
import type { ForceGraph } from './force-graph.js';
import { networkLayout } from './network.layout.js';

interface LayoutRequest {
  graph: ForceGraph;
  seed: number;
  ticks: number;
}

function isRequest(data: unknown): data is LayoutRequest {
  const d = data as Partial<LayoutRequest> | null;
  const g = d?.graph;
  return (
    typeof d?.seed === 'number' &&
    typeof d.ticks === 'number' &&
    g?.radius instanceof Float64Array &&
    g.group instanceof Int32Array &&
    g.source instanceof Int32Array &&
    g.target instanceof Int32Array &&
    g.weight instanceof Float64Array &&
    g.group.length === g.radius.length &&
    g.target.length === g.source.length &&
    g.weight.length === g.source.length
  );
}

addEventListener('message', (event: MessageEvent) => {
  if (!isRequest(event.data)) {
    postMessage({ error: 'network.worker: expected { graph, seed, ticks }' });
    return;
  }
  try {
    const { graph, seed, ticks } = event.data;
    const { x, y } = networkLayout(graph, { seed, ticks });
    postMessage({ x, y }, { transfer: [x.buffer, y.buffer] });
  } catch (e) {
    postMessage({ error: String((e as Error)?.message ?? e) });
  }
});
