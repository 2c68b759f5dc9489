import type { Wordings } from './wording.js';

/** Chinese wordings of the codes of corrections asked for (`correctPlan`). */
export const CORRECT_ZH: Wordings = {
  'correct/unknown': (a) =>
    `计划中没有${a.pick('what', { item: '任务', unit: '单位' })} ${a.text('id')}，未作任何更改。`,
  'correct/empty': (a) =>
    a.pick('what', {
      title: '任务需要有标题，未作任何更改。',
      name: '单位需要有名称，未作任何更改。',
    }),
  'correct/no-change': () => '这项更正没有改变任何内容，未记录。',
  'correct/already-on': (a) => `“${a.text('name')}”已在这项任务中。`,
  'correct/name-taken': (a) => `“${a.text('name')}”是另一个单位的名称，请改为合并这两个单位。`,
};
