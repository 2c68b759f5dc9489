import type { Role, UnitKind } from '@remit/core/model';
import type { TieTable } from '@remit/core/metrics/plain';
import type { ForceGraph } from './force-graph.js';

/** What a network shows: units tied by shared items, or items joined to their units. */
export type NetworkMode = 'units' | 'bipartite';

/** A node of the network: a unit, or (bipartite mode) an item. */
export interface NetworkNode {
  /** unit or item id, as in the plan */
  id: string;
  type: 'unit' | 'item';
  /** the unit's name or the item's title, exactly as in the plan */
  name: string;
  /** a unit's kind, as stated by the plan or guessed from its name */
  kind?: UnitKind;
  /** a unit's workload (distinct items it carries), or an item's distinct units */
  size: number;
  /** items a unit leads (written leads), or an item's written lead units */
  lead: number;
  /** community number, 0 = largest; -1 for items */
  community: number;
  /** radius in layout units: area proportional to `size` */
  radius: number;
}

/** A tie between two nodes, by node position. */
export interface NetworkTie {
  source: number;
  target: number;
  /** items both units carry; 1 for an assignment */
  weight: number;
  /** |shared| / |union| of the two units' items; 1 for an assignment */
  jaccard: number;
  /** bipartite mode: the unit's role on the item */
  role?: Role;
  /** bipartite mode: the lead is inferred rather than written */
  inferred?: boolean;
}

/** The render model of a network before layout: nodes, ties and what to lay out. */
export interface NetworkModel {
  mode: NetworkMode;
  nodes: NetworkNode[];
  /**
   * every tie as an object. In units mode they are made from `tieTable` on
   * first read (a dense plan of 2,000 units has two million): code that reads
   * many ties reads `tieTable`. The units mode's readable backbone is `backbone`.
   */
  readonly ties: NetworkTie[];
  /** the same ties in columns: tie `k` joins `source[k]` and `target[k]` with `weight[k]` */
  tieTable: TieTable;
  /** positions in `ties` of the default view: each unit's strongest ties plus a maximum spanning forest (all ties in bipartite mode) */
  backbone: number[];
  /** how many communities the units fall into */
  communities: number;
  /** node positions by label priority: most important first */
  priority: number[];
  /** the graph the layout runs on (nodes and backbone ties) */
  layout: ForceGraph;
}
