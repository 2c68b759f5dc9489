import type { Item } from '../model/plan.js';
import { assignComponents, type ScoredPair } from './assign-components.js';
import { candidatePairs } from './candidate-pairs.js';
import {
  itemContainment,
  itemGrams,
  itemProfile,
  itemSimilarity,
  joinedProfile,
  MIN_PART_GRAMS,
  titleContainment,
  type ItemProfile,
} from './item-similarity.js';
import type { ItemMatch, ItemMatchKind, ItemRef } from './types.js';

/** The settings `matchItems` runs with; `comparePlans` resolves them from `ComparePlansOptions`. */
export interface MatchItemsSettings {
  threshold: number;
  titleContainment: number;
  containment: number;
  candidatesPerItem: number;
  maxGramItems: number;
  maxOptimal: number;
}

/** What `matchItems` returns: the matches, and components paired greedily (see `assignComponents`). */
export interface ItemMatching {
  matches: ItemMatch[];
  greedy: [number, number][];
}

/**
 * Matches the items of two plans, in four steps:
 *
 * 1. **Same text**: items whose similarity is 1 (same normalised title, and same
 *    body where both have one) pair in plan order.
 * 2. **Candidates**: for the rest, `candidatePairs` proposes, from an inverted
 *    index of character bigrams that skips very common ones, the few items before
 *    that share most grams with each item after; only those pairs are scored
 *    (`itemSimilarity`), never all pairs.
 * 3. **One to one**: pairs scoring at least `threshold`, or one of whose titles
 *    lies in the other's text (`titleContainment` at least the setting), are
 *    kept by an optimal assignment within each connected component
 *    (`assignComponents`): `reworded`. A pair kept for its title alone keeps
 *    its similarity, below the threshold.
 * 4. **Splits and merges**: an item after left unpaired whose text lies mostly
 *    (containment ≥ `containment`) in an item before is a part of it; an item
 *    before with two or more parts after (its pair, if any, counting as one) was
 *    `split`. Likewise an unpaired item before lying in an item after was
 *    `merged` into it. Whatever is left is `new` or `dropped`.
 *
 * Matches come in the order of their first item after; dropped items follow in
 * the order before.
 */
