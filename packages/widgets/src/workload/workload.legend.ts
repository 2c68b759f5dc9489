import type { UnitWorkload } from '@remit/core/metrics/plain';
import type { Incidence, Section } from '@remit/core/model';
import { localize, type Lang } from '../shared/lang.js';
import { messages } from '../shared/messages.js';
import type { WorkloadBreakdown } from './workload.layout.js';
import { workloadMessages } from './workload.messages.js';

/** One legend entry of `<remit-workload>`. */
export interface LegendKey {
  /** the segment key: `lead`, `inferred-lead`, `member`, or a section id */
  key: string;
  label: string;
  /** the theme colour of a role entry */
  color: 'lead' | 'inferredLead' | 'member';
  /** the category (colour) index of a section entry */
  category?: number;
}

/**
 * The sections a bar is split into: every section in plan order, or with
 * `part` the top-level ones only (a section without a parent among them).
 */
export function legendSections(inc: Incidence, breakdown: WorkloadBreakdown | 'part'): Section[] {
  const all = inc.plan.sections ?? [];
  if (breakdown !== 'part') return [...all];
  const ids = new Set(all.map((s) => s.id));
  return all.filter((s) => s.parent === undefined || !ids.has(s.parent));
}

/**
 * The legend of the workload chart: lead, inferred lead and member, each only
 * when some bar shows it; or, by section (or by part: top-level sections), each
 * section in plan order and "no section" when some item has none.
 */
export function workloadLegend(
  inc: Incidence,
  rows: readonly UnitWorkload[],
  breakdown: WorkloadBreakdown | 'part',
  lang: Lang,
): LegendKey[] {
  const m = messages(lang);
  if (breakdown === 'section' || breakdown === 'part') {
    const w = localize(workloadMessages, lang);
    const keys: LegendKey[] = legendSections(inc, breakdown).map((s, i) => ({
      key: s.id,
      label: w.sectionTitle(s.label, s.title),
      color: 'lead',
      category: i,
    }));
    if (inc.items.some((item) => !item.section)) {
      keys.push({ key: '', label: m.noSection, color: 'lead', category: keys.length });
    }
    return keys;
  }
  // only the roles the bars show: a plan without leads has no lead in its legend
  const keys: LegendKey[] = [];
  if (rows.some((r) => r.lead > 0)) keys.push({ key: 'lead', label: m.lead, color: 'lead' });
  if (rows.some((r) => r.inferredLead > 0)) {
    keys.push({ key: 'inferred-lead', label: m.inferredLead, color: 'inferredLead' });
  }
  if (rows.some((r) => r.items - r.lead - r.inferredLead > 0)) {
    keys.push({ key: 'member', label: m.member, color: 'member' });
  }
  return keys;
}
