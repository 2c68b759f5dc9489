import type { UnitKind } from '../model/plan.js';
import { isNormalUnitName } from '../model/normalize-unit-name.js';

/**
 * Guesses a unit's kind from how its name is formed, for plans read without a
 * directory. A directory's kind always wins over the guess.
 *
 * The rules look only at the shape of the name (prefixes and suffixes common to
 * Chinese administrative names), never at particular units:
 * - group: names standing for several units, `各街镇`, `各有关单位`, `市级各有关部门`, `…等部门`;
 * - subdistrict: `…街道`, `…镇`, `…乡`, `街镇`;
 * - party: `…委…部`, `党委`, `纪委`, `区委…`, `市委…`, `团…委`, `…工委`;
 * - congress: `人大…`, `政协…`;
 * - vertical: `…分局`, `税务局`, `海关`, `…支队`, `…大队`, `…派出所`, `法院`, `检察院`;
 * - government: `…局`, `…委`, `…办`, `…厅`, `…中心`, `…所`, `…站`, `政府`;
 * - other: anything else (companies, associations, schools …).
 *
 * @example guessUnitKind('区司法局') === 'government'
 */
export function guessUnitKind(name: string): UnitKind {
  const normal = normalForm(name);
  // most names end in no bracket: they are spared the replacement
  const n = normal.endsWith(')') ? normal.replace(/\([^)]*\)$/u, '') : normal;
  if (isGroupName(n)) return 'group';
  // a pattern that must match at the end is run only on names whose last
  // character can end it: the engine would try it from every character
  const last = n.charCodeAt(n.length - 1);
  if (SUBDISTRICT_ENDS.has(last) && /(街道|街道办事处|镇|乡|街镇)(人民政府)?$/u.test(n)) {
    return 'subdistrict';
  }
  if (/(人大|政协)/u.test(n)) return 'congress';
  if (
    /(分局|税务局|海关|支队|大队|派出所|法院|检察院|气象局|海事局|烟草|邮政管理局|金融监管)/u.test(
      n,
    )
  )
    return 'vertical';
  if (/^(中共|[区市县省州]委|党委|党工委|纪委|监委|团[区市县]委|[区市县]纪委)/u.test(n))
    return 'party';
  if (
    PARTY_ENDS.has(last) &&
    /(委员会办公室|工委|党委|纪委|组织部|宣传部|统战部|政法委|编办|网信办|党校|[区市县]委办)$/u.test(
      n,
    )
  )
    return 'party';
  if (
    GOVERNMENT_ENDS.has(last) &&
    /(局|委|办|厅|署|中心|所|站|政府|办公室|管委会|委员会)$/u.test(n)
  ) {
    return 'government';
  }
  return 'other';
}

/** The last characters of the endings below, by code. */
const codesOf = (chars: string) => new Set(Array.from(chars, (ch) => ch.charCodeAt(0)));
const SUBDISTRICT_ENDS = codesOf('道处镇乡府');
const PARTY_ENDS = codesOf('室委部办校');
const GOVERNMENT_ENDS = codesOf('局委办厅署心所站府室会');

/**
 * True when a name stands for several units rather than one: `各街镇`, `各有关单位`,
 * `市级各有关部门`, `区属各单位`, `…等部门`, `相关单位`.
 */
export function isGroupName(name: string): boolean {
  const n = normalForm(name);
  if (n.startsWith('各')) return true;
  // each pattern below needs 各, 有关/相关 or 等: most names hold none and are spared the search
  if (
    n.includes('各') &&
    /各(有关|相关|级|类)?[^各]{0,6}(单位|部门|街镇|街道|乡镇|镇|区|县|市|机关|委办局|成员单位)$/u.test(
      n,
    )
  )
    return true;
  if (n.length === 4 && /^(有关|相关)(单位|部门)$/u.test(n)) return true;
  if (n.includes('等') && /等(单位|部门)$/u.test(n)) return true;
  return false;
}

/** The name in NFKC without spaces; a name already in that form (most are) is not copied. */
function normalForm(name: string): string {
  return isNormalUnitName(name) ? name : name.normalize('NFKC').replace(/\s+/gu, '');
}
