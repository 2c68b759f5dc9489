import type { CodeFamily } from './code-entry.js';
import { RECORD_ZH, REMOVED_ZH } from './zh-words.js';

const ROLE_HINT = '请写作“lead”（牵头）或“member”（配合）';
const ROLES = 'Write `"lead"` or `"member"`.';

/** The `plan/…` codes: what `validatePlan` (and so `readPlanJson`) says about Plan JSON. */
export const PLAN_CODES = {
  'plan/not-a-plan': {
    severity: 'error',
    meaning:
      'The JSON is not an object with `items`, `units` and `assignments` (a list, a number …); an empty plan was read.',
    action: 'Check that the file is a Remit plan (`packages/core/schema/plan.schema.json`).',
    zh: (a) => `应为含有“items”“units”和“assignments”的对象，实为 ${a.text('found')}。`,
  },
  'plan/version': {
    severity: 'error',
    meaning: 'The plan names a format version other than `"remit": 1`; it was read as version 1.',
    action: 'Check the result, or write the plan with this version of Remit.',
    zh: (a) =>
      `不支持的格式版本${a.has('version') ? ` ${a.text('version')}` : '（超出范围的数字）'}；本程序只识别 "remit": 1，已按版本 1 继续读取。`,
  },
  'plan/missing-field': {
    severity: ['error', 'warning'],
    meaning:
      'A field the plan needs is missing: the `items` list, an item’s or section’s title, a unit’s name, a role. The message says what was read instead.',
    action: 'Fill in the field named.',
    zh: (a) =>
      a.pick('missing', {
        role: '未写明角色，按“member”（配合）读取。',
        'unit-name': '该单位没有名称，已舍去。',
        'item-title': '该任务没有标题，请补上。',
        'section-title': '该部分没有标题，请补上。',
        'unit-name-shown-as-id': () =>
          `单位“${a.text('unit')}”没有名称，暂以其 id 显示。请补上名称。`,
        list: () => `计划中没有“${a.text('list')}”列表。`,
      }),
  },
  'plan/wrong-type': {
    severity: ['error', 'warning'],
    meaning:
      'A value has the wrong type (a number where text belongs, text where a list belongs …); it was converted where that is safe, else skipped. The message says which.',
    action: 'Write the value in the type the Plan JSON schema gives.',
    zh: (a) => {
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
  },
  'plan/null-entry': {
    severity: 'warning',
    meaning: 'A list holds `null`; it was skipped.',
    action: 'Remove the `null`.',
    zh: () => '跳过了一个 null 条目。',
  },
  'plan/empty-id': {
    severity: 'warning',
    meaning: 'An id is empty; a new one was given.',
    action: 'Give the record an id, or leave the field out.',
    zh: () => 'id 为空，已另给一个新的 id。',
  },
  'plan/missing-id': {
    severity: 'warning',
    meaning: 'A record has no id; one was given.',
    action: 'Nothing, unless other records refer to it: then give it an id.',
    zh: (a) => `该${a.pick('record', RECORD_ZH)}没有 id，已给它“${a.text('id')}”。`,
  },
  'plan/duplicate-id': {
    severity: 'error',
    meaning:
      'Two records of one kind share an id; the second was kept under a new id, and references to the id mean the first.',
    action: 'Give each record its own id.',
    zh: (a) => {
      const record = a.pick('record', RECORD_ZH);
      const id = a.text('id');
      return `另一个${record}已使用 id“${id}”；这一个改为“${a.text('kept')}”保留，引用“${id}”的均指前一个。请为每个${record}设置各自的 id。`;
    },
  },
  'plan/forbidden-key': {
    severity: 'warning',
    meaning:
      'A key named `__proto__`, `constructor` or `prototype` was dropped: copied onto an object it could change how every object behaves.',
    action: 'Remove the key.',
    zh: (a) => `已删去键“${a.text('key')}”：它可能改变所有对象的行为。`,
  },
  'plan/ignored-key': {
    severity: 'info',
    meaning: 'A key the format knows but Remit does not keep was ignored.',
    action: 'Nothing.',
    zh: (a) => `已忽略“${a.text('key')}”：Remit 不保存这一项。`,
  },
  'plan/unknown-key': {
    severity: 'warning',
    meaning: 'A key the format does not know was ignored.',
    action:
      'Check its spelling against the Plan JSON schema (`packages/core/schema/plan.schema.json`).',
    zh: (a) =>
      `已忽略未知的键“${a.text('key')}”；请对照计划 JSON 格式（Plan JSON schema）检查拼写。`,
  },
  'plan/invisible-characters': {
    severity: 'warning',
    meaning:
      'Control characters, lone surrogates or zero-width and bidirectional characters were removed from a text; they hide or reorder what is shown.',
    action: 'Check the text named; retype it if it was pasted from a web page.',
    zh: (a) =>
      `已从 ${a.text('text')} 中删去${a.pickEach('removed', REMOVED_ZH).join('和')}，这些字符会隐藏或打乱显示的内容。`,
  },
  'plan/name-normalised': {
    severity: 'info',
    meaning:
      'A unit name was stored in its normal form (NFKC, ASCII parentheses, no spaces), so that one unit written two ways is one unit.',
    action: 'Nothing.',
    zh: (a) =>
      `名称“${a.text('written')}”已按规范形式存为“${a.text('name')}”（NFKC 规范化、半角括号、去掉空格）。`,
  },
  'plan/role-spelling': {
    severity: 'warning',
    meaning: 'A role was written another way (`Lead`, `牵头` …) and read as `lead` or `member`.',
    action: ROLES,
    zh: (a) => `角色 ${a.text('role')} 已按“${a.text('as')}”读取；${ROLE_HINT}。`,
  },
  'plan/unknown-role': {
    severity: 'error',
    meaning: 'A role is neither lead nor member; the assignment was dropped.',
    action: ROLES,
    zh: (a) => `未知角色 ${a.text('role')}，该条分工已舍去。${ROLE_HINT}。`,
  },
  'plan/unknown-item': {
    severity: 'error',
    meaning: 'An assignment names no item, or an item id the plan does not have; it was dropped.',
    action: 'Correct the item id.',
    zh: (a) =>
      a.has('item')
        ? `没有 id 为“${a.text('item')}”的任务，该条分工已舍去。`
        : '该条分工没有指明任务，已舍去。',
  },
  'plan/unknown-unit': {
    severity: ['error', 'warning'],
    meaning:
      'An assignment or a group’s member list names a unit the plan does not have; the assignment was dropped (an error), or the member left out (a warning).',
    action: 'Correct the unit id, or add the unit to `units`.',
    zh: (a) =>
      !a.has('unit')
        ? '该条分工没有指明单位，已舍去。'
        : a.has('in')
          ? `没有 id 或名称为“${a.text('unit')}”的单位，已将其从${a.pick('in', { members: '成员单位' })}中去掉。`
          : `没有 id 为“${a.text('unit')}”的单位，该条分工已舍去。`,
  },
  'plan/unit-by-name': {
    severity: 'warning',
    meaning:
      'An assignment refers to a unit by its name, not its id; the unit of that name was used.',
    action: 'Refer to units by id.',
    zh: (a) =>
      `没有 id 为“${a.text('ref')}”的单位，但单位“${a.text('unit')}”以此为名称，已改用该单位。请用 id 引用单位。`,
  },
  'plan/duplicate-assignment': {
    severity: 'warning',
    meaning: 'The same unit is assigned to the same item twice; the first assignment was kept.',
    action: 'Remove the repeated assignment.',
    zh: (a) => `单位“${a.text('unit')}”已分配到任务“${a.text('item')}”，只保留第一次分配。`,
  },
  'plan/unknown-section': {
    severity: 'warning',
    meaning:
      'An item or a section names a section the plan does not have; the parent was dropped, or a section of that name made for the item.',
    action: 'Correct the section id, or add the section.',
    zh: (a) =>
      `没有 id 为“${a.text('section')}”的部分，${a.pick('in', {
        parent: '已去掉该上级部分',
        item: () => `已新建部分 ${a.text('id')}，标题为“${a.text('title')}”`,
      })}。`,
  },
  'plan/duplicate-name': {
    severity: 'warning',
    meaning: 'Two units have the same name; both were kept.',
    action: 'Merge them if they are one unit.',
    zh: (a) =>
      `单位“${a.text('unit')}”与此单位同名（“${a.text('name')}”），两者均已保留。如为同一单位，请合并。`,
  },
  'plan/unit-without-items': {
    severity: 'info',
    meaning: 'A unit is listed but no assignment names it; it was kept with no items.',
    action: 'Nothing, if the unit has no tasks; otherwise add its assignments.',
    zh: (a) => `单位“${a.text('name')}”列在单位表中，但没有任何分工指向它；已保留，任务数为 0。`,
  },
  'plan/field-too-long': {
    severity: 'warning',
    meaning: 'A text is far longer than any field of a plan; only its beginning was kept.',
    action: 'Check the file: the text is probably not what the field should hold.',
    zh: (a) =>
      `一段文字长达 ${a.number('length')} 个字符，只保留了前 ${a.number('kept')} 个。计划中的字段都很短，请检查文件。`,
  },
  'plan/unknown-kind': {
    severity: 'warning',
    meaning: 'A unit’s kind is not one of the known kinds; it was ignored.',
    action: 'Use one of the kinds the message lists.',
    zh: (a) =>
      `未知的单位类别 ${a.text('kind')}，已忽略。请使用以下之一：${a.list('kinds').join('、')}。`,
  },
  'plan/correction-kind': {
    severity: 'warning',
    meaning: 'A recorded correction is of a kind Remit does not know; it was skipped.',
    action: 'Use one of the kinds the message lists, or remove the record.',
    zh: (a) =>
      `跳过了一条类别未知的更正记录（${a.text('kind')}）。更正的类别为：${a.list('kinds').join('、')}。`,
  },
  'plan/correction-time': {
    severity: 'warning',
    meaning: 'A recorded correction has no valid time; it was skipped.',
    action: 'Give it an ISO 8601 time in `at`, or remove the record.',
    zh: (a) => `跳过了一条没有有效时间的更正记录（${a.text('found')}）。`,
  },
  'plan/correction-stale': {
    severity: 'warning',
    meaning:
      'A recorded correction names an item or unit the plan no longer has; it is kept as a record only.',
    action: 'Nothing; remove the record if it is no longer wanted.',
    zh: (a) =>
      `这条更正记录所指的${a.pick('what', { item: '任务', unit: '单位' })} ${a.text('id')} 已不在计划中，仅作为记录保留。`,
  },
} satisfies CodeFamily<'plan'>;
