/** What a linked selection or hover points at: one unit or one item, by id. */
export interface Selection {
  kind: 'unit' | 'item';
  id: string;
}

/** True when two selections point at the same thing (both null counts). */
export function sameSelection(a: Selection | null, b: Selection | null): boolean {
  return a === b || (!!a && !!b && a.kind === b.kind && a.id === b.id);
}
