import type { ResolvedEntry } from '../blocks/resolve-entries.js';

/**
 * The 0-based line where the plan's body starts: the outermost heading above
 * the first item (or the header of its table). Metadata is read above it.
 */
export function bodyLineOf(resolved: readonly ResolvedEntry[]): number {
  const first = resolved.findIndex((r) => r.role === 'item');
  if (first < 0)
    return resolved.length > 0 ? resolved[0]!.entry.line.index : Number.MAX_SAFE_INTEGER;
  let k = first;
  for (let p = resolved[k]!.parent; p >= 0; p = resolved[p]!.parent) {
    if (resolved[p]!.role === 'section') k = p;
  }
  const entry = resolved[k]!.entry;
  return (entry.tableLine ?? entry.line).index;
}
