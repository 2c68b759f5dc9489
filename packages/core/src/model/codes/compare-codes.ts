import type { CodeFamily } from './code-entry.js';

/** The `compare/…` and `combine/…` codes: what `comparePlans` and `combinePlans` say. */
export const COMPARE_CODES = {
  'compare/empty-plan': {
    severity: 'info',
    meaning:
      'One of the two plans has no items; every item of the other counts as new (or as dropped).',
    action: 'Check that both files were read.',
    zh: (a) =>
      a.pick('side', {
        before: '上一版计划中没有任务，本版的每一项任务都按新增计算。',
        after: '本版计划中没有任务，上一版的每一项任务都按删去计算。',
      }),
  },
  'compare/greedy-group': {
    severity: 'info',
    meaning:
      'Too many items of both plans read alike to pair them best; they were paired most similar first.',
    action: 'Check the pairs of these items.',
    zh: (a) =>
      `上一版的 ${a.number('before')} 项和本版的 ${a.number('after')} 项任务彼此相似，数量过多，已按相似度从高到低逐对匹配，而非最优匹配。请核对这些任务的对应关系。`,
  },
  'compare/nothing-in-common': {
    severity: 'info',
    meaning: 'No item of one plan matches an item of the other.',
    action: 'Check that the plans are of one kind (one government’s plan of two years, say).',
    zh: () =>
      '两份计划没有一项任务能够对应。请确认它们是同一类计划（例如同一政府不同年份的同一份工作要点）。',
  },
  'combine/empty-plan': {
    severity: 'info',
    meaning: 'One of the plans combined has no items.',
    action: 'Check that the file was read as meant.',
    zh: (a) => `“${a.text('plan')}”中没有任务。`,
  },
} satisfies CodeFamily<'compare' | 'combine'>;
