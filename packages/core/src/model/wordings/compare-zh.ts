import type { Wordings } from './wording.js';

/** Chinese wordings of the codes about comparing and combining plans (`comparePlans`, `combinePlans`). */
export const COMPARE_ZH: Wordings = {
  'compare/empty-plan': (a) =>
    a.pick('side', {
      before: '上一版计划中没有任务，本版的每一项任务都按新增计算。',
      after: '本版计划中没有任务，上一版的每一项任务都按删去计算。',
    }),
  'compare/greedy-group': (a) =>
    `上一版的 ${a.number('before')} 项和本版的 ${a.number('after')} 项任务彼此相似，数量过多，已按相似度从高到低逐对匹配，而非最优匹配。请核对这些任务的对应关系。`,
  'compare/nothing-in-common': () =>
    '两份计划没有一项任务能够对应。请确认它们是同一类计划（例如同一政府不同年份的同一份工作要点）。',
  'combine/empty-plan': (a) => `“${a.text('plan')}”中没有任务。`,
};
