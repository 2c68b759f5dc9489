import type { Incidence } from '@remit/core/model';
import { describePlan } from '../shared/describe-plan.js';
import type { Lang } from '../shared/lang.js';
import { heatmapMessages } from './heatmap.messages.js';
import type { HeatmapLayout } from './heatmap.model.js';

/**
 * The heatmap's text summary: the plan's headline figures (`describePlan`),
 * then what needs attention — items with units but no written lead, items
 * without units, units without items.
 *
 * @example "17 项任务，15 个单位，45 条分工；任务最多的是…。17 项任务没有写明牵头单位。"
 */
export function heatmapSummary(inc: Incidence, layout: HeatmapLayout, lang: Lang): string {
  const h = heatmapMessages[lang];
  const noLead = layout.rows.filter((r) => r.units > 0 && r.leads === 0).length;
  const noUnits = layout.rows.filter((r) => r.units === 0).length;
  const idle = layout.columns.filter((c) => c.workload === 0).length;
  const notes = [
    noLead ? h.itemsWithoutLead(noLead) : '',
    noUnits ? h.itemsWithoutUnits(noUnits) : '',
    idle ? h.unitsWithoutItems(idle) : '',
  ].filter(Boolean);
  if (notes.length === 0) return describePlan(inc, lang);
  const tail = lang === 'zh-CN' ? `${notes.join('；')}。` : `${capitalize(notes.join('; '))}.`;
  return `${describePlan(inc, lang)} ${tail}`;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
