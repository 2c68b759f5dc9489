import type { CodeFamily } from './code-entry.js';

/**
 * The `batch/…` codes: what `remit batch` says about its inputs and about a
 * file it could not read. Each is a row of the batch's `diagnostics` table
 * and a line of its summary; none stops the batch.
 */
export const BATCH_CODES = {
  'batch/no-such-input': {
    severity: 'error',
    meaning: 'A file or folder given to the batch does not exist.',
    action: 'Check the path; the other inputs were read.',
    zh: (a) => `找不到“${a.text('input')}”这个文件或文件夹，请检查路径；其余输入已照常读取。`,
  },
  'batch/no-match': {
    severity: 'warning',
    meaning: 'A glob given to the batch matches no file.',
    action: 'Check the pattern, and quote it so that the shell passes it as written.',
    zh: (a) =>
      `没有文件与“${a.text('pattern')}”相符。请检查该模式，并用引号括起，以免被命令行改写。`,
  },
  'batch/unreadable-folder': {
    severity: 'error',
    meaning:
      'A folder under the inputs could not be listed (no permission, say); its files were not read.',
    action: 'Give the reading user access to the folder and run the batch again.',
    zh: (a) =>
      `无法列出文件夹“${a.text('folder')}”中的文件（${a.text('reason')}），其中的文件未读取。请开放该文件夹的读取权限后重新运行。`,
  },
  'batch/unreadable': {
    severity: 'error',
    meaning:
      'A file could not be read at all: no permission, too large, not a plan, or a format remit does not read.',
    action: 'Do what the message says; the next run of the batch tries the file again.',
    zh: (a) => `无法读取该文件：${a.text('reason')}。下次运行时会重新尝试读取。`,
  },
  'batch/reader-error': {
    severity: 'error',
    meaning: 'The reader failed on a file in a way it should not (a fault of remit).',
    action: 'Report it with the file; the rest of the batch was read.',
    zh: (a) =>
      `读取该文件时程序出错（${a.text('error')}）。请连同该文件一并报告；其余文件已照常读取。`,
  },
  'batch/reader-stopped': {
    severity: 'error',
    meaning:
      'The worker reading a file stopped, most likely out of memory on a file too large or too malformed (a zip bomb); the file was left out.',
    action: 'Check the file; the files the worker held were read again by another worker.',
    zh: (a) =>
      `读取该文件的线程中止（${a.text('error')}），很可能是文件过大或结构异常，已跳过该文件；其余文件已由其他线程重新读取。`,
  },
  'batch/not-parquet': {
    severity: 'error',
    meaning: 'A file given as Parquet is not one, or is damaged; nothing was read from it.',
    action: 'Give a .parquet file that remit batch or remit convert --to parquet wrote.',
    zh: (a) => `该文件不是可读取的 Parquet 文件（${a.text('error')}），未读取任何内容。`,
  },
  'batch/no-plan-columns': {
    severity: 'error',
    meaning:
      'A Parquet file holds no assignments: it lacks the `item` and `unit` columns (the `plans`, `items` or `diagnostics` table of a batch, say).',
    action:
      'Open the `assignments` table of a batch, or a plan written by remit convert --to parquet.',
    zh: (a) =>
      `该 Parquet 文件中没有任务分工：缺少 item 和 unit 列（现有列：${a.list('columns').join('、')}）。请打开批量读取结果中的 assignments 表，或 remit convert --to parquet 写出的文件。`,
  },
} satisfies CodeFamily<'batch'>;
