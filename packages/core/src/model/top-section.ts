import type { Section } from './plan.js';

/**
 * The top-level section above each section of a plan: a function from a
 * section id to the id of its outermost ancestor (the section itself when it
 * has no parent). A parent that is not among `sections` ends the walk there;
 * so does a cycle (hostile input), at the section where it closes. Results are
 * remembered, so a plan's items cost one walk per section.
 *
 * In a plan of several plans (`combinePlans`) the top-level sections are the
 * plans themselves: a view grouped by them is a view by plan.
 *
 * @example topSectionOf(plan.sections)('s1.2') // 's1'
 */
export function topSectionOf(sections: readonly Section[] = []): (id: string) => string {
  const parent = new Map<string, string | undefined>();
  for (const s of sections) if (!parent.has(s.id)) parent.set(s.id, s.parent);
  const memo = new Map<string, string>();
  return (id: string): string => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const seen = new Set<string>([id]);
    let at = id;
    for (let up = parent.get(at); up !== undefined && parent.has(up); up = parent.get(at)) {
      if (seen.has(up)) break;
      seen.add(up);
      at = up;
    }
    memo.set(id, at);
    return at;
  };
}
