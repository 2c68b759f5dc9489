import { busiestFirst } from '@remit/core/metrics/plain';
import type { NetworkNode } from './network.model.js';

/**
 * Node positions, most important first, in core's one busiest-first order
 * (`busiestFirst`: biggest `size` — a unit's items, an item's units — then most
 * leads, then plan order). Labels are placed in this order, and arrow keys can
 * follow it.
 */
export function byImportance(nodes: readonly NetworkNode[]): number[] {
  return busiestFirst(nodes.map((n) => ({ items: n.size, lead: n.lead })));
}
