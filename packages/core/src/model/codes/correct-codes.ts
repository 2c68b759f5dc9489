import type { CodeFamily } from './code-entry.js';

/** The `correct/…` codes: why `correctPlan` refused a correction; the plan is left as it was. */
export const CORRECT_CODES = {
  'correct/unknown': {
    severity: 'warning',
    meaning: 'The correction names an item or unit the plan does not have; nothing was changed.',
    action: 'Pick the item or unit from the plan shown.',
    zh: (a) =>
      `计划中没有${a.pick('what', { item: '任务', unit: '单位' })} ${a.text('id')}，未作任何更改。`,
  },
  'correct/empty': {
    severity: 'warning',
    meaning:
      'The correction would leave an item without a title or a unit without a name; nothing was changed.',
    action: 'Write the title or name.',
    zh: (a) =>
      a.pick('what', {
        title: '任务需要有标题，未作任何更改。',
        name: '单位需要有名称，未作任何更改。',
      }),
  },
  'correct/no-change': {
    severity: 'warning',
    meaning: 'The correction changes nothing; it was not recorded.',
    action: 'Nothing.',
    zh: () => '这项更正没有改变任何内容，未记录。',
  },
  'correct/already-on': {
    severity: 'warning',
    meaning: 'The unit to add is already on the item.',
    action: 'Change its role instead, if that was meant.',
    zh: (a) => `“${a.text('name')}”已在这项任务中。`,
  },
  'correct/name-taken': {
    severity: 'warning',
    meaning: 'The new name is the name of another unit.',
    action: 'Merge the two units instead.',
    zh: (a) => `“${a.text('name')}”是另一个单位的名称，请改为合并这两个单位。`,
  },
} satisfies CodeFamily<'correct'>;
