import type { AbstractGraph } from 'graphology-types';
import { checkGraph } from './check-graph.js';
import type { WeightedTie } from './check-ties.js';
import { METRIC_DEFAULTS } from './defaults.js';
import { edgeWeight } from './edge-weight.js';
import { checkInteger, resolveOptions } from './resolve-options.js';
import { skeleton } from './skeleton.js';
import { tieTableOf } from './tie-table.js';

/** A tie kept in the backbone; `source` comes before `target` in the graph's node order. */
export interface BackboneTie {
  source: string;
  target: string;
  weight: number;
}

export interface BackboneOptions {
  /** each unit keeps this many of its strongest ties (default 2); Infinity keeps every tie */
  strongest?: number;
}

/**
 * The readable skeleton of a dense co-responsibility graph: every tie that is
 * among the `strongest` k strongest ties of either of its units, plus a maximum
 * spanning forest (Kruskal), so every connected component of the graph stays
 * connected in the backbone.
 *
 * Ties are ranked once, strongest first, by weight (items shared), then by
 * `jaccard` when edges carry it, then by the position of their first and second
 * unit in node order; this order decides every tie and is the order of the
 * result. Self-loops are ignored. Raising k only adds ties.
 *
 * Cost: at worst O(m log m) for m ties; the walk stops once nothing lighter can
 * be kept (see `backboneOfTies`). Without
 * a graph, `backboneOfTies` does the same over a plain array of ties.
 *
 * @example backbone(coResponsibilityGraph(inc), { strongest: 3 }).length
 */
export function backbone(graph: AbstractGraph, options?: BackboneOptions): BackboneTie[] {
  checkGraph('backbone', graph);
  const { strongest } = resolveOptions('backbone', options, METRIC_DEFAULTS.backbone);
  checkInteger('backbone', 'strongest', strongest, 0, true);
  return graphSkeleton(graph, strongest);
}

function graphSkeleton(graph: AbstractGraph, k: number): BackboneTie[] {
  const nodes = graph.nodes();
  const position = new Map(nodes.map((node, v) => [node, v]));
  const ties: WeightedTie[] = [];
  graph.forEachEdge((_edge, attributes, source, target) => {
    const j = attributes['jaccard'];
    ties.push({
      source: position.get(source)!,
      target: position.get(target)!,
      weight: edgeWeight(attributes),
      jaccard: typeof j === 'number' ? j : 0,
    });
  });
  return skeleton(nodes.length, tieTableOf(ties), k).map((e) => {
    const t = ties[e]!;
    const [a, b] = t.source < t.target ? [t.source, t.target] : [t.target, t.source];
    return { source: nodes[a]!, target: nodes[b]!, weight: t.weight };
  });
}
