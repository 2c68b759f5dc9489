import type { Plan } from '../model/plan.js';
import { METRIC_DEFAULTS } from '../metrics/defaults.js';
import { checkInteger, describe } from '../metrics/resolve-options.js';
import { findingFacts } from './finding-facts.js';
import {
  findingClaims,
  type FindingFigures,
  type FindingId,
  type FindingSeverity,
} from './finding-rules.js';
import { FINDING_WORDS_EN } from './finding-words-en.js';
import { FINDING_WORDS_ZH } from './finding-words-zh.js';
import type { MetricsReport } from './metrics-report.js';

export { CONCENTRATION_LEVELS } from './finding-rules.js';
export type { FindingFigures, FindingId, FindingSeverity } from './finding-rules.js';

/**
 * One statement about a plan, in words, with its evidence: the units and items
 * it names (ids) and the figures it states, so that every claim can be checked
 * against the matrix and traced to the items behind it.
 */
export interface Finding {
  id: FindingId;
  severity: FindingSeverity;
  text: string;
  /** ids of the units the text names, in the order named */
  units?: string[];
  /** ids of the items the text names, in the order named */
  items?: string[];
  /** the figures the text states, by name (see `FindingFigures`) */
  figures: FindingFigures;
}

export interface FindingsOptions {
  /** `zh` (default) or `en` */
  lang?: 'zh' | 'en';
  /** items with more distinct units than this are reported as spread thin (default 8, as `coverage`) */
  manyUnits?: number;
}

/**
 * The plan's main facts in plain sentences, Chinese or English, for people who
 * read rather than look: the size of the plan, which units carry most items
 * (and most leads), how concentrated the workload is (`CONCENTRATION_LEVELS`;
 * the 3 busiest units' share of the assignments), which units carry clearly
 * more than the others (`overloadedUnits`: nothing on a small or flat plan),
 * items without a written lead, without any unit, with a single unit or with
 * more than `manyUnits`, units standing for several (`isGroup`) and units with
 * no item. A finding is left out when there is nothing to say. Units are named
 * in the `busiestFirst` order everywhere; each finding carries the ids and the
 * figures behind its words.
 *
 * Made in three steps, each in its own module: the facts of the plan
 * (`finding-facts`), the rules that decide what to say (`finding-rules`), and
 * the words of each language (`finding-words-zh`, `finding-words-en`).
 *
 * Takes a Plan (metrics computed here, no graph library needed) or the
 * `metricsReport` of one: both give the same findings. Pure and deterministic:
 * the same input gives the same sentences (numbers with `.` decimals and `,`
 * grouping in both languages; percentages rounded to whole numbers).
 *
 * @example findings(plan, { lang: 'en' })[1].text
 * // "The busiest units are 区委依法治区办, 区司法局 and 各街镇, with 9 of the 17 items each (53%)."
 */
export function findings(input: Plan | MetricsReport, options: FindingsOptions = {}): Finding[] {
  if (options === null || typeof options !== 'object') {
    throw new TypeError(`findings: options must be an object, got ${describe(options)}`);
  }
  const lang = options.lang ?? 'zh';
  if (lang !== 'zh' && lang !== 'en') {
    throw new RangeError(`findings: lang must be 'zh' or 'en', got ${describe(lang)}`);
  }
  const manyUnits = options.manyUnits ?? METRIC_DEFAULTS.coverage.manyUnits;
  checkInteger('findings', 'manyUnits', manyUnits, 0, true);
  const words = lang === 'zh' ? FINDING_WORDS_ZH : FINDING_WORDS_EN;
  return findingClaims(findingFacts(input), manyUnits).map((claim) => {
    const f: Finding = {
      id: claim.id,
      severity: claim.severity,
      text: (words[claim.id] as (about: typeof claim.about) => string)(claim.about),
      figures: claim.figures,
    };
    if (claim.units?.length) f.units = claim.units.map((u) => u.id);
    if (claim.items?.length) f.items = claim.items.map((i) => i.id);
    return f;
  });
}
