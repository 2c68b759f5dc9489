import type { CodeFamily } from './code-entry.js';

/** The `read/…` codes: what `readPlan` says before it hands the input to a reader. */
export const READ_CODES = {
  'read/format': {
    severity: 'error',
    meaning:
      'The format of the input could not be told from its name or given option; nothing was read.',
    action: 'Use a file ending in .json, .csv or .txt, or name the format.',
    zh: (a) =>
      `无法判断${a.has('source') ? `“${a.text('source')}”` : '输入'}的格式。请使用 .json、.csv 或 .txt 文件。`,
  },
} satisfies CodeFamily<'read'>;
