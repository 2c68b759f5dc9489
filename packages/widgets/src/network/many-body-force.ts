import type { SimulationNodeDatum } from 'd3-force';

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
  let nodes: Body[] = [];
  let random: () => number = Math.random;
  let strengths = new Float64Array(0);
  let px = new Float64Array(0);
  let py = new Float64Array(0);
  // points at the same place, chained (-1: end) from the last one added
  let next = new Int32Array(0);
  // the tree's quadrants, leaves included: children (0 none, k + 1 quadrant k),
  // the first point of a leaf (-1: not a leaf), width, total strength and centre
  let child = new Int32Array(0);
  let head = new Int32Array(0);
  let width = new Float64Array(0);
  let value = new Float64Array(0);
  let cx = new Float64Array(0);
  let cy = new Float64Array(0);
  let quads = 0;
  let root = -1;
  let stack = new Int32Array(0);

  const jiggle = (): number => (random() - 0.5) * 1e-6;

  function newQuad(point: number, w: number): number {
    if (quads === head.length) {
      const size = Math.max(64, 2 * quads);
      child = grow(child, 4 * size) as Int32Array;
      head = grow(head, size) as Int32Array;
      width = grow(width, size) as Float64Array;
      value = grow(value, size) as Float64Array;
      cx = grow(cx, size) as Float64Array;
      cy = grow(cy, size) as Float64Array;
    }
    child.fill(0, 4 * quads, 4 * quads + 4);
    head[quads] = point;
    width[quads] = w;
    return quads++;
  }

  // d3-quadtree's addAll: the extent of the valid points, then each point added in order.
  function build(): void {
    const n = nodes.length;
    let xa = Infinity;
    let ya = Infinity;
    let xb = -Infinity;
    let yb = -Infinity;
    for (let i = 0; i < n; i++) {
      const x = +nodes[i]!.x;
      const y = +nodes[i]!.y;
      px[i] = x;
      py[i] = y;
      if (isNaN(x) || isNaN(y)) {
        px[i] = NaN;
        continue;
      }
      if (x < xa) xa = x;
      if (x > xb) xb = x;
      if (y < ya) ya = y;
      if (y > yb) yb = y;
    }
    quads = 0;
    root = -1;
    if (xa > xb || ya > yb) return;
    // cover(xa, ya) then cover(xb, yb): an integer square doubled until it holds both
    const x0 = Math.floor(xa);
    const y0 = Math.floor(ya);
    let z = 1;
    while (xb >= x0 + z || yb >= y0 + z) z *= 2;
    for (let i = 0; i < n; i++) add(i, px[i]!, py[i]!, x0, y0, x0 + z, y0 + z);
  }

  // d3-quadtree's add of point p inside the root's bounds; each quadrant keeps
  // the width d3's visit would compute for it (the same halvings).
  function add(p: number, x: number, y: number, xa: number, ya: number, xb: number, yb: number) {
    if (isNaN(x) || isNaN(y)) return;
    next[p] = -1;
    if (root < 0) {
      root = newQuad(p, xb - xa);
      return;
    }
    let node = root;
    let parent = -1;
    let slot = 0;
    while (head[node]! < 0) {
      const xm = (xa + xb) / 2;
      const ym = (ya + yb) / 2;
      const right = x >= xm;
      const bottom = y >= ym;
      if (right) xa = xm;
      else xb = xm;
      if (bottom) ya = ym;
      else yb = ym;
      slot = ((bottom ? 1 : 0) << 1) | (right ? 1 : 0);
      parent = node;
      const c = child[4 * node + slot]!;
      if (c === 0) {
        // made first: newQuad may replace the arrays
        const leaf = newQuad(p, xb - xa);
        child[4 * node + slot] = leaf + 1;
        return;
      }
      node = c - 1;
    }
    const h = head[node]!;
    const xp = px[h]!;
    const yp = py[h]!;
    if (x === xp && y === yp) {
      next[p] = h;
      head[node] = p;
      return;
    }
    let j: number;
    let xm: number;
    let xl: number;
    let xr: number;
    do {
      const k = newQuad(-1, xb - xa);
      if (parent >= 0) child[4 * parent + slot] = k + 1;
      else root = k;
      parent = k;
      xl = xa;
      xr = xb;
      xm = (xa + xb) / 2;
      const ym = (ya + yb) / 2;
      const right = x >= xm;
      const bottom = y >= ym;
      if (right) xa = xm;
      else xb = xm;
      if (bottom) ya = ym;
      else yb = ym;
      slot = ((bottom ? 1 : 0) << 1) | (right ? 1 : 0);
      j = ((yp >= ym ? 1 : 0) << 1) | (xp >= xm ? 1 : 0);
    } while (slot === j);
    width[node] = j & 1 ? xr - xm : xm - xl;
    const leaf = newQuad(p, xb - xa);
    child[4 * parent + j] = node + 1;
    child[4 * parent + slot] = leaf + 1;
  }

  // d3's accumulate: leaves first, then the other quadrants from the last made
  // (children are made after their parents).
  function accumulate(): void {
    for (let k = 0; k < quads; k++) {
      const h = head[k]!;
      if (h < 0) continue;
      let s = 0;
      for (let q = h; q >= 0; q = next[q]!) s += strengths[q]!;
      value[k] = s;
      cx[k] = px[h]!;
      cy[k] = py[h]!;
    }
    for (let k = quads - 1; k >= 0; k--) {
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
    build();
    if (root < 0) return;
    accumulate();
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
        const w = width[k]!;
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
          if (stack.length < top + 5) stack = grow(stack, 2 * stack.length) as Int32Array;
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
    next = new Int32Array(n);
    stack = new Int32Array(64);
  };
  return force;
}

function grow(a: Int32Array | Float64Array, size: number): Int32Array | Float64Array {
  const b = a instanceof Int32Array ? new Int32Array(size) : new Float64Array(size);
  b.set(a);
  return b;
}
