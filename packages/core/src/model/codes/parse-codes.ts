import type { CodeFamily } from './code-entry.js';
import { ALIAS_REASON_ZH } from './zh-words.js';

const CHECK_SEPARATORS = '请检查其中的分隔符。';
const SEPARATORS = 'Check the separators of the clause (、，；) in the source.';

/** The `parse/…` codes: what `parse`, the reader of published text, says. */
export const PARSE_CODES = {
  'parse/bad-input': {
    severity: 'error',
    meaning: '`parse` was given something other than a string or bytes; nothing was read.',
    action: 'Pass the document’s text or its bytes.',
    zh: (a) => `应为字符串或字节，实为 ${a.text('type')}。`,
  },
  'parse/internal-error': {
    severity: 'error',
    meaning: 'The reader failed on this document: a fault in Remit, not in the document.',
    action: 'Report it with the file.',
    zh: (a) => `无法读取这份文件（${a.text('error')}）。请将此问题连同文件一并报告。`,
  },
  'parse/line-breaks-restored': {
    severity: 'info',
    meaning:
      'The document runs its entries together without line breaks (text copied from a web page, say); it was read with a break before each numbered entry and responsibility label found inline, and after each bracketed clause that closes one of several targets run together on a line.',
    action: 'Check the items where a number was part of a sentence.',
    zh: (a) =>
      `这份文件的各条目连在一起，没有换行；已在文中找到的 ${a.number('count')} 处条目编号、责任单位标注和连写目标之间补上换行后读取。如编号原是句中文字，请核对相关任务。`,
  },
  'parse/invisible-characters': {
    severity: 'warning',
    meaning:
      'Zero-width or bidirectional control characters were removed; they would make names look different from what they are.',
    action: 'Check the names near the place named.',
    zh: (a) =>
      `删去了 ${a.number('count')} 个零宽字符或双向控制字符，它们会使名称看起来与实际不同。请检查此处附近的名称。`,
  },
  'parse/pinyin-glosses': {
    severity: 'info',
    meaning:
      'Pinyin in brackets after characters (a copy that annotated its text, `責(zé)任單位`) was read past; titles and names keep it as printed.',
    action: 'Nothing; line and column numbers count the text without the pinyin.',
    zh: (a) =>
      `字后括号中的 ${a.number('count')} 个拼音（转载网页加注的）在读取时略过；标题和名称保留原样。行号和列号按略去拼音后的文字计。`,
  },
  'parse/control-characters': {
    severity: 'warning',
    meaning: 'Control characters were read as spaces; the input may be binary or damaged.',
    action: 'Check that the file is the text of the plan.',
    zh: (a) => `已将 ${a.number('count')} 个控制字符读作空格；输入可能是二进制文件或已损坏。`,
  },
  'parse/no-units': {
    severity: 'warning',
    meaning: 'An item has a responsibility clause, but no unit could be read from it.',
    action: 'Check the clause in the source.',
    zh: (a) => `任务“${a.text('title')}”有责任单位条款，但未能从中读出任何单位。请检查该条款。`,
  },
  'parse/too-many-units': {
    severity: 'warning',
    meaning: 'An item lists far more units than items usually do; the clause was probably misread.',
    action: SEPARATORS,
    zh: (a) =>
      `任务“${a.text('title')}”列出了 ${a.number('count')} 个单位，很可能是条款读错了。${CHECK_SEPARATORS}`,
  },
  'parse/run-together-split': {
    severity: 'info',
    meaning: 'Unit names written together without separators were split into several units.',
    action: 'Check the split.',
    zh: (a) => `“${a.text('text')}”已读作连写在一起的几个单位。请核对拆分是否正确。`,
  },
  'parse/unsplit-clause': {
    severity: 'warning',
    meaning:
      'A part of a clause does not read as one unit name and could not be split with confidence; it was kept as one unit.',
    action: SEPARATORS,
    zh: (a) => `“${a.text('text')}”不像一个单位名称，也无法可靠地拆分。${CHECK_SEPARATORS}`,
  },
  'parse/long-unit-name': {
    severity: 'warning',
    meaning: 'A unit name is far longer than unit names are; the clause was probably misread.',
    action: SEPARATORS,
    zh: (a) =>
      `一个单位名称长达 ${a.number('length')} 个字符（“${a.text('name')}”），很可能是条款读错了。${CHECK_SEPARATORS}`,
  },
  'parse/skipped-line': {
    severity: ['warning', 'info'],
    meaning:
      'Text was not taken as an item: numbered text with no responsibility clause, a table row without a task or without units, an unnumbered line whose label names no unit, or (a warning) a responsibility line with no item above it.',
    action: 'Nothing, if the text is no task; otherwise mark its units in the source.',
    zh: (a) =>
      a.pick('what', {
        numbered: () =>
          `有编号但没有责任单位条款的文字未作为任务读取：${a.text('label')}“${a.text('text')}”。`,
        'row-without-task': () => `跳过了没有任务内容的表格行：“${a.text('text')}”。`,
        'row-without-units': () => `跳过了没有责任单位的表格行：“${a.text('text')}”。`,
        'clause-without-item': () => `跳过了上方没有任务的责任单位行：“${a.text('text')}”。`,
        'line-without-units': () =>
          `没有编号、标签后也没有单位的行未作为任务读取：“${a.text('text')}”。`,
      }),
  },
  'parse/numbering-jump': {
    severity: 'warning',
    meaning:
      'An entry’s number skips ahead of the one before (3 after 1); an entry may have been missed or misread between them.',
    action: 'Compare the items with the source around that place.',
    zh: (a) =>
      `条目 ${a.text('entry')} 紧接在编号 ${a.number('after')} 之后，两者之间可能有条目漏读或误读。`,
  },
  'parse/likely-alias': {
    severity: 'info',
    meaning:
      'Two unit names may name one unit (one adds a parenthesis, drops an administrative level or a prefix); they are kept apart.',
    action: 'Merge them with a unit directory (`--directory`) if they are one unit.',
    zh: (a) =>
      `“${a.text('a')}”和“${a.text('b')}”可能是同一单位（${a.pick('reason', ALIAS_REASON_ZH)}），目前分开计算。`,
  },
  'parse/no-items': {
    severity: 'error',
    meaning:
      'No item was found: the text has no numbered entries, or none of them names who is responsible (no 责任单位: field, no bracketed list of units, no X牵头 or 由X负责, no table with a unit column).',
    action:
      'Check that the document is a task-division plan; mark the units in the text (for example (责任单位:区发改委)) or open the plan as CSV.',
    zh: (a) =>
      a.has('count')
        ? `没有找到任务：读到 ${a.number('count')} 个编号条目（${a.text('labels')}），但都没有写明由谁负责：没有“责任单位：”“牵头单位：”之类的标注，没有括号内的单位名单，没有“X牵头”或“由X负责”，也没有含单位列的表格。请在文中标明单位（例如“（责任单位：区发改委）”），或改为以 CSV 打开计划。`
        : '没有找到任务：文中没有编号条目（1. 一、 (一) 第一条 …），也没有含单位列的表格。这是任务分工文件吗？',
  },
  'parse/merged-cell': {
    severity: 'info',
    meaning:
      'A blank unit cell of a table was read as merged with the row above, taking its units.',
    action: 'Check the row if the cell was meant to be empty.',
    zh: (a) => `空白的单位单元格已按与上一行合并读取：“${a.text('text')}”。`,
  },
  'parse/implicit-clause': {
    severity: 'info',
    meaning:
      'Units were read without a responsibility label: from a phrase 由…负责, from the line of names under an item, from a heading that names who carries the entries under it, from a line holding one unit name above entries numbered from 1, from a unit name before a colon on a page that lists what each unit must do (金河办事处:1.…;2.…), from a sentence after items that names the units of those above it (该目标责任单位为X, 4项目标的责任单位均为X), or from the units that open the sentences of entries when no entry has a clause (X、Y联合印发…).',
    action: 'Check the units of the items named.',
    zh: (a) =>
      a.pick('from', {
        'by-phrase': '这项任务没有责任单位标注，已从文中“由……负责”的说法读出单位，请核对。',
        'name-line': () =>
          `${a.number('count')} 项任务没有责任单位标注，已将各自下方的一行单位名称读作其责任单位，请核对。`,
        heading: () =>
          `标题写明了其下 ${a.number('count')} 个条目由谁${a.pick('role', { lead: '牵头', member: '负责' })}，已为这些条目分配“${a.text('units')}”，请核对。`,
        'unit-line': () =>
          `文中多处在从 1 起编号的条目上方单列一个单位名称，已为其下 ${a.number('count')} 个条目分配该单位，请核对。`,
        'unit-led': () =>
          `文中先写单位名称和冒号，再写其任务，已为每个单位名称后的 ${a.number('count')} 个条目分配该单位，请核对。`,
        subject: () =>
          `没有条目以条款写明单位，已为以单位开头并写明其所做之事（X、Y联合印发……）的 ${a.number('count')} 个条目分配这些单位，请核对。`,
        shared: () =>
          `已从一句话为上方 ${a.number('count')} 项任务读出责任单位：“${a.text('text')}”，请核对。`,
      }),
  },
  'parse/shared-clause-count': {
    severity: 'warning',
    meaning:
      'A sentence after items names the units of more items above it (4项目标的责任单位均为X) than stand there without units; the units were given to those that do.',
    action: 'Check which items the sentence speaks for, and give the others their units.',
    zh: (a) =>
      `这句话写明了上方 ${a.number('named')} 项任务的责任单位，但上方只有 ${a.number('count')} 项没有单位的任务，已分配给这些任务：“${a.text('text')}”。`,
  },
  'parse/unclosed-clause': {
    severity: 'warning',
    meaning:
      'The bracket of a responsibility clause never closes; the clause was read to the end of the line.',
    action: 'Check where the clause should end.',
    zh: () => '该责任单位条款的括号没有闭合，已读到本行末尾。请检查它应在何处结束。',
  },
  'parse/site-footer': {
    severity: 'info',
    meaning:
      'A web page’s footer (主办单位 and 承办单位 on one line) was taken as page furniture, not as the units of an item.',
    action: 'Nothing.',
    zh: (a) =>
      `同一行含“主办单位”和“承办单位”的网站页脚已作为页面附带内容处理，未读作任务的单位：“${a.text('text')}”。`,
  },
  'parse/footer-line': {
    severity: 'info',
    meaning:
      'A line of a web page’s footer (主办单位 or 承办单位 after the document’s text) was taken as page furniture, not as the units of an item.',
    action: 'Nothing.',
    zh: (a) =>
      `文末网站页脚中的“主办单位”或“承办单位”行已作为页面附带内容处理，未读作任务的单位：“${a.text('text')}”。`,
  },
  'parse/read-as-html': {
    severity: 'info',
    meaning:
      'The text is an HTML page; it was read as a browser shows it (tags removed, paragraphs and table rows on lines of their own). Line numbers in the other messages count lines of that reading.',
    action: 'Nothing.',
    zh: () =>
      '这段文字是 HTML 网页，已按浏览器显示的样子读取（去掉标签，段落和表格行各占一行，解码字符引用，略去脚本和样式）。其他提示中的行号按这样读出的文字计算。',
  },
} satisfies CodeFamily<'parse'>;
