import type { NetworkNode } from './network.model.js';

/**
 * Node positions, most important first: biggest `size`, then most leads, then
 * plan order. Labels are placed in this order, and arrow keys can follow it.
 */
export function byImportance(nodes: readonly NetworkNode[]): number[] {
  return nodes
    .map((_, i) => i)
    .sort((a, b) => nodes[b]!.size - nodes[a]!.size || nodes[b]!.lead - nodes[a]!.lead || a - b);
}
