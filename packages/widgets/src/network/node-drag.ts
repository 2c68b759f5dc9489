import type { Simulation } from 'd3-force';
import type { SimulationController } from '../controllers/simulation.js';
import type { ForceGraph } from './force-graph.js';
import {
  networkSimulation,
  type LayoutLink,
  type LayoutNode,
  type NetworkPositions,
} from './network.layout.js';

/**
 * Dragging one node of a settled network. With `settle`, a fresh simulation
 * starts from the picture as it is, gently warm (alpha 0.08), the dragged
 * node pinned under the pointer, and the graph re-settles around it one tick
 * per frame (driven by the `SimulationController`, so it stops on
 * disconnect). Without (`static`, reduced motion) only the dragged node moves.
 * Dropped nodes stay where they were dropped.
 */
export class NodeDrag {
  /** the node being dragged, or -1 */
  dragging = -1;
  #simulation: SimulationController<NetworkPositions>;
  #live: Simulation<LayoutNode, LayoutLink> | undefined;
  #pinned = new Map<number, [number, number]>();

  constructor(simulation: SimulationController<NetworkPositions>) {
    this.#simulation = simulation;
  }

  /** Forgets dropped nodes and stops moving (a new model, a disconnect). */
  reset(): void {
    this.dragging = -1;
    this.#live = undefined;
    this.#pinned.clear();
    this.#simulation.stopLive();
  }

  /** Starts dragging node `i`; `onMove` receives the positions after every frame when `settle`. */
  start(
    i: number,
    graph: ForceGraph,
    seed: number,
    positions: NetworkPositions,
    settle: boolean,
    onMove: (p: NetworkPositions) => void,
  ): void {
    this.dragging = i;
    this.#live = undefined;
    if (!settle) return;
    const live = networkSimulation(graph, seed, positions).alpha(0.08).alphaTarget(0.08);
    for (const [j, [x, y]] of this.#pinned) Object.assign(live.nodes()[j] ?? {}, { fx: x, fy: y });
    this.#live = live;
    this.#simulation.drive(live, () => {
      const nodes = live.nodes();
      onMove({ x: Float64Array.from(nodes, (d) => d.x), y: Float64Array.from(nodes, (d) => d.y) });
    });
  }

  /**
   * Moves node `i` to (x, y) in layout units. Returns the new positions when
   * only this node moves; undefined while a simulation carries the move.
   */
  move(i: number, x: number, y: number, positions: NetworkPositions): NetworkPositions | undefined {
    if (this.dragging !== i) return undefined;
    this.#pinned.set(i, [x, y]);
    if (this.#live && this.#simulation.driving) {
      Object.assign(this.#live.nodes()[i]!, { fx: x, fy: y });
      return undefined;
    }
    const next = { x: Float64Array.from(positions.x), y: Float64Array.from(positions.y) };
    next.x[i] = x;
    next.y[i] = y;
    return next;
  }

  /** Drops the node: the simulation cools down and stops by itself. */
  end(): void {
    this.dragging = -1;
    this.#live?.alphaTarget(0);
  }
}
