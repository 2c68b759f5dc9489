import type { Incidence } from '@remit/core/model';
import { busiestFirst, workload } from '@remit/core/metrics/plain';
import type { Lang } from './lang.js';
import { messages } from './messages.js';

/**
 * A one-sentence text summary of a plan for screen readers and captions:
 * "17 items, 15 units, 45 assignments; the busiest units are 区委依法治区办 (9
 * items), …". Counts distinct items per unit; `top` busiest units are named
 * in `busiestFirst` order (most items, then most written leads, then plan order).
 */
export function describePlan(inc: Incidence, lang: Lang, top = 3): string {
  const m = messages(lang);
  // named in core's one busiest-first order, as the summary and findings name them
  const load = workload(inc);
  const busiest = busiestFirst(load)
    .map((u) => load[u]!)
    .filter((x) => x.items > 0)
    .slice(0, top);
  const counts = [
    m.items(inc.items.length),
    m.units(inc.units.length),
    m.assignments(inc.assignments.length),
  ];
  const head = lang === 'zh-CN' ? counts.join('，') : counts.join(', ');
  const tail = m.busiest(busiest);
  if (!tail) return lang === 'zh-CN' ? `${head}。` : `${head}.`;
  return lang === 'zh-CN' ? `${head}；${tail}。` : `${head}; ${tail}.`;
}
