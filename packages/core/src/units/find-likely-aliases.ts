import type { Unit } from '../model/plan.js';
import { normalizeUnitName } from '../model/normalize-unit-name.js';

/** Two unit names that probably name the same unit. */
export interface LikelyAlias {
  a: string;
  b: string;
  reason: 'parenthetical' | 'prefix' | 'same-without-level';
}

/**
 * Finds pairs of unit names that probably name the same unit, so they can be
 * reported rather than silently merged:
 * - parenthetical: one is the other plus a parenthetical (`区府办` / `区府办(政务服务办)`);
 * - same-without-level: equal once a leading administrative level is dropped
 *   (`区司法局` / `司法局`);
 * - prefix: one is the other with a longer descriptive prefix that ends the same
 *   way and shares at least three characters (`区发展改革委` / `发展改革委`) is
 *   covered above; `区市场监管局` / `区市场监督管理局` is not guessed (abbreviation).
 *
 * Runs in O(n log n) over the names by indexing their stems.
 *
 * @example findLikelyAliases([{ id: 'u1', name: '区府办' }, { id: 'u2', name: '区府办(政务服务办)' }])
 *   // → [{ a: '区府办', b: '区府办(政务服务办)', reason: 'parenthetical' }]
 */
export function findLikelyAliases(units: readonly Pick<Unit, 'name'>[]): LikelyAlias[] {
  const known = new Set(units.map((u) => normalizeUnitName(u.name)));
  const names = [...known];
  const found: LikelyAlias[] = [];
  const seen = new Set<string>();
  const add = (a: string, b: string, reason: LikelyAlias['reason']) => {
    const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
    if (a === b || seen.has(key)) return;
    seen.add(key);
    found.push({ a, b, reason });
  };
  const byStem = new Map<string, string[]>();
  for (const name of names) {
    const stem = stripParenthetical(name);
    if (stem !== name && stem.length > 0) listIn(byStem, stem).push(name);
  }
  for (const name of names) {
    for (const other of byStem.get(name) ?? []) add(name, other, 'parenthetical');
  }
  // Only a bare name pairs with its levelled forms: 市司法局 and 区司法局 are two units.
  // (Names are grouped only when their bare form is itself a name, bare of a
  // level: most are not, and need no group.)
  const byLevelless = new Map<string, string[]>();
  for (const name of names) {
    const bare = stripLevel(name);
    if (bare.length >= 2 && known.has(bare) && stripLevel(bare) === bare) {
      listIn(byLevelless, bare).push(name);
    }
  }
  for (const [bare, group] of byLevelless) {
    for (const name of group) add(bare, name, 'same-without-level');
  }
  return found;
}

/** The list of `key` in `map`, added empty on first use. */
function listIn(map: Map<string, string[]>, key: string): string[] {
  let list = map.get(key);
  if (list === undefined) map.set(key, (list = []));
  return list;
}

// Most names do not end in a parenthetical: a look at one character spares them
// a regular expression (this runs on every unit of every plan read).
function stripParenthetical(name: string): string {
  if (name.charCodeAt(name.length - 1) !== 0x29) return name;
  return name.replace(/\([^()]*\)$/u, '');
}

const ONE_CHARACTER_LEVELS = new Set(Array.from('省市区县州镇乡', (ch) => ch.charCodeAt(0)));

/** The name without the level word it starts with (省 市 区 县 州 镇 乡 街道), if any. */
function stripLevel(name: string): string {
  // most names start with a level word: a slice, where a replacement would run a pattern
  if (ONE_CHARACTER_LEVELS.has(name.charCodeAt(0))) return name.slice(1);
  return name.startsWith('街道') ? name.slice(2) : name;
}
