import type { Attributes } from 'graphology-types';

/** An edge's `weight` attribute, or 1 when it has none (as graphology reads weights). */
export function edgeWeight(attributes: Attributes): number {
  const w = attributes['weight'];
  return typeof w === 'number' && Number.isFinite(w) ? w : 1;
}
