import type { Item } from '../model/plan.js';

/**
 * An item's text as the comparison sees it: the character bigrams of its title
 * and of its full text (title and body).
 */
export interface ItemProfile {
  /** the normalised title: letters, digits and 汉字 only, lower case */
  title: string;
  /** bigrams of the title */
  titleGrams: ReadonlySet<string>;
  /** bigrams of title and body; `undefined` when the item has no body */
  fullGrams: ReadonlySet<string> | undefined;
}

/**
 * The text of an item stripped to what carries meaning: Unicode NFKC, lower
 * case, and only letters, digits and 汉字 kept. Spaces, punctuation, quotation
 * marks and brackets are dropped, so `“两张网”` and `"两张网"` read alike.
 *
 * @example normalizeItemText('全面建设“两张网”。') === '全面建设两张网'
 */
export function normalizeItemText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * The set of character bigrams of a normalised text: `abc` → {ab, bc}. A text
 * of one character is its own gram; an empty text has none.
 *
 * Bigrams suit Chinese: words are not separated, most words are two
 * characters, and a reworded sentence keeps most of its two-character words.
 */
export function characterBigrams(text: string): Set<string> {
  const chars = Array.from(text);
  const grams = new Set<string>();
  if (chars.length === 1) grams.add(chars[0]!);
  for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i]! + chars[i + 1]!);
  return grams;
}

/** An item's profile, computed once per item. */
export function itemProfile(item: Pick<Item, 'title' | 'text'>): ItemProfile {
  const title = normalizeItemText(item.title);
  const body = item.text === undefined ? '' : normalizeItemText(item.text);
  return {
    title,
    titleGrams: characterBigrams(title),
    fullGrams: body === '' ? undefined : characterBigrams(title + body),
  };
}

/** The profile of several items read as one text (the parts of a split or merge). */
export function joinedProfile(profiles: readonly ItemProfile[]): ItemProfile {
  const titleGrams = new Set<string>();
  const fullGrams = new Set<string>();
  let withBody = true;
  for (const p of profiles) {
    for (const g of p.titleGrams) titleGrams.add(g);
    if (p.fullGrams === undefined) withBody = false;
    else for (const g of p.fullGrams) fullGrams.add(g);
  }
  return {
    title: profiles.map((p) => p.title).join(''),
    titleGrams,
    fullGrams: withBody ? fullGrams : undefined,
  };
}

/**
 * Dice's coefficient of two gram sets: 2·|A ∩ B| / (|A| + |B|), from 0 (nothing
 * shared) to 1 (equal); 0 when both are empty.
 *
 * @example dice(new Set(['ab', 'bc']), new Set(['bc', 'cd'])) === 0.5
 */
export function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size + b.size === 0) return 0;
  return (2 * shared(a, b)) / (a.size + b.size);
}

/**
 * How much of `part` lies in `whole`: |P ∩ W| / |P|, 0 for an empty part. High
 * when `part` was cut out of `whole`, whatever else `whole` holds.
 *
 * @example containment(new Set(['ab']), new Set(['ab', 'bc', 'cd'])) === 1
 */
export function containment(part: ReadonlySet<string>, whole: ReadonlySet<string>): number {
  return part.size === 0 ? 0 : shared(part, whole) / part.size;
}

/**
 * How alike two items read, from 0 to 1:
 *
 *   similarity = (dice(T₁, T₂) + dice(F₁, F₂)) / 2   when both items have a body,
 *   similarity = dice(T₁, T₂)                        otherwise,
 *
 * where T is the set of character bigrams of the normalised title and F that
 * of title and body together (`normalizeItemText`, `characterBigrams`). The
 * title says what the task is, the body what is done; either alone misleads:
 * plans repeat generic titles (加强组织领导) over different work, and reword a
 * title over the same work. A plan read from CSV has titles only, so then the
 * titles decide.
 *
 * @example itemSimilarity(itemProfile({ title: '推进法治队伍建设' }), itemProfile({ title: '加强法治队伍建设' })) // 2·5/(7+7) ≈ 0.714
 */
export function itemSimilarity(a: ItemProfile, b: ItemProfile): number {
  const title = dice(a.titleGrams, b.titleGrams);
  if (a.fullGrams === undefined || b.fullGrams === undefined) return title;
  return (title + dice(a.fullGrams, b.fullGrams)) / 2;
}

/**
 * How much of item `part` lies in item `whole`, on their fullest texts: the
 * containment of `part`'s bigrams (full text when both have a body, else
 * title) in `whole`'s.
 */
export function itemContainment(part: ItemProfile, whole: ItemProfile): number {
  if (part.fullGrams !== undefined && whole.fullGrams !== undefined)
    return containment(part.fullGrams, whole.fullGrams);
  return containment(part.titleGrams, whole.titleGrams);
}

/** Titles shorter than this many bigrams are too slight to stand for a task inside another text. */
export const MIN_PART_GRAMS = 6;

/**
 * How far one item's title lies inside the other item's text: the larger of
 * `containment(T₁, G₂)` and `containment(T₂, G₁)`, where T is the set of title
 * bigrams and G the grams an item is sized by (`itemGrams`: full text, else
 * title); a title of fewer than `MIN_PART_GRAMS` grams counts 0.
 *
 * A second signal beside `itemSimilarity`, for a task carried over as a
 * target that one year states alone and the other closes a longer item with:
 * `规上工业增加值增长7%` against `大力推进强链壮群，……实现规上工业增加值增长7.5%`
 * share all nine title grams but score 0.21, the long text swamping Dice.
 *
 * @example titleContainment(itemProfile({ title: '规上工业增加值增长7%' }), itemProfile({ title: '推进强链壮群', text: '实现规上工业增加值增长7.5%' })) === 1
 */
export function titleContainment(a: ItemProfile, b: ItemProfile): number {
  const inside = (part: ItemProfile, whole: ItemProfile) =>
    part.titleGrams.size < MIN_PART_GRAMS ? 0 : containment(part.titleGrams, itemGrams(whole));
  return Math.max(inside(a, b), inside(b, a));
}

/** The grams an item is indexed and sized by: its full text when it has a body, else its title. */
export function itemGrams(p: ItemProfile): ReadonlySet<string> {
  return p.fullGrams ?? p.titleGrams;
}

function shared(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const g of small) if (large.has(g)) n++;
  return n;
}
