import type { Incidence } from '@remit/core/model';
import {
  backboneOfTieTable,
  communitiesOfTieTable,
  coResponsibilityTieTable,
  distinctAssignments,
  LeadKind,
  type DistinctAssignments,
  type TieTable,
} from '@remit/core/metrics/plain';
import { guessUnitKind } from '@remit/core/units';
import { communityTies } from './community-ties.js';
import { toForceGraph } from './force-graph.js';
import type { NetworkModel, NetworkNode, NetworkTie } from './network.model.js';
import { nodeRadii } from './node-radius.js';
import { byImportance } from './by-importance.js';
import { rankCommunities } from './rank-communities.js';

export interface UnitNetworkOptions {
  /** seed of community detection. Default 1. */
  seed?: number;
}

/**
 * The unit co-responsibility network of a plan: a node per unit (area =
 * workload, colour = community), a tie per pair of units sharing items (width =
 * items shared). The layout runs on the readable backbone from core, so showing
 * more ties never moves a node. Built from core's metrics over ties in typed
 * columns (`coResponsibilityTieTable`, `communitiesOfTieTable`,
 * `backboneOfTieTable`): no object per tie, and no graphology library in the
 * browser bundle. Communities of networks
 * with more than `MAX_COMMUNITY_TIES` ties are found on their heaviest ties
 * (`communityTies`).
 *
 * @example unitNetwork(incidence(plan)).nodes.length // 15 for the founding plan
 */
export function unitNetwork(inc: Incidence, options: UnitNetworkOptions = {}): NetworkModel {
  const seed = options.seed ?? 1;
  // the distinct pairs, collected once for the ties and the loads
  const pairs = distinctAssignments(inc);
  // in columns: a network of 2,000 units can have two million ties
  const table = coResponsibilityTieTable(inc, pairs);
  const load = unitLoads(inc.units.length, pairs);
  const bone = strongestTies(inc.units.length, table);
  const community = rankCommunities([
    ...communitiesOfTieTable(inc.units.length, communityTies(table, bone), { seed }),
  ]);
  const nodes: NetworkNode[] = inc.units.map((unit, i) => {
    // a repeated unit id counts as its first unit, as in workload's rows
    const u = inc.unitIndex.get(unit.id)!;
    return {
      id: unit.id,
      type: 'unit',
      name: unit.name,
      kind: unit.kind ?? guessUnitKind(unit.name),
      size: load.items[u]!,
      lead: load.lead[u]!,
      community: community[i]!,
      radius: 0,
    };
  });
  const radius = nodeRadii(nodes.map((d) => d.size));
  nodes.forEach((d, i) => (d.radius = radius[i]!));
  let ties: NetworkTie[] | undefined;
  return {
    mode: 'units',
    nodes,
    get ties() {
      return (ties ??= tiesOf(table));
    },
    tieTable: table,
    backbone: bone,
    communities: new Set(community.filter((c) => c >= 0)).size,
    priority: byImportance(nodes),
    layout: toForceGraph(
      radius,
      community,
      bone.map((k) => ({
        source: table.source[k]!,
        target: table.target[k]!,
        weight: table.weight[k]!,
      })),
    ),
  };
}

/** The ties of `table` as objects (for `NetworkModel.ties`). */
function tiesOf(table: TieTable): NetworkTie[] {
  const ties: NetworkTie[] = new Array(table.count);
  for (let k = 0; k < table.count; k++) {
    ties[k] = {
      source: table.source[k]!,
      target: table.target[k]!,
      weight: table.weight[k]!,
      jaccard: table.jaccard[k]!,
    };
  }
  return ties;
}

/**
 * Each unit's distinct items and written leads: `workload`'s `items` and `lead`
 * columns, counted from core's distinct (item, unit) pairs. The network needs no
 * share, section count or rank, which cost more than the rest of its figures.
 */
function unitLoads(
  units: number,
  pairs: DistinctAssignments,
): { items: Int32Array; lead: Int32Array } {
  const items = new Int32Array(units);
  const lead = new Int32Array(units);
  for (let p = 0; p < pairs.count; p++) {
    const u = pairs.unit[p]!;
    items[u]!++;
    if (pairs.lead[p] === LeadKind.Written) lead[u]!++;
  }
  return { items, lead };
}

/**
 * Positions in `ties` of each unit's `strongest` ties plus a maximum spanning
 * forest (core's `backboneOfTieTable`; its default `strongest` when undefined),
 * in tie order.
 */
export function strongestTies(count: number, ties: TieTable, strongest?: number): number[] {
  const options = strongest === undefined ? {} : { strongest };
  return backboneOfTieTable(count, ties, options).sort((a, b) => a - b);
}
