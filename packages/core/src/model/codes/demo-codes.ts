import type { CodeFamily } from './code-entry.js';

/** The `demo/…` codes: what the dashboard (packages/demo) says about a file it was given. */
export const DEMO_CODES = {
  'demo/too-large': {
    severity: 'error',
    meaning: 'The file is larger than the dashboard reads; it was not read.',
    action: 'Read it with the `remit` command.',
    zh: (a) =>
      `文件大小为 ${a.text('size')}，这里最多可读取 ${a.text('limit')} 的计划。更大的文件请使用 remit 命令读取。`,
  },
  'demo/too-many': {
    severity: 'error',
    meaning: 'The plan has more assignments than the dashboard shows; it is not shown.',
    action: 'Read it with the `remit` command.',
    zh: (a) =>
      `这份计划有 ${a.number('count')} 条分工，这里最多显示 ${a.number('limit')} 条。更大的计划请使用 remit 命令读取。`,
  },
  'demo/empty': {
    severity: 'error',
    meaning: 'The input holds no items and no units; there is nothing to show.',
    action: 'Check that the right file was given.',
    zh: () => '这份输入中没有任何任务和单位，没有可显示的内容。',
  },
  'demo/not-combined': {
    severity: 'warning',
    meaning: 'One of several files could not be read; the others are shown combined without it.',
    action: 'See that file’s own messages.',
    zh: (a) => `${a.text('file')} 无法读取，其余文件已合并显示。`,
  },
} satisfies CodeFamily<'demo'>;
