import type { UiLang } from './settings.js';

/** A measure or word the page uses, explained for a reader who is not a statistician. */
export interface GlossaryEntry {
  id: GlossaryId;
  term: string;
  /** what it means, in a sentence or two */
  meaning: string;
  /** how it is computed, where it is computed */
  formula?: string;
}

export type GlossaryId =
  | 'item'
  | 'assignment'
  | 'lead'
  | 'inferred-lead'
  | 'share'
  | 'rank'
  | 'gini'
  | 'no-lead'
  | 'tie'
  | 'group'
  | 'backbone'
  | 'betweenness'
  | 'pagerank'
  | 'similarity';

const ZH: readonly GlossaryEntry[] = [
  {
    id: 'item',
    term: '任务',
    meaning: '计划中一条编号的工作要点（如“3. 全面建设‘两张网’”），连同写给它的责任单位。',
  },
  {
    id: 'assignment',
    term: '分工',
    meaning: '“某项任务由某个单位承担”这样的一条对应关系。一项任务写了 3 个单位，就是 3 条分工。',
  },
  {
    id: 'lead',
    term: '牵头 / 配合',
    meaning: '原文写明的角色：“牵头单位：…”“X 牵头”为牵头，其余列出的单位为配合。',
  },
  {
    id: 'inferred-lead',
    term: '牵头（推定）',
    meaning:
      '原文没有写明牵头单位，而按文件的约定（如“列第一位的为牵头单位”）或读取选项，以列第一位的单位为牵头。它与写明的牵头分开计数。',
  },
  {
    id: 'share',
    term: '均分任务量',
    meaning:
      '把每项任务平均分给它的各个责任单位后，一个单位得到的份额之和。独自承担的任务计 1，与另外 3 个单位共同承担的任务计 1/4。',
    formula: '均分任务量 = Σ 1 / 该任务的责任单位数（对该单位承担的每项任务求和）',
  },
  {
    id: 'rank',
    term: '排名',
    meaning: '按承担任务数从多到少排列；任务数相同的单位名次相同，下一名次顺延（如 1、2、2、4）。',
  },
  {
    id: 'gini',
    term: '任务集中度（基尼系数）',
    meaning:
      '各单位任务数的分布是否均衡：0 表示每个单位任务一样多，越接近 1 表示任务越集中在少数单位。',
    formula: 'G = Σᵢ Σⱼ |xᵢ − xⱼ| / (2 n² x̄)，x 为各单位的任务数，n 为单位数',
  },
  {
    id: 'no-lead',
    term: '未写明牵头单位的任务',
    meaning: '有责任单位、但原文没有写明由谁牵头的任务；推定的牵头不算写明。',
  },
  {
    id: 'tie',
    term: '协作关系（共同承担）',
    meaning: '两个单位出现在同一项任务中即有一条协作关系；共同承担的任务越多，关系越强。',
    formula: '关系强度 = 两个单位共同承担的任务数',
  },
  {
    id: 'group',
    term: '协作组',
    meaning:
      '彼此共同承担任务特别多的一组单位，由社区发现算法（Louvain）从协作网络中找出；同一组的单位在网络图中颜色相同。',
  },
  {
    id: 'backbone',
    term: '骨干关系',
    meaning:
      '协作网络中最值得看的关系：每个单位最强的两条关系，加上把所有单位连起来所需的最强关系。图中默认只画这些，其余可按需显示。',
  },
  {
    id: 'betweenness',
    term: '中介中心性',
    meaning:
      '一个单位处在其他单位之间协作“必经之路”上的程度。数值高的单位连接着原本联系不多的单位。（见导出的指标文件）',
    formula: 'C(v) = Σ σₛₜ(v) / σₛₜ，σₛₜ 为 s 到 t 的最短路径数，σₛₜ(v) 为其中经过 v 的条数',
  },
  {
    id: 'pagerank',
    term: 'PageRank',
    meaning:
      '一个单位在协作网络中的分量：与之共同承担任务的单位越多、这些单位本身分量越重，它的数值越高。（见导出的指标文件）',
    formula: 'PR(v) = (1 − d) / n + d Σ PR(u) · w(u,v) / W(u)，d = 0.85',
  },
  {
    id: 'similarity',
    term: '相似度（计划对比）',
    meaning:
      '两份计划中两项任务文字的相近程度，0 到 1。达到 0.5 视为同一项任务改写；标题完整出现在另一项任务文字中的，也视为改写。',
    formula:
      '相似度 = 2 |A ∩ B| / (|A| + |B|)，A、B 为两段文字的相邻两字组合；标题与全文各算一次，取平均',
  },
];

