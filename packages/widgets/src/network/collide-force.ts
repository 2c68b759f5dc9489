import type { SimulationNodeDatum } from 'd3-force';
import { FlatQuadtree, grow } from './flat-quadtree.js';

type Body = SimulationNodeDatum & { index: number; x: number; y: number; vx: number; vy: number };

/** The collision force as a d3-force force: called each tick, initialised by the simulation. */
export interface CollideForce<N> {
  (): void;
  initialize(nodes: N[], random: () => number): void;
}

/**
 * d3-force's `forceCollide(radius)` (strength 1, one iteration), with the same
 * results byte for byte: nodes pushed apart where their circles overlap, found
 * through the same quadtree of next positions (`FlatQuadtree`) visited in the
 * same order, with the same arithmetic and the same calls to the random source.
 * Like `manyBodyForce`, it spares the objects d3 makes every tick.
 *
 * @example simulation.force('collide', collideForce((d) => d.r + 3))
 */
export function collideForce<N extends SimulationNodeDatum>(
  radius: (node: N) => number,
): CollideForce<N> {
  const tree = new FlatQuadtree();
  let nodes: Body[] = [];
  let random: () => number = Math.random;
  let radii = new Float64Array(0);
  let px = new Float64Array(0);
  let py = new Float64Array(0);
  // each quadrant's largest radius
  let reach = new Float64Array(0);
  let stack = new Int32Array(64);

  const jiggle = (): number => (random() - 0.5) * 1e-6;

  // d3's prepare: a leaf has its first point's radius, a quadrant the largest of its children's.
  function prepare(): void {
    const { child, head, count } = tree;
    if (reach.length < count) reach = new Float64Array(tree.head.length);
    for (let k = 0; k < count; k++) if (head[k]! >= 0) reach[k] = radii[head[k]!]!;
    // a quadrant comes after its parent, a leaf maybe before: leaves first, then back from the last
    for (let k = count - 1; k >= 0; k--) {
      if (head[k]! >= 0) continue;
      let r = 0;
      for (let c = 4 * k; c < 4 * k + 4; c++) {
        const q = child[c]! - 1;
        if (q >= 0 && reach[q]! > r) r = reach[q]!;
      }
      reach[k] = r;
    }
  }

  function force(): void {
    const n = nodes.length;
    for (let i = 0; i < n; i++) {
      const d = nodes[i]!;
      px[i] = d.x + d.vx;
      py[i] = d.y + d.vy;
    }
    tree.build(px, py);
    if (tree.root < 0) return;
    prepare();
    const { child, head, x0, y0, x1, y1, root } = tree;
    for (let i = 0; i < n; i++) {
      const node = nodes[i]!;
      const ri = radii[i]!;
      const ri2 = ri * ri;
      const xi = node.x + node.vx;
      const yi = node.y + node.vy;
      let top = 0;
      stack[0] = root;
      while (top >= 0) {
        const k = stack[top--]!;
        let rj = reach[k]!;
        let r = ri + rj;
        const h = head[k]!;
        if (h >= 0) {
          if (h <= i) continue;
          const data = nodes[h]!;
          let x = xi - data.x - data.vx;
          let y = yi - data.y - data.vy;
          let l = x * x + y * y;
          if (l < r * r) {
            if (x === 0) {
              x = jiggle();
              l += x * x;
            }
            if (y === 0) {
              y = jiggle();
              l += y * y;
            }
            l = Math.sqrt(l);
            l = (r - l) / l;
            rj *= rj;
            r = rj / (ri2 + rj);
            x *= l;
            y *= l;
            node.vx += x * r;
            node.vy += y * r;
            r = 1 - r;
            data.vx -= x * r;
            data.vy -= y * r;
          }
          continue;
        }
        if (x0[k]! > xi + r || x1[k]! < xi - r || y0[k]! > yi + r || y1[k]! < yi - r) continue;
        // children pushed last to first, so the first is visited first
        if (stack.length < top + 5) stack = grow(stack, 2 * stack.length);
        for (let c = 4 * k + 3; c >= 4 * k; c--) if (child[c]! > 0) stack[++top] = child[c]! - 1;
      }
    }
  }

  force.initialize = (list: N[], source: () => number): void => {
    nodes = list as unknown as Body[];
    random = source;
    const n = nodes.length;
    radii = new Float64Array(n);
    for (let i = 0; i < n; i++) radii[nodes[i]!.index] = +radius(list[i]!);
    px = new Float64Array(n);
    py = new Float64Array(n);
  };
  return force;
}
