import type { Role } from '../../model/plan.js';
import { trailingRoleMarker } from '../lexicon/role-markers.js';
import { isPersonList } from './is-person-list.js';
import { topLevelGroups } from './list-ranges.js';

const ANNOTATION = /牵头|配合|协办|负责|下同|排名|排序|列第|汇总|为准|先后|[,;。:]/u;

const NO_MARKERS: ReadonlyMap<number, Role> = new Map();

/** Replaces annotation brackets by spaces; a bare `(牵头)` marks the name before it. */
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
    // a role note (`(牵头)`, `(除标注外…)`) or the leader in charge (`(张伟)`)
    if (!ANNOTATION.test(content) && !isPersonList(content)) continue;
    const marker = trailingRoleMarker(content);
    if (marker && marker[0] === content) markers.set(s, marker[1]);
    parts.push(key.slice(last, s), ' '.repeat(e - s));
    last = e;
  }
  parts.push(key.slice(last));
  return { work: parts.join(''), markers };
}
