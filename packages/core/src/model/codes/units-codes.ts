import type { CodeFamily } from './code-entry.js';
import { ALIAS_REASON_ZH, RECORD_ZH } from './zh-words.js';

/**
 * The `directory/…` and `units/…` codes: what `readDirectory`,
 * `applyDirectory`, `expandGroups` and the CLI say about units and the unit
 * directory.
 */
export const UNITS_CODES = {
  'directory/syntax': {
    severity: 'error',
    meaning: 'The unit directory is not valid JSON; it was not read.',
    action: 'Fix the JSON at the place the message names and try again.',
    zh: (a) => `单位名录不是有效的 JSON（${a.text('error')}）。请修正文件后重试。`,
  },
  'directory/shape': {
    severity: 'error',
    meaning:
      'The unit directory is not an object with `units` and `groups` arrays; it (or the part named) was not read.',
    action: 'Write the directory in the shape of `packages/core/data/xuhui-directory.json`.',
    zh: (a) =>
      a.pick('shape', {
        top: '单位名录应为含有“units”和“groups”数组的对象。',
        array: () => `单位名录中的“${a.text('key')}”必须是数组。`,
      }),
  },
  'directory/version': {
    severity: 'error',
    meaning: 'The directory names a format version other than 1; it was not read.',
    action: 'Write `"remit-directory": 1`.',
    zh: (a) => `不支持的单位名录版本 ${a.text('version')}；本程序只识别版本 1。`,
  },
  'directory/no-name': {
    severity: 'warning',
    meaning: 'A unit or group of the directory has no name; it was skipped.',
    action: 'Give it a name.',
    zh: (a) => `跳过了一个没有名称的${a.pick('record', RECORD_ZH)}。`,
  },
  'directory/kind': {
    severity: 'warning',
    meaning: 'A directory entry’s kind is not one of the known kinds; it was taken as `other`.',
    action: 'Use one of the kinds the message lists.',
    zh: (a) =>
      `未知的单位类别 ${a.text('kind')}，已按“other”（其他）处理。请使用以下之一：${a.list('kinds').join('、')}。`,
  },
  'directory/conflict': {
    severity: 'warning',
    meaning: 'One name (or alias) belongs to two directory entries; the first is used.',
    action: 'Keep the name in one entry only.',
    zh: (a) => `名称“${a.text('name')}”同时属于单位名录中的两个条目，已采用第一个。`,
  },
  'directory/unknown-unit': {
    severity: 'info',
    meaning: 'A unit of the plan is not in the directory; it was kept as written.',
    action: 'Add it to the directory (as a unit or an alias) if it should be merged or grouped.',
    zh: (a) => `单位“${a.text('unit')}”不在单位名录中，已按原样保留。`,
  },
  'directory/merged': {
    severity: 'info',
    meaning: 'Two names of the plan are one unit by the directory; they were merged.',
    action: 'Nothing.',
    zh: (a) => `“${a.text('unit')}”和“${a.text('other')}”是同一单位（${a.text('canonical')}）。`,
  },
  'directory/unknown-units': {
    severity: 'info',
    meaning:
      'Some units of the plan are not in the directory and were kept as written (the CLI’s count of `directory/unknown-unit`).',
    action: 'Add them to the directory if they should be merged or grouped.',
    zh: (a) => `有 ${a.number('count')} 个单位不在单位名录中，已按原样保留。`,
  },
  'units/group-without-members': {
    severity: 'warning',
    meaning:
      'A group unit (such as 各街镇) has no known members, so it cannot be expanded; it was counted as one unit.',
    action: 'List its members in the unit directory.',
    zh: (a) =>
      `“${a.text('unit')}”的成员单位不明，按一个单位计算。请在单位名录中列出其成员，以便展开计算。`,
  },
  'units/likely-alias': {
    severity: 'info',
    meaning: 'Two unit names may name one unit; they are counted apart.',
    action: 'Give a unit directory (`--directory`) that merges them, if they are one unit.',
    zh: (a) =>
      `“${a.text('a')}”和“${a.text('b')}”可能是同一单位（${a.pick('reason', ALIAS_REASON_ZH)}），目前分开计算。请用 --directory 指定单位名录将其合并。`,
  },
} satisfies CodeFamily<'directory' | 'units'>;
