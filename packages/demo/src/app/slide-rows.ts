import type { Finding, UnitReport } from '@remit/core';
import type { DashboardMessages } from './messages.js';
import type { PlanInsight } from './plan-insight.js';
import type { UiLang } from './settings.js';

/** An item as a slide lists it: its label and title, then its units. */
export interface SlideRow {
  id: string;
  title: string;
  units: string;
}

/** The items with units but no written lead, in plan order (the `no-lead` slide). */
export function noLeadRows(insight: PlanInsight): SlideRow[] {
  const { inc } = insight;
  return insight.report.items
    .filter((i) => i.units > 0 && !i.hasLead)
    .map((i) => {
      const k = inc.itemIndex.get(i.id)!;
      return { id: i.id, title: itemTitle(inc.items[k]!), units: unitsOf(insight, k) };
    });
}

/**
 * The items of `unit` in plan order (the `unit` slide), each with the unit's
 * role there and the other units of the item.
 */
export function unitRows(insight: PlanInsight, unit: UnitReport, m: DashboardMessages): SlideRow[] {
  const { inc } = insight;
  const u = inc.unitIndex.get(unit.id);
  if (u === undefined) return [];
  const seen = new Set<number>();
  const rows: SlideRow[] = [];
  for (const a of inc.byUnit[u]!) {
    const k = inc.itemOf[a]!;
    if (seen.has(k)) continue;
    seen.add(k);
    const assignment = inc.assignments[a]!;
    const role =
      assignment.role === 'lead' ? (assignment.inferred ? m.inferredLead : m.lead) : m.member;
    const others = unitsOf(insight, k, u);
    rows.push({
      id: inc.items[k]!.id,
      title: itemTitle(inc.items[k]!),
      units: others ? `${role} · ${others}` : role,
    });
  }
  return rows;
}

/** Findings on the last slide, at most. */
export const TOP_FINDINGS = 5;
const RANK: Record<Finding['severity'], number> = { warning: 0, notice: 1, info: 2 };

/** The findings of the `findings` slide: all but the overview, warnings first, at most `TOP_FINDINGS`. */
export function topFindings(insight: PlanInsight, lang: UiLang): Finding[] {
  return insight
    .findings(lang)
    .filter((f) => f.id !== 'overview')
    .map((f, k) => ({ f, k }))
    .sort((a, b) => RANK[a.f.severity] - RANK[b.f.severity] || a.k - b.k)
    .slice(0, TOP_FINDINGS)
    .map(({ f }) => f);
}

/** The names of an item's units (by position), in plan order, without the unit at `except`. */
function unitsOf(insight: PlanInsight, item: number, except = -1): string {
  const { inc } = insight;
  const names: string[] = [];
  for (const a of inc.byItem[item]!) {
    const u = inc.unitOf[a]!;
    if (u === except) continue;
    const name = inc.units[u]!.name;
    if (!names.includes(name)) names.push(name);
  }
  return names.join('、');
}

/** An item as the document numbers it: its label, then its title. */
function itemTitle(item: { label?: string; title: string }): string {
  return item.label ? `${item.label} ${item.title}` : item.title;
}
