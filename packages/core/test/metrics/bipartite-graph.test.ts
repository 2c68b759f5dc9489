import { describe, expect, it } from 'vitest';
import { bipartiteGraph, itemNodeKey, unitNodeKey } from '../../src/metrics/bipartite-graph.js';
import { founding, small } from './helpers/plans.js';

describe('bipartiteGraph', () => {
  it('has 17 item nodes, 15 unit nodes and 45 edges for the founding plan', () => {
    const g = bipartiteGraph(founding());
    expect(g.order).toBe(32);
    expect(g.size).toBe(45);
    expect(g.getNodeAttributes('item:i1')).toEqual({
      type: 'item',
      id: 'i1',
      label: '打造一流法治化营商环境',
    });
    expect(g.getNodeAttributes('unit:u9')).toEqual({ type: 'unit', id: 'u9', label: '各街镇' });
    expect(g.degree(unitNodeKey('u2'))).toBe(9);
    expect(g.neighbors(itemNodeKey('i3'))).toEqual(['unit:u8', 'unit:u9']);
  });

  it('keeps an item and a unit with the same id apart', () => {
    const g = bipartiteGraph(small({ x: ['x'] }));
    expect(g.nodes()).toEqual(['item:x', 'unit:x']);
    expect(g.hasEdge('item:x', 'unit:x')).toBe(true);
  });

  it('merges duplicate assignments into one edge carrying the written lead', () => {
    const g = bipartiteGraph(small({ i1: ['a', 'a*', 'b?'] }));
    expect(g.size).toBe(2);
    expect(g.getEdgeAttributes('item:i1', 'unit:a')).toEqual({ role: 'lead', inferred: false });
    expect(g.getEdgeAttributes('item:i1', 'unit:b')).toEqual({ role: 'member', inferred: true });
  });
});
