import { UndirectedGraph } from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import { edgeWeight } from './edge-weight.js';

/** A graph whose node keys are safe as plain-object keys, and the way back. */
export interface SafeKeyed {
  graph: AbstractGraph;
  /** the original node keys, in node order */
  nodes: string[];
  /** for each node position: its key in `graph` */
  keys: string[];
}

/**
 * graphology-metrics and the Louvain package return `{ [node]: value }` plain
 * objects, where a node keyed `__proto__` (an id from hostile input) would
 * silently vanish. When such a node exists, this returns a copy of the graph
 * with nodes keyed `#0`, `#1` … and edges carrying only their weight; otherwise
 * the graph itself, uncopied.
 */
export function safeKeyed(graph: AbstractGraph): SafeKeyed {
  const nodes = graph.nodes();
  if (!graph.hasNode('__proto__')) return { graph, nodes, keys: nodes };
  const keys = nodes.map((_, k) => `#${k}`);
  const position = new Map(nodes.map((node, k) => [node, k]));
  const copy = new UndirectedGraph();
  for (const key of keys) copy.addNode(key);
  graph.forEachEdge((_edge, attributes, source, target) => {
    copy.addEdge(keys[position.get(source)!]!, keys[position.get(target)!]!, {
      weight: edgeWeight(attributes),
    });
  });
  return { graph: copy, nodes, keys };
}
