import type { Role } from '../../model/plan.js';
import { LEAD_WORDS } from '../lexicon/field-words.js';
import { trailingRoleMarker } from '../lexicon/role-markers.js';
import { isPersonList } from './is-person-list.js';
import { isUnitLike } from './is-unit-like.js';
import { topLevelGroups } from './list-ranges.js';

const ANNOTATION = new RegExp(
  `${LEAD_WORDS}|配合|协办|负责|下同|排名|排序|列第|汇总|为准|先后|[,;。:]`,
  'u',
);

/** Longer bracketed text that reads as no unit's name is a remark (`(开发商配建学校项目)`). */
const MIN_REMARK = 5;

/**
 * A note that the name before it leads a part of the work (`(数据统计评估牵头单位)`,
 * `(数据统计评估主责单位)`, `(项目建设牵头)`); a convention (`(列第一位的为牵头单位)`) is not one.
 */
const SCOPED_LEAD = new RegExp(`^[^,;。:为第列除]{1,12}(?:${LEAD_WORDS})(?:单位|部门)?$`, 'u');

const NO_MARKERS: ReadonlyMap<number, Role> = new Map();

/** Replaces annotation and remark brackets by spaces; `(牵头)` or a part it leads marks the name before it. */
export function hideAnnotations(key: string): {
  work: string;
  markers: ReadonlyMap<number, Role>;
} {
  const groups = topLevelGroups(key);
  // most lists hold no bracket: they share one empty map
  if (groups.length === 0) return { work: key, markers: NO_MARKERS };
  const markers = new Map<number, Role>();
  const parts: string[] = [];
  let last = 0;
  for (const [s, e] of groups) {
    const content = key.slice(s + 1, e - 1).trim();
    // a role note (`(牵头)`, `(除标注外…)`), the leader in charge (`(张伟)`) or a
    // remark (`(区国资公司代建)`); a short place (`(上海)`) or an alias is the name's
    const remark = content.length >= MIN_REMARK && !isUnitLike(content);
    if (!remark && !ANNOTATION.test(content) && !isPersonList(content)) continue;
    const marker = trailingRoleMarker(content);
    if (marker && marker[0] === content) markers.set(s, marker[1]);
    else if (SCOPED_LEAD.test(content)) markers.set(s, 'lead');
    parts.push(key.slice(last, s), ' '.repeat(e - s));
    last = e;
  }
  parts.push(key.slice(last));
  return { work: parts.join(''), markers };
}
