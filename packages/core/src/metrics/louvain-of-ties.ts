import type { TieTable } from './tie-table.js';

/**
 * graphology-communities-louvain (2.0.2, undirected, fast local moves, random
 * walk) over checked ties between nodes `0 … count − 1`, on typed arrays
 * built straight from the ties: the same index (neighbours in the order
 * graphology's `UndirectedLouvainIndex` lays them out), the same moves, sums,
 * tie-breaks and calls to `random`, so the same partition as
 * `louvain(graph, { getEdgeWeight: 'weight', resolution, rng: random })` over
 * the graph of the ties, without a graph, a string key or an object per tie
 * (graphology's index names every node and tie by a string). Returns each node's community as
 * that run numbers them (not yet renumbered by first node).
 *
 * Even the queue's and the maps' integer widths are graphology's (mnemonist's
 * smallest unsigned array that holds every position): the queue marks a node
 * taken out by storing its capacity there, which wraps in the narrow arrays.
 */
export function louvainOfTies(
  count: number,
  ties: TieTable,
  resolution: number,
  random: () => number,
): Uint8Array | Uint16Array | Uint32Array {
  const Nodes = pointerArray(count + 1);
  let loopsCount = 0;
  const { source, target, weight } = ties;
  const m = ties.count;
  for (let k = 0; k < m; k++) if (source[k] === target[k]) loopsCount++;
  const size = (m - loopsCount) * 2;
  // graphology's index
  const neighborhood = new Nodes(size);
  const weights = new Float64Array(size);
  const loops = new Float64Array(count);
  const starts = new (pointerArray(size))(count + 1);
  const belongings = new Nodes(count);
  const counts = new Nodes(count);
  const unused = new Nodes(count);
  const totalWeights = new Float64Array(count);
  let C = count;
  let U = 0;
  let M = 0;
  let degreeSum = 0;
  for (let k = 0; k < m; k++) {
    if (source[k] === target[k]) continue;
    starts[source[k]!]!++;
    starts[target[k]!]!++;
  }
  for (let i = 0; i < count; i++) {
    degreeSum += starts[i]!;
    starts[i] = degreeSum;
    belongings[i] = i;
    counts[i] = 1;
  }
  // neighbours are filled from the end of each node's run, in tie order
  for (let k = 0; k < m; k++) {
    const w = weight[k]!;
    const s = source[k]!;
    M += w;
    if (s === target[k]) {
      totalWeights[s]! += w * 2;
      loops[s] = w * 2;
      continue;
    }
    const d = target[k]!;
    totalWeights[s]! += w;
    totalWeights[d]! += w;
    const a = --starts[s]!;
    const b = --starts[d]!;
    neighborhood[a] = d;
    neighborhood[b] = s;
    weights[a] = w;
    weights[b] = w;
  }
  starts[count] = size;
  const mapping = belongings.slice();
  if (m === 0) return mapping;

  // mnemonist's SparseMap (community → weight) and SparseQueueSet (nodes to visit)
  const Pointers = pointerArray(count);
  const mapDense = new Pointers(count);
  const mapSparse = new Pointers(count);
  const mapVals = new Float64Array(count);
  let mapSize = 0;
  const queueDense = new Pointers(count);
  const queueSparse = new Pointers(count);
  let queueStart = 0;
  let queueSize = 0;
  const enqueue = (member: number): void => {
    let index = queueSparse[member]!;
    if (queueSize !== 0) {
      const inBounds =
        (index < count && index >= queueStart && index < queueStart + queueSize) ||
        index < (queueStart + queueSize) % count;
      if (inBounds && queueDense[index] === member) return;
    }
    index = (queueStart + queueSize) % count;
    queueDense[index] = member;
    queueSparse[member] = index;
    queueSize++;
  };
  const addWeight = (community: number, weight: number): void => {
    const index = mapSparse[community]!;
    if (index < mapSize && mapDense[index] === community) {
      mapVals[index]! += weight;
      return;
    }
    mapDense[mapSize] = community;
    mapSparse[community] = mapSize;
    mapVals[mapSize] = 0 + weight;
    mapSize++;
  };
  const weightOf = (community: number): number => {
    const index = mapSparse[community]!;
    return (index < mapSize && mapDense[index] === community && mapVals[index]) || 0;
  };

  let moveWasMade = true;
  while (moveWasMade) {
    const l = C;
    moveWasMade = false;
    let ri = Math.floor(random() * l);
    for (let s = 0; s < l; s++, ri++) enqueue(ri % l);
    while (queueSize !== 0) {
      const i = queueDense[queueStart]!;
      queueSize--;
      queueStart++;
      if (queueStart === count) queueStart = 0;
      queueSparse[i] = count;
      let degree = 0;
      mapSize = 0;
      const current = belongings[i]!;
      const end = starts[i + 1]!;
      for (let o = starts[i]!; o < end; o++) {
        const w = weights[o]!;
        degree += w;
        addWeight(belongings[neighborhood[o]!]!, w);
      }
      const full = degree + loops[i]!;
      let bestDelta =
        weightOf(current) - (full * (totalWeights[current]! - full) * resolution) / (2 * M);
      let best = current;
      for (let ci = 0; ci < mapSize; ci++) {
        const target = mapDense[ci]!;
        if (target === current) continue;
        const delta = mapVals[ci]! - (full * totalWeights[target]! * resolution) / (2 * M);
        const better =
          Math.abs(delta - bestDelta) < EPSILON
            ? best !== current && target > best
            : delta > bestDelta;
        if (better) {
          bestDelta = delta;
          best = target;
        }
      }
      if (bestDelta < 0) {
        // isolate: back to a community of its own, unless it is alone already
        if (counts[current] === 1) continue;
        best = unused[--U]!;
        totalWeights[current]! -= full;
        totalWeights[best]! += full;
        belongings[i] = best;
        counts[current]!--;
        counts[best]!++;
      } else {
        if (best === current) continue;
        totalWeights[current]! -= full;
        totalWeights[best]! += full;
        belongings[i] = best;
        const nowEmpty = counts[current]!-- === 1;
        counts[best]!++;
        if (nowEmpty) unused[U++] = current;
      }
      moveWasMade = true;
      for (let o = starts[i]!; o < end; o++) {
        const j = neighborhood[o]!;
        if (belongings[j] !== best) enqueue(j);
      }
    }
    if (moveWasMade) C = zoomOut();
  }
  return mapping;

  /** graphology's zoomOut: each community becomes a node of the next level; returns their count. */
  function zoomOut(): number {
    const label = new Int32Array(C).fill(-1);
    const first: number[] = [];
    let next = 0;
    for (let i = 0; i < C; i++) {
      const ci = belongings[i]!;
      if (label[ci]! < 0) {
        label[ci] = next++;
        first.push(ci);
      }
      belongings[i] = label[ci]!;
    }
    for (let i = 0; i < count; i++) mapping[i] = belongings[mapping[i]!]!;
    // members of each new node, in node order
    const memberStart = new Int32Array(next + 1);
    for (let i = 0; i < C; i++) memberStart[belongings[i]! + 1]!++;
    for (let c = 0; c < next; c++) memberStart[c + 1]! += memberStart[c]!;
    const members = new Int32Array(C);
    const fill = memberStart.slice(0, next);
    for (let i = 0; i < C; i++) members[fill[belongings[i]!]!++] = i;
    const newTotal = Float64Array.from(first, (ci) => totalWeights[ci]!);
    const newLoops = new Float64Array(next);
    // each new node's neighbours, summed in node then neighbour order, listed by number
    const adjStart = new Int32Array(next + 1);
    const adjNode: number[] = [];
    const adjWeight: number[] = [];
    const sum = new Float64Array(next);
    const seen = new Int32Array(next).fill(-1);
    const touched: number[] = [];
    for (let c = 0; c < next; c++) {
      let internal = 0;
      touched.length = 0;
      for (let m = memberStart[c]!; m < memberStart[c + 1]!; m++) {
        const i = members[m]!;
        internal += loops[i]!;
        for (let o = starts[i]!; o < starts[i + 1]!; o++) {
          const cj = belongings[neighborhood[o]!]!;
          if (cj === c) {
            internal += weights[o]!;
            continue;
          }
          if (seen[cj] !== c) {
            seen[cj] = c;
            sum[cj] = 0;
            touched.push(cj);
          }
          sum[cj]! += weights[o]!;
        }
      }
      newLoops[c] = internal;
      touched.sort((a, b) => a - b);
      for (const cj of touched) {
        adjNode.push(cj);
        adjWeight.push(sum[cj]!);
      }
      adjStart[c + 1] = adjNode.length;
    }
    for (let c = 0; c < next; c++) {
      totalWeights[c] = newTotal[c]!;
      loops[c] = newLoops[c]!;
      counts[c] = 1;
      starts[c] = adjStart[c]!;
      belongings[c] = c;
    }
    for (let e = 0; e < adjNode.length; e++) {
      neighborhood[e] = adjNode[e]!;
      weights[e] = adjWeight[e]!;
    }
    starts[next] = adjNode.length;
    U = 0;
    return next;
  }
}

const EPSILON = 1e-10;

type PointerArray = typeof Uint8Array | typeof Uint16Array | typeof Uint32Array;

/** mnemonist's `getPointerArray`: the narrowest unsigned array whose values reach `size − 1`. */
function pointerArray(size: number): PointerArray {
  const max = size - 1;
  if (max <= 255) return Uint8Array;
  if (max <= 65535) return Uint16Array;
  return Uint32Array;
}
