import { UndirectedGraph } from 'graphology';
import type { Incidence } from '../model/incidence.js';
import type { UnitKind } from '../model/plan.js';
import { checkIncidence } from './check-incidence.js';
import { countTies, unitItems } from './count-ties.js';
import { distinctAssignments } from './distinct-assignments.js';
import { graphNodeKeys } from './graph-node-keys.js';

/** A unit as a node of the co-responsibility graph. */
export interface UnitNodeAttributes {
  /** the unit id (also the node key, except for ids escaped by `graphNodeKeys`) */
  id: string;
  name: string;
  /** present when the plan states it */
  kind?: UnitKind;
  /** distinct items the unit carries */
  items: number;
}

/** A tie between two units that share items. */
export interface TieAttributes {
  /** items both units carry: |I(a) ∩ I(b)| */
  weight: number;
  /** |I(a) ∩ I(b)| / |I(a) ∪ I(b)|, 0 … 1 */
  jaccard: number;
}

export type CoResponsibilityGraph = UndirectedGraph<UnitNodeAttributes, TieAttributes>;

/**
 * The unit co-responsibility graph: one node per unit (key = unit id, in unit
 * order, units without items included; ids like `constructor` are escaped, see
 * `graphNodeKeys`), one edge per pair of units that share at
 * least one item, with I(u) the distinct items of unit u:
 * weight = |I(a) ∩ I(b)| and jaccard = weight / (|I(a)| + |I(b)| − weight).
 *
 * Edges are keyed `e0`, `e1` … and added in order of (source, target) unit
 * position, source before target, so the same plan gives the same graph.
 * The ties are `coResponsibilityTies` (the same pairs in the same order, which
 * needs no graph); cost as there.
 *
 * @example coResponsibilityGraph(inc).getEdgeAttribute('u1', 'u2', 'weight') // 5
 */
export function coResponsibilityGraph(inc: Incidence): CoResponsibilityGraph {
  checkIncidence('coResponsibilityGraph', inc);
  const pairs = distinctAssignments(inc);
  const graph: CoResponsibilityGraph = new UndirectedGraph();
  const keys = graphNodeKeys(inc.units.map((unit) => unit.id));
  inc.units.forEach((unit, u) => {
    const attrs: UnitNodeAttributes = { id: unit.id, name: unit.name, items: unitItems(pairs, u) };
    if (unit.kind !== undefined) attrs.kind = unit.kind;
    if (!graph.hasNode(keys[u]!)) graph.addNode(keys[u]!, attrs);
  });
  const ties = countTies(inc, pairs);
  for (let k = 0; k < ties.count; k++) {
    graph.addUndirectedEdgeWithKey(
      `e${graph.size}`,
      keys[ties.source[k]!]!,
      keys[ties.target[k]!]!,
      { weight: ties.weight[k]!, jaccard: ties.jaccard[k]! },
    );
  }
  return graph;
}
