import type { Incidence } from '@remit/core/model';
import {
  backbone,
  communities,
  coResponsibilityGraph,
  workload,
  type CoResponsibilityGraph,
} from '@remit/core/metrics';
import { guessUnitKind } from '@remit/core/units';
import { toForceGraph } from './force-graph.js';
import type { NetworkModel, NetworkNode, NetworkTie } from './network.model.js';
import { nodeRadii } from './node-radius.js';
import { byImportance } from './by-importance.js';
import { rankCommunities } from './rank-communities.js';

export interface UnitNetworkOptions {
  /** seed of community detection. Default 1. */
  seed?: number;
}

/** The units network keeps core's graph, so more ties can be shown later (`shownTies`). */
export interface UnitNetworkModel extends NetworkModel {
  mode: 'units';
  graph: CoResponsibilityGraph;
}

/**
 * The unit co-responsibility network of a plan: a node per unit (area =
 * workload, colour = community), a tie per pair of units sharing items (width =
 * items shared). The layout runs on the readable backbone from core, so showing
 * more ties never moves a node.
 *
 * @example unitNetwork(incidence(plan)).nodes.length // 15 for the founding plan
 */
export function unitNetwork(inc: Incidence, options: UnitNetworkOptions = {}): UnitNetworkModel {
  const seed = options.seed ?? 1;
  const graph = coResponsibilityGraph(inc);
  const loads = new Map<string, { items: number; lead: number }>();
  for (const w of workload(inc)) if (!loads.has(w.unit)) loads.set(w.unit, w);
  const groups = communities(graph, { seed });
  const ids = graph.nodes();
  const position = new Map(ids.map((id, i) => [id, i]));
  const community = rankCommunities(ids.map((id) => groups.get(id) ?? -1));
  const nodes: NetworkNode[] = ids.map((id, i) => {
    const attrs = graph.getNodeAttributes(id);
    const load = loads.get(id);
    return {
      id,
      type: 'unit',
      name: attrs.name,
      kind: attrs.kind ?? guessUnitKind(attrs.name),
      size: load?.items ?? attrs.items,
      lead: load?.lead ?? 0,
      community: community[i]!,
      radius: 0,
    };
  });
  const radius = nodeRadii(nodes.map((d) => d.size));
  nodes.forEach((d, i) => (d.radius = radius[i]!));
  const ties: NetworkTie[] = [];
  const tieAt = new Map<string, number>();
  graph.forEachEdge((_edge, attrs, source, target) => {
    const s = position.get(source)!;
    const t = position.get(target)!;
    tieAt.set(pairKey(s, t), ties.length);
    ties.push({ source: s, target: t, weight: attrs.weight, jaccard: attrs.jaccard });
  });
  const bone = backboneTies(graph, position, tieAt);
  return {
    mode: 'units',
    nodes,
    ties,
    backbone: bone,
    communities: new Set(community.filter((c) => c >= 0)).size,
    priority: byImportance(nodes),
    layout: toForceGraph(
      radius,
      community,
      bone.map((k) => ties[k]!),
    ),
    graph,
  };
}

/**
 * Positions in `model.ties` of each unit's `strongest` ties plus a maximum
 * spanning forest (core's `backbone`), in tie order.
 */
export function backboneTies(
  graph: CoResponsibilityGraph,
  position: ReadonlyMap<string, number>,
  tieAt: ReadonlyMap<string, number>,
  strongest?: number,
): number[] {
  const picked = new Set<number>();
  const list = strongest === undefined ? backbone(graph) : backbone(graph, { strongest });
  for (const t of list) {
    const k = tieAt.get(pairKey(position.get(t.source)!, position.get(t.target)!));
    if (k !== undefined) picked.add(k);
  }
  return [...picked].sort((a, b) => a - b);
}

export function pairKey(a: number, b: number): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}
