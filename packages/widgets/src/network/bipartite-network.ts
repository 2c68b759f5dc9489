import type { Incidence } from '@remit/core/model';
import { bipartiteGraph, communities, workload } from '@remit/core/metrics';
import { guessUnitKind } from '@remit/core/units';
import { toForceGraph } from './force-graph.js';
import type { NetworkModel, NetworkNode, NetworkTie } from './network.model.js';
import { nodeRadii } from './node-radius.js';
import { byImportance } from './by-importance.js';
import { rankCommunities } from './rank-communities.js';

export interface BipartiteNetworkOptions {
  /** seed of community detection. Default 1. */
  seed?: number;
}

/**
 * The item–unit network of a plan: a node per item and per unit, a tie per
 * distinct assignment (the unit's role on the item kept). Items come first,
 * then units, in plan order. Communities are found on this graph, so items
 * share the colour of the units they bind together.
 *
 * @example bipartiteNetwork(incidence(plan)).ties.length // 45 for the founding plan
 */
export function bipartiteNetwork(
  inc: Incidence,
  options: BipartiteNetworkOptions = {},
): NetworkModel {
  const graph = bipartiteGraph(inc);
  const groups = communities(graph, { seed: options.seed ?? 1 });
  const loads = new Map<string, { items: number; lead: number }>();
  for (const w of workload(inc)) if (!loads.has(w.unit)) loads.set(w.unit, w);
  const keys = graph.nodes();
  const position = new Map(keys.map((key, i) => [key, i]));
  const raw = keys.map((key) => groups.get(key) ?? -1);
  const community = rankCommunities(raw);
  const nodes: NetworkNode[] = keys.map((key, i) => {
    const a = graph.getNodeAttributes(key);
    if (a.type === 'item') {
      let lead = 0;
      graph.forEachEdge(key, (_e, attrs) => {
        if (attrs.role === 'lead') lead++;
      });
      return {
        id: a.id,
        type: 'item',
        name: a.label,
        size: graph.degree(key),
        lead,
        community: community[i]!,
        radius: 0,
      };
    }
    const load = loads.get(a.id);
    return {
      id: a.id,
      type: 'unit',
      name: a.label,
      kind: inc.units[inc.unitIndex.get(a.id) ?? -1]?.kind ?? guessUnitKind(a.label),
      size: load?.items ?? graph.degree(key),
      lead: load?.lead ?? 0,
      community: community[i]!,
      radius: 0,
    };
  });
  const radius = nodeRadii(nodes.map((d) => d.size));
  nodes.forEach((d, i) => (d.radius = radius[i]!));
  const ties: NetworkTie[] = [];
  graph.forEachEdge((_e, attrs, source, target) => {
    ties.push({
      source: position.get(source)!,
      target: position.get(target)!,
      weight: 1,
      jaccard: 1,
      role: attrs.role,
      inferred: attrs.inferred,
    });
  });
  const all = ties.map((_, k) => k);
  return {
    mode: 'bipartite',
    nodes,
    ties,
    backbone: all,
    communities: new Set(community.filter((c) => c >= 0)).size,
    priority: byImportance(nodes),
    layout: toForceGraph(radius, community, ties),
  };
}
