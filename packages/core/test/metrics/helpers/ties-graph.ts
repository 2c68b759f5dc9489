import type { WeightedTie } from '../../../src/metrics/check-ties.js';

type EdgeCallback = (
  edge: string,
  attributes: WeightedTie,
  source: string,
  target: string,
  sourceAttributes: object,
  targetAttributes: object,
  undirected: boolean,
) => void;

/** The part of graphology's `Graph` that graphology-communities-louvain reads. */
export interface TiesGraph {
  readonly type: 'undirected';
  readonly multi: false;
  readonly order: number;
  readonly size: number;
  readonly selfLoopCount: number;
  forEachNode(callback: (node: string, attributes: object) => void): void;
  forEachEdge(callback: EdgeCallback): void;
  undirectedDegreeWithoutSelfLoops(node: string): number;
  addUndirectedEdgeWithKey(): never;
  dropNode(): never;
}

/**
 * An undirected graph over nodes `'0' … String(count − 1)` and checked `ties`,
 * read-only, offering exactly the graphology API that Louvain reads (node and
 * edge iteration in order, degrees, counts, type), so that
 * graphology-communities-louvain runs on plain arrays without the graphology
 * library. Each edge's attributes are its tie (its `weight` is read).
 * Iteration order is node order and tie order, as a graphology graph built
 * from the same nodes and ties would iterate. The reference `louvainOfTies`
 * is checked against (communitiesOfTies ran Louvain this way before).
 */
export function tiesGraph(count: number, ties: readonly WeightedTie[]): TiesGraph {
  const degree = new Int32Array(count);
  let loops = 0;
  for (const t of ties) {
    if (t.source === t.target) loops++;
    else {
      degree[t.source]!++;
      degree[t.target]!++;
    }
  }
  const none = {};
  const readOnly = (): never => {
    throw new Error('tiesGraph: the graph is read-only');
  };
  return {
    type: 'undirected',
    multi: false,
    order: count,
    size: ties.length,
    selfLoopCount: loops,
    forEachNode(callback) {
      for (let v = 0; v < count; v++) callback(String(v), none);
    },
    forEachEdge(callback) {
      ties.forEach((t, k) =>
        callback(String(k), t, String(t.source), String(t.target), none, none, true),
      );
    },
    undirectedDegreeWithoutSelfLoops: (node) => degree[Number(node)]!,
    addUndirectedEdgeWithKey: readOnly,
    dropNode: readOnly,
  };
}
