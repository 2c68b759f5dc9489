import type { Wordings } from './wording.js';
import { ALIAS_REASON_ZH, RECORD_ZH } from './zh-words.js';

/**
 * Chinese wordings of the codes about units and the unit directory
 * (`readDirectory`, `applyDirectory`, `expandGroups`, the CLI) and of
 * `read/format` (`readPlan`).
 */
export const UNITS_ZH: Wordings = {
  'read/format': (a) =>
    `无法判断${a.has('source') ? `“${a.text('source')}”` : '输入'}的格式。请使用 .json、.csv 或 .txt 文件。`,
  'directory/syntax': (a) => `单位名录不是有效的 JSON（${a.text('error')}）。请修正文件后重试。`,
  'directory/shape': (a) =>
    a.pick('shape', {
      top: '单位名录应为含有“units”和“groups”数组的对象。',
      array: () => `单位名录中的“${a.text('key')}”必须是数组。`,
    }),
  'directory/version': (a) => `不支持的单位名录版本 ${a.text('version')}；本程序只识别版本 1。`,
  'directory/no-name': (a) => `跳过了一个没有名称的${a.pick('record', RECORD_ZH)}。`,
  'directory/kind': (a) =>
    `未知的单位类别 ${a.text('kind')}，已按“other”（其他）处理。请使用以下之一：${a.list('kinds').join('、')}。`,
  'directory/conflict': (a) =>
    `名称“${a.text('name')}”同时属于单位名录中的两个条目，已采用第一个。`,
  'directory/unknown-unit': (a) => `单位“${a.text('unit')}”不在单位名录中，已按原样保留。`,
  'directory/merged': (a) =>
    `“${a.text('unit')}”和“${a.text('other')}”是同一单位（${a.text('canonical')}）。`,
  'directory/unknown-units': (a) => `有 ${a.number('count')} 个单位不在单位名录中，已按原样保留。`,
  'units/group-without-members': (a) =>
    `“${a.text('unit')}”的成员单位不明，按一个单位计算。请在单位名录中列出其成员，以便展开计算。`,
  'units/likely-alias': (a) =>
    `“${a.text('a')}”和“${a.text('b')}”可能是同一单位（${a.pick('reason', ALIAS_REASON_ZH)}），目前分开计算。请用 --directory 指定单位名录将其合并。`,
};
