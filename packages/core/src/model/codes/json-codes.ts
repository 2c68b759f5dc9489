import type { CodeFamily } from './code-entry.js';

/** The `json/…` codes: what `readPlanJson` says about JSON text before it is a plan. */
export const JSON_CODES = {
  'json/empty': {
    severity: 'info',
    meaning: 'The JSON text is empty; an empty plan was read.',
    action: 'Check that the right file was given.',
    zh: () => '文本为空，已读取为空计划。',
  },
  'json/duplicate-key': {
    severity: 'warning',
    meaning: 'An object names the same key twice; the last value is used, as `JSON.parse` does.',
    action: 'Remove one of the two.',
    zh: (a) => `同一对象中键“${a.text('key')}”出现了两次，已采用后一个值。请删去其中一个。`,
  },
  'json/too-deep': {
    severity: 'error',
    meaning:
      'Objects and arrays nest deeper than a plan ever needs; the file is not a plan and was not read.',
    action: 'Check that the right file was given.',
    zh: (a) =>
      `对象和数组嵌套超过 ${a.number('depth')} 层，而计划用不到这么多层。此文件不是计划文件。`,
  },
  'json/syntax': {
    severity: 'error',
    meaning:
      'The text is not valid JSON (a missing comma or quote, a comment, a trailing comma …); nothing was read. The message says what was found where.',
    action:
      'Fix the JSON at the line and column named; an editor that checks JSON shows the place.',
    zh: (a) =>
      a.pick('problem', {
        'ends-inside': 'JSON 文本在对象或数组内部就结束了，末尾缺少内容。',
        'ends-early': 'JSON 文本在应有值的地方就结束了。',
        comment: 'JSON 中不允许有注释，请删除。',
        'after-end': 'JSON 值结束后还有多余的文字。',
        colon: () => `属性名之后应为“:”，此处却是 ${a.text('found')}。`,
        'comma-or-end': () => `此处应为“,”或“${a.text('end')}”，却是 ${a.text('found')}。`,
        'trailing-comma': () => `“${a.text('end')}”之前有多余的逗号，请删去。`,
        'single-quoted-key': () => `属性名须用双引号，不能用单引号；此处是 ${a.text('found')}。`,
        key: () => `此处应为用双引号括起的属性名，却是 ${a.text('found')}。`,
        number: '数字格式有误。',
        'single-quoted-string': '字符串须用双引号，不能用单引号。',
        'not-a-json-value': 'NaN、Infinity 和 undefined 都不是 JSON 值。',
        value: () => `此处应为一个值，却是 ${a.text('found')}。`,
        'string-past-line': '字符串跨过了行尾；请用 " 结束它，或将换行写作 \\n。',
        'control-in-string': '字符串中的控制字符必须转义。',
        'unicode-escape': '\\u 转义格式有误，须带四位十六进制数字。',
        escape: () => `字符串中的转义“\\${a.text('escape')}”无效。`,
        'unclosed-string': '字符串没有结束，请补上缺少的 "。',
      }),
  },
} satisfies CodeFamily<'json'>;
