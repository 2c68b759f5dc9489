import type { Incidence } from '@remit/core/model';
import {
  communitiesOfTieTable,
  distinctAssignments,
  LeadKind,
  tieTableOf,
  workload,
} from '@remit/core/metrics/plain';
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
 * then units, in plan order. Communities are found on this graph (core's
 * `communitiesOfTieTable` over the distinct assignments), so items share the
 * colour of the units they bind together.
 *
 * @example bipartiteNetwork(incidence(plan)).ties.length // 45 for the founding plan
 */
export function bipartiteNetwork(
  inc: Incidence,
  options: BipartiteNetworkOptions = {},
): NetworkModel {
  const pairs = distinctAssignments(inc);
  const nItems = inc.items.length;
  const ties: NetworkTie[] = [];
  const degree = new Int32Array(nItems + inc.units.length);
  const leads = new Int32Array(nItems);
  for (let p = 0; p < pairs.count; p++) {
    const item = pairs.item[p]!;
    const unit = nItems + pairs.unit[p]!;
    const lead = pairs.lead[p]!;
    degree[item]!++;
    degree[unit]!++;
    if (lead === LeadKind.Written) leads[item]!++;
    ties.push({
      source: item,
      target: unit,
      weight: 1,
      jaccard: 1,
      role: lead === LeadKind.Written ? 'lead' : 'member',
      inferred: lead === LeadKind.Inferred,
    });
  }
  const tieTable = tieTableOf(ties);
  const groups = communitiesOfTieTable(degree.length, tieTable, { seed: options.seed ?? 1 });
  const community = rankCommunities([...groups]);
  const loads = new Map<string, { items: number; lead: number }>();
  for (const w of workload(inc)) if (!loads.has(w.unit)) loads.set(w.unit, w);
  const nodes: NetworkNode[] = [
    ...inc.items.map((item, i): NetworkNode => ({
      id: item.id,
      type: 'item',
      name: item.title,
      size: degree[i]!,
      lead: leads[i]!,
      community: community[i]!,
      radius: 0,
    })),
    ...inc.units.map((unit, u): NetworkNode => {
      const load = loads.get(unit.id);
      return {
        id: unit.id,
        type: 'unit',
        name: unit.name,
        kind: unit.kind ?? guessUnitKind(unit.name),
        size: load?.items ?? degree[nItems + u]!,
        lead: load?.lead ?? 0,
        community: community[nItems + u]!,
        radius: 0,
      };
    }),
  ];
  const radius = nodeRadii(nodes.map((d) => d.size));
  nodes.forEach((d, i) => (d.radius = radius[i]!));
  const all = ties.map((_, k) => k);
  return {
    mode: 'bipartite',
    nodes,
    ties,
    tieTable,
    backbone: all,
    communities: new Set(community.filter((c) => c >= 0)).size,
    priority: byImportance(nodes),
    layout: toForceGraph(radius, community, ties),
  };
}
