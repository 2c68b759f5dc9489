import type { CodeFamily } from './code-entry.js';
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
const QUOTE_CELLS = 'Put cells that hold the delimiter in double quotes.';

/** The `csv/…` codes: what `readPlanCsv` says about a table of assignments. */
export const CSV_CODES = {
  'csv/empty': {
    severity: 'info',
    meaning: 'The CSV text is empty; an empty plan was read.',
    action: 'Check that the right file was given.',
    zh: () => '文本为空，已读取为空计划。',
  },
  'csv/no-header': {
    severity: 'error',
    meaning:
      'No row reads as a header: neither item, unit, role columns (one row per assignment) nor an item column followed by one column per unit. Nothing was read.',
    action: 'Start the file with a header row such as `item,unit,role`.',
    zh: () =>
      '没有找到表头行。请以 item,unit,role 开头（每行一条分工），或以一列任务开头、其后每个单位各占一列。',
  },
  'csv/field-too-long': {
    severity: 'warning',
    meaning: 'A cell is far longer than any cell of a plan; only its beginning was kept.',
    action: 'Check the file: a quote that never closes often swallows the rest of it.',
    zh: (a) =>
      `一个字段长达 ${a.number('length')} 个字符，只保留了前 ${a.number('kept')} 个。计划的单元格都很短，请检查文件。`,
  },
  'csv/text-after-quote': {
    severity: 'warning',
    meaning: 'Text follows the closing quote of a cell; it was kept in the cell.',
    action: 'Quote the whole cell, and write each double quote inside it twice (`""`).',
    zh: (a) =>
      `右引号之后还有文字“${a.text('text')}”，已一并保留在该字段中。请给整个字段加引号，字段内的引号写成两个。`,
  },
  'csv/unclosed-quote': {
    severity: 'error',
    meaning:
      'A quote opens a cell and never closes (or not within many lines); the cell was read as plain text to the end of its line.',
    action: 'Close the quote, or write a quote meant as text twice (`""`).',
    zh: (a) =>
      `此处的引号${a.pick('reason', {
        eof: '一直没有闭合',
        'too-many-lines': () => `在 ${a.number('lines')} 行之内没有闭合`,
      })}，已将该字段按普通文本读到本行末尾。请补上右引号，或将引号写成两个（""）。`,
  },
  'csv/before-header': {
    severity: 'info',
    meaning: 'A line above the header row (a title, say) was skipped.',
    action: 'Nothing, if the line is not part of the table.',
    zh: (a) => `跳过了表头上方的一行：“${a.text('text')}”。`,
  },
  'csv/ignored-column': {
    severity: 'warning',
    meaning:
      'A column with filled cells is not read: a notes column, a header that names nothing Remit reads, or a second column of a kind already read.',
    action: 'Rename the header if the column should be read; otherwise nothing.',
    zh: (a) =>
      `第 ${a.number('column')} 列“${a.text('header')}”是${a.pick('why', {
        notes: '备注列',
        unknown: '无法识别的列',
        'lists-unused': '单位清单格式不使用的列',
        'list-beside-unit': '与单位列并存的单位清单列',
        second: () => `重复的“${a.pick('kind', COLUMN_ZH)}”列`,
      })}，其中 ${a.number('count')} 个非空单元格未读取。`,
  },
  'csv/no-role-column': {
    severity: 'warning',
    meaning: 'The table has no role column; every assignment was read as a member (配合).',
    action: 'Add a `role` column with `lead` or `member` (牵头, 配合) to mark the leads.',
    zh: () => '没有角色列，所有分工都按“配合”读取。',
  },
  'csv/repeated-header': {
    severity: 'info',
    meaning:
      'The header row appears again inside the table (sheets pasted together); it was skipped.',
    action: 'Nothing.',
    zh: () => '此处重复出现表头行，已跳过。',
  },
  'csv/invisible-characters': {
    severity: 'warning',
    meaning:
      'Zero-width, bidirectional or control characters were removed from a cell; they hide or reorder what is shown, so two names could look alike and differ.',
    action: 'Check the cell named; retype it if it was pasted from a web page.',
    zh: (a) =>
      `已从${a.pick('in', { text: '', 'unit-name': '单位名称', 'unit-names': '单位名称' })}“${a.text('text')}”中删去${a.pickEach('removed', REMOVED_ZH).join('和')}，这些字符会隐藏或打乱显示的内容。`,
  },
  'csv/conflicting-item': {
    severity: 'warning',
    meaning:
      'An item id appears on several rows with different titles or details; the first description was kept.',
    action: 'Make the rows of one item agree, or give different items different ids.',
    zh: (a) =>
      `任务“${a.text('item')}”在第 ${a.number('line')} 行已有不同的描述，已保留那一处的描述。请使各行的描述一致。`,
  },
  'csv/duplicate-assignment': {
    severity: 'warning',
    meaning: 'The same unit is assigned to the same item twice; the first assignment was kept.',
    action: 'Remove the repeated row.',
    zh: (a) => `该单位已分配到任务“${a.text('item')}”，只保留第一次分配。`,
  },
  'csv/extra-fields': {
    severity: 'warning',
    meaning: 'A row has more cells than the header; the extra cells were not read.',
    action: QUOTE_CELLS,
    zh: (a) =>
      `该行有 ${a.number('fields')} 个字段，表头只有 ${a.number('expected')} 个；多出的${quotedList(a.list('extra'))}未读取。单元格内含分隔符时请加引号。`,
  },
  'csv/extra-units': {
    severity: 'warning',
    meaning:
      'A row has more cells than the header, after its unit; the extra cells were read as further units of the row, with its role (a unit list split at its commas).',
    action: `Check the units of the row. ${QUOTE_CELLS}`,
    zh: (a) =>
      `该行有 ${a.number('fields')} 个字段，表头只有 ${a.number('expected')} 个；多出的${quotedList(a.list('extra'))}已作为本行的其他单位读取，采用本行的角色。单元格内含分隔符时请加引号。`,
  },
  'csv/unit-without-items': {
    severity: 'info',
    meaning: 'A unit is named in the file but has no items; it was kept with none.',
    action: 'Nothing, if the unit has no tasks; otherwise add its assignments.',
    zh: (a) => `单位“${a.text('name')}”在文件中没有任何任务；已保留，任务数为 0。`,
  },
  'csv/missing-fields': {
    severity: 'warning',
    meaning: 'A row has fewer cells than the header; the missing ones were read as empty.',
    action: 'Check the row: a cell may have been split or lost.',
    zh: (a) =>
      `该行有 ${a.number('fields')} 个字段，表头有 ${a.number('expected')} 个；缺少的字段按空白读取。`,
  },
  'csv/no-item': {
    severity: 'warning',
    meaning: 'Units or marks stand on a row with no item; they were not read.',
    action: 'Fill in the item of the row.',
    zh: (a) =>
      `${a.pick('cell', { units: '单位', mark: '标记' })}“${a.text('text')}”所在行没有任务，未读取。`,
  },
  'csv/no-item-or-unit': {
    severity: 'warning',
    meaning: 'A row has no item, or neither item nor unit; it was not read.',
    action: 'Fill in the missing cells, or delete the row.',
    zh: (a) =>
      `该行${a.pick('missing', { item: '没有任务', 'item-and-unit': '既没有任务也没有单位' })}，未读取：“${a.text('text')}”。`,
  },
  'csv/role-without-pair': {
    severity: 'warning',
    meaning: 'A role stands on a row with no item or no unit; there is nothing to assign.',
    action: 'Fill in the missing item or unit.',
    zh: (a) =>
      `角色“${a.text('role')}”所在行没有${a.pick('missing', { item: '任务', unit: '单位' })}，无从分配。`,
  },
  'csv/missing-role': {
    severity: 'warning',
    meaning: 'A row leaves its role empty; it was read as a member (配合).',
    action: 'Write `lead` or `member` (牵头, 配合).',
    zh: () => '未写明角色，按“配合”读取。',
  },
  'csv/unknown-role': {
    severity: 'error',
    meaning: 'A role or mark is neither lead nor member; that assignment was not read.',
    action: 'Write `lead` or `member` (牵头, 配合), or leave a matrix cell empty.',
    zh: (a) =>
      a.pick('cell', {
        role: () => `未知角色“${a.text('text')}”，该条分工未读取。${ROLE_HINT}。`,
        mark: () => `未知标记“${a.text('text')}”。${ROLE_HINT}，或将单元格留空。`,
      }),
  },
  'csv/unit-list': {
    severity: 'info',
    meaning: 'A unit cell holds a list of units (甲、乙); each was read with the row’s role.',
    action: 'Nothing, if the split is right.',
    zh: (a) =>
      `从单位清单“${a.text('text')}”中读出 ${a.number('count')} 个单位，均采用本行的角色。`,
  },
  'csv/wrong-type': {
    severity: 'warning',
    meaning:
      'A true-or-false cell (the `inferred` column) holds something else; it was read as false.',
    action: 'Write `true` or `false`.',
    zh: (a) => `此处应为 true 或 false，实为“${a.text('text')}”，已按 false 读取。`,
  },
  'csv/unnamed-column': {
    severity: 'warning',
    meaning: 'A mark stands under a matrix column with no unit name; it was not read.',
    action: 'Name the unit in the header.',
    zh: (a) => `标记“${a.text('text')}”所在的列没有单位名称，未读取。请在表头写明单位。`,
  },
} satisfies CodeFamily<'csv'>;
