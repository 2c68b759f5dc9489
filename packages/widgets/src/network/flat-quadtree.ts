/**
 * d3-quadtree's tree of points in typed arrays, reused from build to build:
 * the same extent (an integer square doubled until it holds every point), the
 * same splits and the same leaves as `quadtree(points, x, y)`, so a force that
 * walks it in d3's order adds the same numbers in the same order as d3-force.
 * A layout builds one every tick; d3 makes an object per quadrant and per
 * point each time, which the garbage collector then spends as long on.
 *
 * Quadrant `k` (leaves included) has children `child[4k … 4k + 3]` (0 none,
 * `q + 1` quadrant `q`), in d3's order (top left, top right, bottom left,
 * bottom right), and bounds `x0[k]`, `y0[k]`, `x1[k]`, `y1[k]` as d3's visit
 * computes them. A leaf holds the points at one place: `head[k]` is the last
 * one added and `next[i]` the one added before `i` (-1: none); `head[k]` is
 * -1 for the other quadrants, which come after their parents in number.
 *
 * @example
 * const tree = new FlatQuadtree();
 * tree.build(x, y);
 * tree.root // -1 when no point is valid
 */
export class FlatQuadtree {
  root = -1;
  /** the quadrants in use */
  count = 0;
  child = new Int32Array(0);
  head = new Int32Array(0);
  next = new Int32Array(0);
  x0 = new Float64Array(0);
  y0 = new Float64Array(0);
  x1 = new Float64Array(0);
  y1 = new Float64Array(0);
  #x: Float64Array<ArrayBufferLike> = new Float64Array(0);
  #y: Float64Array<ArrayBufferLike> = new Float64Array(0);

  /** Builds the tree of points `(x[i], y[i])`; points with a NaN coordinate are left out, as d3 does. */
  build(x: Float64Array, y: Float64Array): void {
    const n = x.length;
    this.#x = x;
    this.#y = y;
    if (this.next.length < n) this.next = new Int32Array(n);
    this.root = -1;
    this.count = 0;
    let xa = Infinity;
    let ya = Infinity;
    let xb = -Infinity;
    let yb = -Infinity;
    for (let i = 0; i < n; i++) {
      const xi = x[i]!;
      const yi = y[i]!;
      if (isNaN(xi) || isNaN(yi)) continue;
      if (xi < xa) xa = xi;
      if (xi > xb) xb = xi;
      if (yi < ya) ya = yi;
      if (yi > yb) yb = yi;
    }
    if (xa > xb || ya > yb) return;
    const left = Math.floor(xa);
    const top = Math.floor(ya);
    let z = 1;
    while (xb >= left + z || yb >= top + z) z *= 2;
    for (let i = 0; i < n; i++) this.#add(i, left, top, left + z, top + z);
  }

  /** The quadrant (kept as d3 would place it) for the point at `p`: d3-quadtree's `add`. */
  #add(p: number, xa: number, ya: number, xb: number, yb: number): void {
    const x = this.#x[p]!;
    const y = this.#y[p]!;
    if (isNaN(x) || isNaN(y)) return;
    this.next[p] = -1;
    if (this.root < 0) {
      this.root = this.#quad(p, xa, ya, xb, yb);
      return;
    }
    let node = this.root;
    let parent = -1;
    let slot = 0;
    while (this.head[node]! < 0) {
      const xm = (xa + xb) / 2;
      const ym = (ya + yb) / 2;
      const right = x >= xm;
      const bottom = y >= ym;
      if (right) xa = xm;
      else xb = xm;
      if (bottom) ya = ym;
      else yb = ym;
      slot = (bottom ? 2 : 0) | (right ? 1 : 0);
      parent = node;
      const c = this.child[4 * node + slot]!;
      if (c === 0) {
        // made before it is stored: #quad may replace the arrays
        const leaf = this.#quad(p, xa, ya, xb, yb);
        this.child[4 * node + slot] = leaf + 1;
        return;
      }
      node = c - 1;
    }
    const h = this.head[node]!;
    const xp = this.#x[h]!;
    const yp = this.#y[h]!;
    if (x === xp && y === yp) {
      this.next[p] = h;
      this.head[node] = p;
      return;
    }
    // split until the two points part; the old leaf takes its new bounds
    let j: number;
    let xm: number;
    let ym: number;
    let xl: number;
    let xr: number;
    let yt: number;
    let yd: number;
    do {
      const k = this.#quad(-1, xa, ya, xb, yb);
      if (parent >= 0) this.child[4 * parent + slot] = k + 1;
      else this.root = k;
      parent = k;
      xl = xa;
      xr = xb;
      yt = ya;
      yd = yb;
      xm = (xa + xb) / 2;
      ym = (ya + yb) / 2;
      const right = x >= xm;
      const bottom = y >= ym;
      if (right) xa = xm;
      else xb = xm;
      if (bottom) ya = ym;
      else yb = ym;
      slot = (bottom ? 2 : 0) | (right ? 1 : 0);
      j = (yp >= ym ? 2 : 0) | (xp >= xm ? 1 : 0);
    } while (slot === j);
    this.x0[node] = j & 1 ? xm : xl;
    this.x1[node] = j & 1 ? xr : xm;
    this.y0[node] = j & 2 ? ym : yt;
    this.y1[node] = j & 2 ? yd : ym;
    const leaf = this.#quad(p, xa, ya, xb, yb);
    this.child[4 * parent + j] = node + 1;
    this.child[4 * parent + slot] = leaf + 1;
  }

  #quad(head: number, xa: number, ya: number, xb: number, yb: number): number {
    const k = this.count++;
    if (k === this.head.length) {
      const size = Math.max(64, 2 * k);
      this.child = grow(this.child, 4 * size);
      this.head = grow(this.head, size);
      this.x0 = grow(this.x0, size);
      this.y0 = grow(this.y0, size);
      this.x1 = grow(this.x1, size);
      this.y1 = grow(this.y1, size);
    }
    this.child.fill(0, 4 * k, 4 * k + 4);
    this.head[k] = head;
    this.x0[k] = xa;
    this.y0[k] = ya;
    this.x1[k] = xb;
    this.y1[k] = yb;
    return k;
  }
}

/** `a` copied into a typed array of the same kind and `size` elements. */
export function grow<A extends Int32Array | Float64Array>(a: A, size: number): A {
  const b = (a instanceof Int32Array ? new Int32Array(size) : new Float64Array(size)) as A;
  b.set(a);
  return b;
}
