import type { Wordings } from './wording.js';
import { RECORD_ZH, REMOVED_ZH } from './zh-words.js';

const ROLE_HINT = '请写作“lead”（牵头）或“member”（配合）';

/** Chinese wordings of the `plan/…` codes (`validatePlan`, `readPlanJson`). */
export const PLAN_ZH: Wordings = {
  'plan/not-a-plan': (a) =>
    `应为含有“items”“units”和“assignments”的对象，实为 ${a.text('found')}。`,
  'plan/version': (a) =>
    `不支持的格式版本${a.has('version') ? ` ${a.text('version')}` : '（超出范围的数字）'}；本程序只识别 "remit": 1，已按版本 1 继续读取。`,
  'plan/missing-field': (a) =>
    a.pick('missing', {
      role: '未写明角色，按“member”（配合）读取。',
      'unit-name': '该单位没有名称，已舍去。',
      'item-title': '该任务没有标题，请补上。',
      'section-title': '该部分没有标题，请补上。',
      'unit-name-shown-as-id': () =>
        `单位“${a.text('unit')}”没有名称，暂以其 id 显示。请补上名称。`,
      list: () => `计划中没有“${a.text('list')}”列表。`,
    }),
  'plan/wrong-type': (a) => {
    const expected = a.pick('expected', {
      list: '列表',
      object: '对象',
      text: '文本',
      flag: ' true 或 false',
      line: '行号（1、2……）',
      'unit-list': '单位列表',
      'name-list': '名称列表',
      number: '数字',
    });
    const found = a.has('found')
      ? ` ${a.text('found')}`
      : a.pick('foundKind', {
          null: ' null',
          array: '数组',
          object: '对象',
          'number-out-of-range': '超出范围的数字',
        });
    const outcome = a.pick('outcome', {
      ignored: '已忽略',
      skipped: '已跳过',
      'read-as': () => `已按 ${a.text('as')} 读取`,
      'read-as-members': () => `已按 ${a.number('count')} 个配合单位读取`,
    });
    return `此处应为${expected}，实为${found}；${outcome}。`;
  },
  'plan/null-entry': () => '跳过了一个 null 条目。',
  'plan/empty-id': () => 'id 为空，已另给一个新的 id。',
  'plan/missing-id': (a) => `该${a.pick('record', RECORD_ZH)}没有 id，已给它“${a.text('id')}”。`,
  'plan/duplicate-id': (a) => {
    const record = a.pick('record', RECORD_ZH);
    const id = a.text('id');
    return `另一个${record}已使用 id“${id}”；这一个改为“${a.text('kept')}”保留，引用“${id}”的均指前一个。请为每个${record}设置各自的 id。`;
  },
  'plan/forbidden-key': (a) => `已删去键“${a.text('key')}”：它可能改变所有对象的行为。`,
  'plan/ignored-key': (a) => `已忽略“${a.text('key')}”：Remit 不保存这一项。`,
  'plan/unknown-key': (a) =>
    `已忽略未知的键“${a.text('key')}”；请对照计划 JSON 格式（Plan JSON schema）检查拼写。`,
  'plan/invisible-characters': (a) =>
    `已从 ${a.text('text')} 中删去${a.pickEach('removed', REMOVED_ZH).join('和')}，这些字符会隐藏或打乱显示的内容。`,
  'plan/name-normalised': (a) =>
    `名称“${a.text('written')}”已按规范形式存为“${a.text('name')}”（NFKC 规范化、半角括号、去掉空格）。`,
  'plan/role-spelling': (a) => `角色 ${a.text('role')} 已按“${a.text('as')}”读取；${ROLE_HINT}。`,
  'plan/unknown-role': (a) => `未知角色 ${a.text('role')}，该条分工已舍去。${ROLE_HINT}。`,
  'plan/unknown-item': (a) =>
    a.has('item')
      ? `没有 id 为“${a.text('item')}”的任务，该条分工已舍去。`
      : '该条分工没有指明任务，已舍去。',
  'plan/unknown-unit': (a) =>
    !a.has('unit')
      ? '该条分工没有指明单位，已舍去。'
      : a.has('in')
        ? `没有 id 或名称为“${a.text('unit')}”的单位，已将其从${a.pick('in', { members: '成员单位' })}中去掉。`
        : `没有 id 为“${a.text('unit')}”的单位，该条分工已舍去。`,
  'plan/unit-by-name': (a) =>
    `没有 id 为“${a.text('ref')}”的单位，但单位“${a.text('unit')}”以此为名称，已改用该单位。请用 id 引用单位。`,
  'plan/duplicate-assignment': (a) =>
    `单位“${a.text('unit')}”已分配到任务“${a.text('item')}”，只保留第一次分配。`,
  'plan/unknown-section': (a) =>
    `没有 id 为“${a.text('section')}”的部分，${a.pick('in', {
      parent: '已去掉该上级部分',
      item: () => `已新建部分 ${a.text('id')}，标题为“${a.text('title')}”`,
    })}。`,
  'plan/duplicate-name': (a) =>
    `单位“${a.text('unit')}”与此单位同名（“${a.text('name')}”），两者均已保留。如为同一单位，请合并。`,
  'plan/unit-without-items': (a) =>
    `单位“${a.text('name')}”列在单位表中，但没有任何分工指向它；已保留，任务数为 0。`,
  'plan/field-too-long': (a) =>
    `一段文字长达 ${a.number('length')} 个字符，只保留了前 ${a.number('kept')} 个。计划中的字段都很短，请检查文件。`,
  'plan/unknown-kind': (a) =>
    `未知的单位类别 ${a.text('kind')}，已忽略。请使用以下之一：${a.list('kinds').join('、')}。`,
  'plan/correction-kind': (a) =>
    `跳过了一条类别未知的更正记录（${a.text('kind')}）。更正的类别为：${a.list('kinds').join('、')}。`,
  'plan/correction-time': (a) => `跳过了一条没有有效时间的更正记录（${a.text('found')}）。`,
  'plan/correction-stale': (a) =>
    `这条更正记录所指的${a.pick('what', { item: '任务', unit: '单位' })} ${a.text('id')} 已不在计划中，仅作为记录保留。`,
};
