import { UndirectedGraph } from 'graphology';
import type { Incidence } from '../model/incidence.js';
import type { UnitKind } from '../model/plan.js';
import { checkIncidence } from './check-incidence.js';
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

/** Up to this many unit pairs (n²), ties are counted in a dense array; above it, in a Map. */
const DENSE_LIMIT = 1 << 24;

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
 * Cost: Σ over items of n(i)² / 2 pair visits, n(i) = the item's distinct units,
 * counted in a dense n × n array up to 4,096 units (64 MB at most), in a Map beyond.
 *
 * @example coResponsibilityGraph(inc).getEdgeAttribute('u1', 'u2', 'weight') // 5
 */
export function coResponsibilityGraph(inc: Incidence): CoResponsibilityGraph {
  checkIncidence('coResponsibilityGraph', inc);
  const pairs = distinctAssignments(inc);
  const n = inc.units.length;
  const graph: CoResponsibilityGraph = new UndirectedGraph();
  const keys = graphNodeKeys(inc.units.map((unit) => unit.id));
  inc.units.forEach((unit, u) => {
    const attrs: UnitNodeAttributes = { id: unit.id, name: unit.name, items: unitItems(pairs, u) };
    if (unit.kind !== undefined) attrs.kind = unit.kind;
    if (!graph.hasNode(keys[u]!)) graph.addNode(keys[u]!, attrs);
  });
  const tie = (a: number, b: number, weight: number) => {
    const union = unitItems(pairs, a) + unitItems(pairs, b) - weight;
    graph.addUndirectedEdgeWithKey(`e${graph.size}`, keys[a]!, keys[b]!, {
      weight,
      jaccard: weight / union,
    });
  };
  const count = n * n <= DENSE_LIMIT ? new Uint32Array(n * n) : new Map<number, number>();
  const units: number[] = [];
  for (let i = 0; i < inc.items.length; i++) {
    units.length = 0;
    for (let p = pairs.itemStart[i]!; p < pairs.itemStart[i + 1]!; p++) units.push(pairs.unit[p]!);
    units.sort((a, b) => a - b);
    for (let x = 0; x < units.length; x++) {
      const base = units[x]! * n;
      for (let y = x + 1; y < units.length; y++) {
        const key = base + units[y]!;
        if (count instanceof Uint32Array) count[key]!++;
        else count.set(key, (count.get(key) ?? 0) + 1);
      }
    }
  }
  if (count instanceof Uint32Array) {
    for (let a = 0; a < n; a++) {
      for (let b = a + 1; b < n; b++) if (count[a * n + b]! > 0) tie(a, b, count[a * n + b]!);
    }
  } else {
    for (const key of Float64Array.from(count.keys()).sort()) {
      const a = Math.floor(key / n);
      tie(a, key - a * n, count.get(key)!);
    }
  }
  return graph;
}

function unitItems(pairs: { unitStart: Int32Array }, u: number): number {
  return pairs.unitStart[u + 1]! - pairs.unitStart[u]!;
}
