import { describe, expect, it } from 'vitest';
import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  type Force,
  type SimulationNodeDatum,
} from 'd3-force';
import { lcgRandom } from './lcg-random.js';
import { collideForce } from './collide-force.js';
import { manyBodyForce } from './many-body-force.js';

type Node = SimulationNodeDatum & { r: number };

/** `n` nodes from a seeded source; `round` snaps them to a grid of that step, so some coincide. */
function nodesOf(n: number, seed: number, spread: number, round = 0): Node[] {
  const random = lcgRandom(seed);
  return Array.from({ length: n }, () => {
    let x = (random() - 0.5) * spread;
    let y = (random() - 0.5) * spread;
    if (round) {
      x = Math.round(x / round) * round;
      y = Math.round(y / round) * round;
    }
    return { x, y, r: 1 + 10 * random() };
  });
}

/** Positions and velocities after `ticks` ticks of a simulation of `force` (and links, unless `links` is false). */
function run(nodes: Node[], force: Force<Node, undefined>, ticks: number, links = true): string {
  const copy = nodes.map((d) => ({ ...d }));
  const simulation = forceSimulation(copy).stop().randomSource(lcgRandom(9)).force('tested', force);
  if (links) {
    const ties = copy.slice(1).map((_, i) => ({ source: i, target: (i * 7 + 3) % copy.length }));
    simulation.force('link', forceLink(ties));
  }
  simulation.tick(ticks);
  return JSON.stringify(copy.map((d) => [d.x, d.y, d.vx, d.vy]));
}

describe('manyBodyForce', () => {
  it("moves nodes exactly as d3's forceManyBody does, with the same strength and theta", () => {
    const cases: [Node[], number][] = [
      [nodesOf(1, 1, 100), 0.9],
      [nodesOf(2, 2, 100), 0.9],
      [nodesOf(60, 3, 300), 0.9],
      [nodesOf(300, 4, 800), 1.2],
      [nodesOf(500, 5, 3000), 0.5],
    ];
    for (const [nodes, theta] of cases) {
      const strength = (d: Node) => -24 - 3 * d.r;
      const d3 = forceManyBody<Node>().strength(strength).theta(theta);
      expect(run(nodes, manyBodyForce(strength, theta), 40)).toBe(run(nodes, d3, 40));
    }
  });

  it('treats nodes at the same place, and a node on its own, as d3 does (random jiggle included)', () => {
    // on a grid of 10 in a square of 40: most nodes share their place with others
    const crowded = nodesOf(80, 6, 40, 10);
    const strength = () => -30;
    const d3 = forceManyBody<Node>().strength(strength);
    expect(run(crowded, manyBodyForce(strength), 1, false)).toBe(run(crowded, d3, 1, false));
    expect(run(crowded, manyBodyForce(strength), 30)).toBe(run(crowded, d3, 30));
    const same = Array.from({ length: 5 }, () => ({ x: 3, y: 3, r: 1 }));
    expect(run(same, manyBodyForce(strength), 5, false)).toBe(
      run(same, forceManyBody<Node>().strength(strength), 5, false),
    );
  });

  it('skips nodes without a position, as d3 does', () => {
    const nodes = nodesOf(20, 7, 100);
    nodes[3]!.x = Number.NaN;
    const strength = (d: Node) => -10 * d.r;
    const d3 = forceManyBody<Node>().strength(strength);
    expect(run(nodes, manyBodyForce(strength), 1, false)).toBe(run(nodes, d3, 1, false));
  });
});

describe('collideForce', () => {
  it("moves nodes exactly as d3's forceCollide does, with the same radii", () => {
    const radius = (d: Node) => d.r + 3;
    for (const nodes of [nodesOf(1, 1, 10), nodesOf(60, 3, 100), nodesOf(400, 4, 300)]) {
      expect(run(nodes, collideForce(radius), 30)).toBe(run(nodes, forceCollide(radius), 30));
    }
  });

  it('treats nodes at the same place as d3 does (random jiggle included)', () => {
    const crowded = nodesOf(80, 6, 40, 10);
    const radius = (d: Node) => d.r;
    expect(run(crowded, collideForce(radius), 1, false)).toBe(
      run(crowded, forceCollide(radius), 1, false),
    );
    expect(run(crowded, collideForce(radius), 20)).toBe(run(crowded, forceCollide(radius), 20));
  });
});
