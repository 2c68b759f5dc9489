import {
  coResponsibilityGraph,
  findings,
  metricsReport,
  type CoResponsibilityGraph,
  type Finding,
  type MetricsReport,
} from '@remit/core';
import { comparePlans, type PlanComparison } from '@remit/core/compare';
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
  /** the plan it is compared with (`withEarlier`), when the user opened one */
  earlier?: EarlierPlan;
}

/** An earlier version of the plan shown (last year's, the draft) and the comparison with it. */
export interface EarlierPlan {
  /** its file name */
  name: string;
  plan: Plan;
  comparison: PlanComparison;
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

const compared = new WeakMap<PlanInsight, { name: string; plan: Plan; insight: PlanInsight }>();

/**
 * The insight of a plan compared with an earlier one (core's `comparePlans`,
 * the earlier plan as `before`): the same insight with `earlier` set. Kept per
 * pair, so the comparison runs once however often the page is drawn.
 */
export function withEarlier(
  insight: PlanInsight,
  earlier: { name: string; plan: Plan } | undefined,
): PlanInsight {
  if (!earlier) return insight;
  const known = compared.get(insight);
  if (known && known.plan === earlier.plan && known.name === earlier.name) return known.insight;
  const result: PlanInsight = {
    ...insight,
    earlier: { ...earlier, comparison: comparePlans(earlier.plan, insight.plan) },
  };
  compared.set(insight, { ...earlier, insight: result });
  return result;
}
