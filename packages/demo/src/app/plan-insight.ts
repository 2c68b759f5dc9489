import {
  coResponsibilityGraph,
  findings,
  metricsReport,
  type CoResponsibilityGraph,
  type Finding,
  type MetricsReport,
} from '@remit/core';
import { incidence, type Incidence, type Plan } from '@remit/core/model';
import type { UiLang } from './settings.js';

/** What the dashboard shows beside the widgets, all computed by core, once per plan. */
export interface PlanInsight {
  plan: Plan;
  inc: Incidence;
  report: MetricsReport;
  graph: CoResponsibilityGraph;
  /** the findings in words, in the dashboard's language */
  findings(lang: UiLang): Finding[];
}

const cache = new WeakMap<Plan, PlanInsight>();

/** The insight of a plan (memoised on the plan object: plans are never mutated). */
export function planInsight(plan: Plan): PlanInsight {
  let insight = cache.get(plan);
  if (!insight) {
    const inc = incidence(plan);
    const report = metricsReport(plan);
    const byLang = new Map<UiLang, Finding[]>();
    insight = {
      plan,
      inc,
      report,
      graph: coResponsibilityGraph(inc),
      findings(lang) {
        let list = byLang.get(lang);
        if (!list) {
          list = findings(report, { lang: lang === 'en' ? 'en' : 'zh' });
          byLang.set(lang, list);
        }
        return list;
      },
    };
    cache.set(plan, insight);
  }
  return insight;
}
