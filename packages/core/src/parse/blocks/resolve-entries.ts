import type { Entry } from './entry.js';

/** The part an entry plays in the plan. */
export type EntryRole = 'item' | 'section' | 'sub-point' | 'skipped';

export interface ResolvedEntry {
  entry: Entry;
  /** index of the enclosing entry, -1 at the top */
  parent: number;
  role: EntryRole;
  /** an item with items nested under it: it heads a section as well */
  heading?: boolean;
}

/**
 * Decides, as the corpus README does, which entries are items and which are
 * sections: an entry is an item when it carries its own clause; a heading
 * without one is a section when items are nested under it; entries under an
 * item without clauses of their own are its sub-points; an item with items under
 * it heads a section of them as well. Nesting follows the numbering rank
 * (一、 > （一） > 1. > （1） > ①).
 *
 * One case moves a clause: when only the last of several sub-points has a clause,
 * and that clause closes it (on its own line or at the end of its paragraph), it
 * closes the list and belongs to the entry above (`1. 市科技馆` / `(1)…(2)…(3)…` /
 * `问题整改责任单位:…`).
 */
export function resolveEntries(entries: Entry[]): ResolvedEntry[] {
  const parents = nest(entries);
  const children = entries.map((): number[] => []);
  parents.forEach((p, k) => {
    if (p >= 0) children[p]!.push(k);
  });
  for (let k = entries.length - 1; k >= 0; k--)
    moveClosingClause(entries, entries[k]!, children[k]!);
  const hasClause = entries.map((e) => e.clauses.length > 0);
  const underItem = entries.map(() => false);
  const itemBelow = entries.map(() => false);
  entries.forEach((_, k) => {
    const p = parents[k]!;
    underItem[k] = p >= 0 && (hasClause[p]! || underItem[p]!);
  });
  for (let k = entries.length - 1; k >= 0; k--) {
    const p = parents[k]!;
    if (p >= 0 && (hasClause[k]! || itemBelow[k]!)) itemBelow[p] = true;
  }
  return entries.map((entry, k): ResolvedEntry => {
    keepAtSize(entry);
    const role = hasClause[k]
      ? 'item'
      : itemBelow[k]
        ? 'section'
        : underItem[k]
          ? 'sub-point'
          : 'skipped';
    return role === 'item' && itemBelow[k]
      ? { entry, parent: parents[k]!, role, heading: true }
      : { entry, parent: parents[k]!, role };
  });
}

/**
 * The entry's lists copied at their size. An entry is read line by line, its body and
 * clauses pushed onto lists that keep room for 17 once pushed; the entries live to the
 * end of the parse, and a copy costs less than the room it gives back.
 */
function keepAtSize(entry: Entry): void {
  if (entry.body.length > 1) entry.body = entry.body.slice();
  if (entry.clauses.length > 0) entry.clauses = entry.clauses.slice();
}

function nest(entries: Entry[]): number[] {
  const stack: number[] = [];
  return entries.map((entry, k) => {
    while (stack.length > 0 && entries[stack[stack.length - 1]!]!.rank >= entry.rank) stack.pop();
    const parent = stack.length > 0 ? stack[stack.length - 1]! : -1;
    stack.push(k);
    return parent;
  });
}

function moveClosingClause(entries: Entry[], parent: Entry, kids: number[]): void {
  if (parent.clauses.length > 0 || kids.length < 2 || parent.rank < 3) return;
  const holders = kids.filter((k) => entries[k]!.clauses.length > 0);
  const last = entries[kids[kids.length - 1]!]!;
  if (holders.length !== 1 || entries[holders[0]!] !== last) return;
  if (last.kind !== 'numbered' || !last.closed) return;
  // a clause closing the last sub-point's own paragraph moves only below item level
  const inline = last.lineClauses < last.clauses.length;
  if (inline && parent.rank < 4) return;
  for (const c of last.clauses) parent.clauses.push(c);
  parent.lineClauses += last.lineClauses;
  last.clauses = [];
  last.lineClauses = 0;
}
