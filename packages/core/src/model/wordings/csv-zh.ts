import type { Wordings } from './wording.js';
import { quotedList, REMOVED_ZH } from './zh-words.js';

/** CSV column kinds (`ColumnKind` in io/csv/column-kind), as a header names them. */
const COLUMN_ZH: Readonly<Record<string, string>> = {
  item: '任务编号',
  title: '任务名称',
  section: '所属部分',
  label: '编号',
  deadline: '完成时限',
  unit: '单位',
  role: '角色',
  inferred: '推定牵头',
  raw: '原文名称',
  leads: '牵头单位',
  members: '配合单位',
  note: '备注',
};

const ROLE_HINT = '请使用 lead 或 member（牵头、配合）';

/** Chinese wordings of the `csv/…` codes (`readPlanCsv`). */
export const CSV_ZH: Wordings = {
  'csv/empty': () => '文本为空，已读取为空计划。',
  'csv/no-header': () =>
    '没有找到表头行。请以 item,unit,role 开头（每行一条分工），或以一列任务开头、其后每个单位各占一列。',
  'csv/field-too-long': (a) =>
    `一个字段长达 ${a.number('length')} 个字符，只保留了前 ${a.number('kept')} 个。计划的单元格都很短，请检查文件。`,
  'csv/text-after-quote': (a) =>
    `右引号之后还有文字“${a.text('text')}”，已一并保留在该字段中。请给整个字段加引号，字段内的引号写成两个。`,
  'csv/unclosed-quote': (a) =>
    `此处的引号${a.pick('reason', {
      eof: '一直没有闭合',
      'too-many-lines': () => `在 ${a.number('lines')} 行之内没有闭合`,
    })}，已将该字段按普通文本读到本行末尾。请补上右引号，或将引号写成两个（""）。`,
  'csv/before-header': (a) => `跳过了表头上方的一行：“${a.text('text')}”。`,
  'csv/ignored-column': (a) =>
    `第 ${a.number('column')} 列“${a.text('header')}”是${a.pick('why', {
      notes: '备注列',
      unknown: '无法识别的列',
      'lists-unused': '单位清单格式不使用的列',
      'list-beside-unit': '与单位列并存的单位清单列',
      second: () => `重复的“${a.pick('kind', COLUMN_ZH)}”列`,
    })}，其中 ${a.number('count')} 个非空单元格未读取。`,
  'csv/no-role-column': () => '没有角色列，所有分工都按“配合”读取。',
  'csv/repeated-header': () => '此处重复出现表头行，已跳过。',
  'csv/invisible-characters': (a) =>
    `已从${a.pick('in', { text: '', 'unit-name': '单位名称', 'unit-names': '单位名称' })}“${a.text('text')}”中删去${a.pickEach('removed', REMOVED_ZH).join('和')}，这些字符会隐藏或打乱显示的内容。`,
  'csv/conflicting-item': (a) =>
    `任务“${a.text('item')}”在第 ${a.number('line')} 行已有不同的描述，已保留那一处的描述。请使各行的描述一致。`,
  'csv/duplicate-assignment': (a) => `该单位已分配到任务“${a.text('item')}”，只保留第一次分配。`,
  'csv/extra-fields': (a) =>
    `该行有 ${a.number('fields')} 个字段，表头只有 ${a.number('expected')} 个；多出的${quotedList(a.list('extra'))}未读取。单元格内含分隔符时请加引号。`,
  'csv/extra-units': (a) =>
    `该行有 ${a.number('fields')} 个字段，表头只有 ${a.number('expected')} 个；多出的${quotedList(a.list('extra'))}已作为本行的其他单位读取，采用本行的角色。单元格内含分隔符时请加引号。`,
  'csv/unit-without-items': (a) =>
    `单位“${a.text('name')}”在文件中没有任何任务；已保留，任务数为 0。`,
  'csv/missing-fields': (a) =>
    `该行有 ${a.number('fields')} 个字段，表头有 ${a.number('expected')} 个；缺少的字段按空白读取。`,
  'csv/no-item': (a) =>
    `${a.pick('cell', { units: '单位', mark: '标记' })}“${a.text('text')}”所在行没有任务，未读取。`,
  'csv/no-item-or-unit': (a) =>
    `该行${a.pick('missing', { item: '没有任务', 'item-and-unit': '既没有任务也没有单位' })}，未读取：“${a.text('text')}”。`,
  'csv/role-without-pair': (a) =>
    `角色“${a.text('role')}”所在行没有${a.pick('missing', { item: '任务', unit: '单位' })}，无从分配。`,
  'csv/missing-role': () => '未写明角色，按“配合”读取。',
  'csv/unknown-role': (a) =>
    a.pick('cell', {
      role: () => `未知角色“${a.text('text')}”，该条分工未读取。${ROLE_HINT}。`,
      mark: () => `未知标记“${a.text('text')}”。${ROLE_HINT}，或将单元格留空。`,
    }),
  'csv/unit-list': (a) =>
    `从单位清单“${a.text('text')}”中读出 ${a.number('count')} 个单位，均采用本行的角色。`,
  'csv/wrong-type': (a) => `此处应为 true 或 false，实为“${a.text('text')}”，已按 false 读取。`,
  'csv/unnamed-column': (a) =>
    `标记“${a.text('text')}”所在的列没有单位名称，未读取。请在表头写明单位。`,
};