const EN: readonly GlossaryEntry[] = [
  {
    id: 'item',
    term: 'Item',
    meaning:
      'A numbered task of the plan (“3. Build the two networks”), with the units written for it.',
  },
  {
    id: 'assignment',
    term: 'Assignment',
    meaning:
      'One pair of an item and a unit responsible for it. An item naming 3 units has 3 assignments.',
  },
  {
    id: 'lead',
    term: 'Lead / member',
    meaning:
      'The role the text writes: “牵头单位: …” or “X 牵头” leads; the other units listed are members.',
  },
  {
    id: 'inferred-lead',
    term: 'Lead (inferred)',
    meaning:
      'No lead is written; the first-listed unit is taken as lead, by the document’s own convention (“the first listed leads”) or by the reading option. Counted apart from written leads.',
  },
  {
    id: 'share',
    term: 'Equal-split share',
    meaning:
      'Each item shared out equally among its units, summed per unit: an item a unit carries alone counts 1, one shared with 3 others counts 1/4.',
    formula: 'share = Σ 1 / (units on the item), over the unit’s items',
  },
  {
    id: 'rank',
    term: 'Rank',
    meaning:
      'Units ordered by their items, most first; units with as many items share a rank and the next rank is skipped (1, 2, 2, 4).',
  },
  {
    id: 'gini',
    term: 'Concentration (Gini coefficient)',
    meaning:
      'How evenly items are spread over units: 0 when every unit has as many, nearer 1 the more the items sit with a few units.',
    formula: 'G = Σᵢ Σⱼ |xᵢ − xⱼ| / (2 n² x̄), x the units’ item counts, n the number of units',
  },
  {
    id: 'no-lead',
    term: 'Items without a written lead',
    meaning:
      'Items with units but no lead written in the text; an inferred lead does not count as written.',
  },
  {
    id: 'tie',
    term: 'Tie (shared items)',
    meaning:
      'Two units named on one item have a tie; the more items they share, the stronger it is.',
    formula: 'tie weight = items the two units share',
  },
  {
    id: 'group',
    term: 'Group',
    meaning:
      'Units that share many items among themselves, found in the network by community detection (Louvain); a group has one colour in the network.',
  },
  {
    id: 'backbone',
    term: 'Backbone',
    meaning:
      'The ties most worth seeing: each unit’s two strongest ties, and the strongest ties that connect every unit. The network draws these by default.',
  },
  {
    id: 'betweenness',
    term: 'Betweenness',
    meaning:
      'How far a unit lies on the shortest ways between other units; a high value marks a unit connecting units that otherwise share little. (In the exported metrics.)',
    formula: 'C(v) = Σ σₛₜ(v) / σₛₜ, σₛₜ the shortest paths from s to t, σₛₜ(v) those through v',
  },
  {
    id: 'pagerank',
    term: 'PageRank',
    meaning:
      'A unit’s weight in the network: higher the more units share its items and the weightier they are. (In the exported metrics.)',
    formula: 'PR(v) = (1 − d) / n + d Σ PR(u) · w(u,v) / W(u), d = 0.85',
  },
  {
    id: 'similarity',
    term: 'Similarity (comparing plans)',
    meaning:
      'How alike the texts of two items of two plans are, 0 to 1. From 0.5 they are one item reworded; so are they when one title lies whole in the other item’s text.',
    formula:
      'similarity = 2 |A ∩ B| / (|A| + |B|), A and B the texts’ pairs of adjacent characters; titles and full texts each, averaged',
  },
];

/** The glossary in the page's language. */
export function glossary(lang: UiLang): readonly GlossaryEntry[] {
  return lang === 'en' ? EN : ZH;
}