export function matchItems(
  before: readonly Item[],
  after: readonly Item[],
  settings: MatchItemsSettings,
): ItemMatching {
  const beforeProfiles = before.map(itemProfile);
  const afterProfiles = after.map(itemProfile);
  const partnerOfAfter = new Map<number, ScoredPair>();
  const partnerOfBefore = new Map<number, ScoredPair>();
  const pair = (p: ScoredPair) => {
    partnerOfAfter.set(p.after, p);
    partnerOfBefore.set(p.before, p);
  };

  // 1. Same text, in plan order.
  const byTitle = new Map<string, number[]>();
  beforeProfiles.forEach((p, b) => {
    const list = byTitle.get(p.title);
    if (list === undefined) byTitle.set(p.title, [b]);
    else list.push(b);
  });
  afterProfiles.forEach((p, a) => {
    const list = byTitle.get(p.title);
    const b = list?.find(
      (b) => !partnerOfBefore.has(b) && itemSimilarity(beforeProfiles[b]!, p) === 1,
    );
    if (b !== undefined) pair({ before: b, after: a, similarity: 1 });
  });

  // 2. Candidates among the rest, scored.
  const openBefore = beforeProfiles.map((p, b) => (partnerOfBefore.has(b) ? undefined : p));
  const openAfter = afterProfiles.map((p, a) => (partnerOfAfter.has(a) ? undefined : p));
  const candidates = candidatePairs(openBefore, openAfter, {
    perItem: settings.candidatesPerItem,
    maxGramItems: settings.maxGramItems,
  });
  const scored = candidates.map((c) => ({
    before: c.before,
    after: c.after,
    similarity: itemSimilarity(beforeProfiles[c.before]!, afterProfiles[c.after]!),
  }));

  // 3. One to one, optimal within each component.
  const assigned = assignComponents(
    scored.filter(
      (p) =>
        p.similarity >= settings.threshold ||
        titleContainment(beforeProfiles[p.before]!, afterProfiles[p.after]!) >=
          settings.titleContainment,
    ),
    { maxOptimal: settings.maxOptimal },
  );
  for (const p of assigned.pairs) pair(p);

  // 4. Parts of splits and merges.
  const partsOfBefore = partsOf(
    scored,
    'after',
    partnerOfAfter,
    beforeProfiles,
    afterProfiles,
    settings,
  );
  const splits = new Map<number, number[]>();
  for (const [b, parts] of partsOfBefore) {
    const own = partnerOfBefore.get(b);
    const all = own === undefined ? parts : [own.after, ...parts];
    if (all.length >= 2)
      splits.set(
        b,
        all.sort((x, y) => x - y),
      );
  }
  const inSplit = new Set([...splits.values()].flat());
  const partsOfAfter = partsOf(
    scored,
    'before',
    partnerOfBefore,
    afterProfiles,
    beforeProfiles,
    settings,
    splits,
  );
  const merges = new Map<number, number[]>();
  for (const [a, parts] of partsOfAfter) {
    if (inSplit.has(a)) continue;
    const own = partnerOfAfter.get(a);
    if (own !== undefined && splits.has(own.before)) continue;
    const all = own === undefined ? parts : [own.before, ...parts];
    if (all.length >= 2)
      merges.set(
        a,
        all.sort((x, y) => x - y),
      );
  }

  // The matches, in the order after, then the dropped ones.
  const ref = (items: readonly Item[]) => (i: number) => itemRef(items[i]!);
  const toBefore = ref(before);
  const toAfter = ref(after);
  const entries: { at: number; match: ItemMatch }[] = [];
  const usedBefore = new Set<number>();
  const usedAfter = new Set<number>();
  for (const [b, parts] of splits) {
    const similarity = itemSimilarity(
      beforeProfiles[b]!,
      joinedProfile(parts.map((a) => afterProfiles[a]!)),
    );
    entries.push({
      at: parts[0]!,
      match: matchOf('split', [b].map(toBefore), parts.map(toAfter), similarity),
    });
    usedBefore.add(b);
    for (const a of parts) usedAfter.add(a);
  }
  for (const [a, parts] of merges) {
    const similarity = itemSimilarity(
      joinedProfile(parts.map((b) => beforeProfiles[b]!)),
      afterProfiles[a]!,
    );
    entries.push({
      at: a,
      match: matchOf('merged', parts.map(toBefore), [a].map(toAfter), similarity),
    });
    usedAfter.add(a);
    for (const b of parts) usedBefore.add(b);
  }
  for (const [a, p] of partnerOfAfter) {
    if (usedAfter.has(a) || usedBefore.has(p.before)) continue;
    const kind = p.similarity === 1 ? 'same' : 'reworded';
    entries.push({ at: a, match: matchOf(kind, [toBefore(p.before)], [toAfter(a)], p.similarity) });
    usedAfter.add(a);
    usedBefore.add(p.before);
  }
  after.forEach((_, a) => {
    if (!usedAfter.has(a)) entries.push({ at: a, match: matchOf('new', [], [toAfter(a)]) });
  });
  entries.sort((x, y) => x.at - y.at);
  const matches = entries.map((e) => e.match);
  before.forEach((_, b) => {
    if (!usedBefore.has(b)) matches.push(matchOf('dropped', [toBefore(b)], []));
  });
  return { matches, greedy: assigned.greedy };
}

/**
 * For each item of the whole side, the unpaired items of the part side whose
 * text lies in it (containment at least the setting, part smaller than whole,
 * at least `MIN_PART_GRAMS` grams), each part given to the whole it lies in most.
 */
function partsOf(
  scored: readonly ScoredPair[],
  partSide: 'before' | 'after',
  partnerOfPart: ReadonlyMap<number, ScoredPair>,
  wholeProfiles: readonly ItemProfile[],
  partProfiles: readonly ItemProfile[],
  settings: MatchItemsSettings,
  excludedParts: ReadonlyMap<number, number[]> = new Map(),
): Map<number, number[]> {
  const wholeSide = partSide === 'after' ? 'before' : 'after';
  const excluded = new Set(excludedParts.keys());
  const best = new Map<number, { whole: number; containment: number }>();
  for (const p of scored) {
    const part = p[partSide];
    const whole = p[wholeSide];
    if (partnerOfPart.has(part) || excluded.has(part)) continue;
    const partGrams = itemGrams(partProfiles[part]!).size;
    if (partGrams < MIN_PART_GRAMS || partGrams >= itemGrams(wholeProfiles[whole]!).size) continue;
    const c = itemContainment(partProfiles[part]!, wholeProfiles[whole]!);
    if (c < settings.containment) continue;
    const held = best.get(part);
    if (held === undefined || c > held.containment) best.set(part, { whole, containment: c });
  }
  const parts = new Map<number, number[]>();
  for (const [part, { whole }] of [...best].sort((x, y) => x[0] - y[0])) {
    const list = parts.get(whole);
    if (list === undefined) parts.set(whole, [part]);
    else list.push(part);
  }
  return parts;
}

function itemRef(item: Item): ItemRef {
  return item.label === undefined
    ? { id: item.id, title: item.title }
    : { id: item.id, label: item.label, title: item.title };
}

function matchOf(
  kind: ItemMatchKind,
  before: ItemRef[],
  after: ItemRef[],
  similarity?: number,
): ItemMatch {
  const match: ItemMatch = { kind, before, after };
  if (similarity !== undefined) match.similarity = Math.round(similarity * 1000) / 1000;
  return match;
}
