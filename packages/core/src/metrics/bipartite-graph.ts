import { UndirectedGraph } from 'graphology';
import type { Incidence } from '../model/incidence.js';
import { checkIncidence } from './check-incidence.js';
import { distinctAssignments, LeadKind } from './distinct-assignments.js';

/** A node of the item–unit graph. */
export interface BipartiteNodeAttributes {
  type: 'item' | 'unit';
  /** the item or unit id */
  id: string;
  /** the item's title or the unit's name */
  label: string;
}

/** An assignment as an edge of the item–unit graph. */
export interface BipartiteEdgeAttributes {
  /** `lead` for a written lead, else `member` */
  role: 'lead' | 'member';
  /** the unit is an inferred lead of the item */
  inferred: boolean;
}

export type BipartiteGraph = UndirectedGraph<BipartiteNodeAttributes, BipartiteEdgeAttributes>;

/** The node key of an item in `bipartiteGraph`: `item:` + id. */
export function itemNodeKey(id: string): string {
  return `item:${id}`;
}

/** The node key of a unit in `bipartiteGraph`: `unit:` + id. */
export function unitNodeKey(id: string): string {
  return `unit:${id}`;
}

/**
 * The item–unit graph: a node per item (key `item:<id>`) then per unit (key
 * `unit:<id>`), in plan order, and an edge per distinct assignment (key `e0`, `e1` …
 * in item order). The prefixes keep an item and a unit with the same id apart.
 *
 * @example bipartiteGraph(inc).neighbors(itemNodeKey('i1')) // ['unit:u1', …]
 */
export function bipartiteGraph(inc: Incidence): BipartiteGraph {
  checkIncidence('bipartiteGraph', inc);
  const pairs = distinctAssignments(inc);
  const graph: BipartiteGraph = new UndirectedGraph();
  for (const item of inc.items) {
    const key = itemNodeKey(item.id);
    if (!graph.hasNode(key)) graph.addNode(key, { type: 'item', id: item.id, label: item.title });
  }
  for (const unit of inc.units) {
    const key = unitNodeKey(unit.id);
    if (!graph.hasNode(key)) graph.addNode(key, { type: 'unit', id: unit.id, label: unit.name });
  }
  for (let p = 0; p < pairs.count; p++) {
    const lead = pairs.lead[p]!;
    graph.addUndirectedEdgeWithKey(
      `e${p}`,
      itemNodeKey(inc.items[pairs.item[p]!]!.id),
      unitNodeKey(inc.units[pairs.unit[p]!]!.id),
      { role: lead === LeadKind.Written ? 'lead' : 'member', inferred: lead === LeadKind.Inferred },
    );
  }
  return graph;
}
