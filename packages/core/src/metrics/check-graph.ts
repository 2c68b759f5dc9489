import type { AbstractGraph } from 'graphology-types';

/** Throws unless `graph` is an undirected graphology graph. */
export function checkGraph(fn: string, graph: unknown): asserts graph is AbstractGraph {
  const g = graph as Partial<AbstractGraph> | null | undefined;
  if (g == null || typeof g.forEachNode !== 'function' || typeof g.forEachEdge !== 'function') {
    throw new TypeError(`${fn}: expected a graphology graph, e.g. coResponsibilityGraph(inc)`);
  }
  if (g.type !== 'undirected') {
    throw new TypeError(`${fn}: expected an undirected graph, got a ${String(g.type)} one`);
  }
}
