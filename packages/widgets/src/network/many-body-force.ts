import type { SimulationNodeDatum } from 'd3-force';
import { FlatQuadtree, grow } from './flat-quadtree.js';

/** A node of the force: d3-force's node with its `index` set by the simulation. */
type Body = SimulationNodeDatum & { index: number; x: number; y: number; vx: number; vy: number };

/** The many-body force as a d3-force force: called with alpha each tick, initialised by the simulation. */
export interface ManyBodyForce<N> {
  (alpha: number): void;
  initialize(nodes: N[], random: () => number): void;
}

/**
 * d3-force's `forceManyBody().strength(strength).theta(theta)` (distances at
 * their defaults), with the same results byte for byte: the same Barnes–Hut
 * quadtree (d3-quadtree's extent, splits and visiting order), the same sums in
 * the same order and the same calls to the random source. The tree lives in
 * typed arrays reused from tick to tick, where d3 builds one of small objects
 * a tick and a visitor object per quadrant visited: half the time, most of it
 * garbage collection, for the force that costs the most in a layout.
 *
 * @example simulation.force('charge', manyBodyForce((d) => -30, 0.9))
 */
export function manyBodyForce<N extends SimulationNodeDatum>(
  strength: (node: N) => number,
  theta = 0.9,
): ManyBodyForce<N> {
  const theta2 = theta * theta;
  const tree = new FlatQuadtree();
  let nodes: Body[] = [];
  let random: () => number = Math.random;
  let strengths = new Float64Array(0);
  let px = new Float64Array(0);
  let py = new Float64Array(0);
  // each quadrant's total strength and centre of strength
  let value = new Float64Array(0);
  let cx = new Float64Array(0);
  let cy = new Float64Array(0);
  let stack = new Int32Array(64);

  const jiggle = (): number => (random() - 0.5) * 1e-6;

  // d3's accumulate: leaves, then the other quadrants from the last made (after their children).
  function accumulate(): void {
    const { child, head, next, count } = tree;
    if (value.length < count) {
      value = new Float64Array(tree.head.length);
      cx = new Float64Array(tree.head.length);
      cy = new Float64Array(tree.head.length);
    }
    for (let k = 0; k < count; k++) {
      const h = head[k]!;
      if (h < 0) continue;
      let s = 0;
      for (let q = h; q >= 0; q = next[q]!) s += strengths[q]!;
      value[k] = s;
      cx[k] = px[h]!;
      cy[k] = py[h]!;
    }
    for (let k = count - 1; k >= 0; k--) {
      if (head[k]! >= 0) continue;
      let s = 0;
      let weight = 0;
      let x = 0;
      let y = 0;
      for (let c = 4 * k; c < 4 * k + 4; c++) {
        const q = child[c]! - 1;
        if (q < 0) continue;
        const v = value[q]!;
        const a = Math.abs(v);
        if (!a) continue;
        s += v;
        weight += a;
        x += a * cx[q]!;
        y += a * cy[q]!;
      }
      cx[k] = x / weight;
      cy[k] = y / weight;
      value[k] = s;
    }
  }

  function force(alpha: number): void {
    for (let i = 0; i < nodes.length; i++) {
      px[i] = +nodes[i]!.x;
      py[i] = +nodes[i]!.y;
    }
    tree.build(px, py);
    if (tree.root < 0) return;
    accumulate();
    const { child, head, next, x0, x1, root } = tree;
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i]!;
      const nx = node.x;
      const ny = node.y;
      let vx = node.vx;
      let vy = node.vy;
      let top = 0;
      stack[0] = root;
      while (top >= 0) {
        const k = stack[top--]!;
        const v = value[k]!;
        if (!v) continue;
        let x = cx[k]! - nx;
        let y = cy[k]! - ny;
        const w = x1[k]! - x0[k]!;
        let l = x * x + y * y;
        if ((w * w) / theta2 < l) {
          if (l < Infinity) {
            if (x === 0) {
              x = jiggle();
              l += x * x;
            }
            if (y === 0) {
              y = jiggle();
              l += y * y;
            }
            if (l < 1) l = Math.sqrt(l);
            vx += (x * v * alpha) / l;
            vy += (y * v * alpha) / l;
          }
          continue;
        }
        const h = head[k]!;
        if (h < 0) {
          // children pushed last to first, so the first is visited first
          if (stack.length < top + 5) stack = grow(stack, 2 * stack.length);
          for (let c = 4 * k + 3; c >= 4 * k; c--) if (child[c]! > 0) stack[++top] = child[c]! - 1;
          continue;
        }
        if (l >= Infinity) continue;
        if (h !== i || next[h]! >= 0) {
          if (x === 0) {
            x = jiggle();
            l += x * x;
          }
          if (y === 0) {
            y = jiggle();
            l += y * y;
          }
          if (l < 1) l = Math.sqrt(l);
        }
        for (let q = h; q >= 0; q = next[q]!) {
          if (q === i) continue;
          const f = (strengths[q]! * alpha) / l;
          vx += x * f;
          vy += y * f;
        }
      }
      node.vx = vx;
      node.vy = vy;
    }
  }

  force.initialize = (list: N[], source: () => number): void => {
    nodes = list as unknown as Body[];
    random = source;
    const n = nodes.length;
    strengths = new Float64Array(n);
    for (let i = 0; i < n; i++) strengths[nodes[i]!.index] = +strength(list[i]!);
    px = new Float64Array(n);
    py = new Float64Array(n);
  };
  return force;
}
