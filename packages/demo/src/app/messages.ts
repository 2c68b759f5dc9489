import { diagnosticMessage, type Diagnostic, type Severity } from '@remit/core/model';
import type { FindingSeverity } from '@remit/core';
import type { CorrectionKind } from '@remit/core/model';
import type { UiLang } from './settings.js';

/** The dashboard's own words in one language; the widgets bring theirs. */
export interface DashboardMessages {
  tagline: string;
  toolbar: string;
  language: string;
  theme: string;
  light: string;
  dark: string;
  present: string;
  print: string;
  exportData: string;
  planJson: string;
  assignmentsCsv: string;
  matrixCsv: string;
  metricsJson: string;
  unitsCsv: string;
  workbookXlsx: string;
  // source panel
  sourceTitle: string;
  openFile: string;
  dropHint: string;
  dropping: string;
  localOnly: string;
  pasteTitle: string;
  pastePlaceholder: string;
  format: string;
  formatAuto: string;
  formatTxt: string;
  formatCsv: string;
  formatJson: string;
  read: string;
  reading: string;
  sample: string;
  backToSample: string;
  sourceLine: (name: string, encoding: string | undefined) => string;
  stillShowing: (name: string) => string;
  // filter
  filterTitle: string;
  filterSection: string;
  allSections: string;
  filterUnit: string;
  allUnits: string;
  filterRole: string;
  anyRole: string;
  filterText: string;
  clearFilter: string;
  filterCount: (shown: number, total: number) => string;
  removeFilter: (label: string) => string;
  /** a view's title while a filter narrows it */
  filtered: (title: string) => string;
  /** a part of a link the plan shown does not have */
  addressMiss: (what: 'section' | 'unit' | 'selection', name: string) => string;
  // reading options
  readingTitle: string;
  inferLeadFirst: string;
  inferLeadTextOnly: string;
  inferLeadCorrected: string;
  directoryTitle: string;
  openDirectory: string;
  directoryLine: (name: string, units: number, groups: number) => string;
  removeDirectory: string;
  makeDirectory: string;
  directoryFailed: (name: string, why: string) => string;
  expandGroups: string;
  /** a unit's items that all came through one group: "9 项，均经由 各街镇" */
  throughGroup: (items: number, group: string) => string;
  /** beside one item of a unit: the group it came through */
  viaGroup: (group: string) => string;
  // corrections
  editTitle: string;
  editItemTitle: string;
  editUnitName: string;
  save: string;
  renameUnit: string;
  remove: string;
  add: string;
  addUnit: string;
  mergeInto: string;
  merge: string;
  roleOf: (unit: string) => string;
  removeUnitFrom: (unit: string) => string;
  correctedHere: string;
  correctionsTitle: string;
  correctionsHint: string;
  undo: string;
  redo: string;
  toReview: string;
  confidence: (value: number, doubts: readonly string[]) => string;
  likelyAliases: string;
  mergeAlias: string;
  dismissAlias: string;
  correctionLog: (n: number) => string;
  noCorrections: string;
  correctionKind: Record<CorrectionKind, string>;
  /** why corrections cannot be made while the plan is read with a directory or expanded groups */
  /** above the corrections while the plan is read with a directory or groups expanded */
  editAsWritten: string;
  /** a unit the reading made (a directory's name, a group's member): not in the plan as written */
  editNotWritten: string;
  // trace
  traceMetric: (metric: string) => string;
  traceFinding: string;
  traceShared: (a: string, b: string) => string;
  traceUnit: (unit: string) => string;
  traceCount: (n: number) => string;
  closeTrace: string;
  changeSince: string;
  changeAdded: string;
  changeRemoved: string;
  changeLeadGained: string;
  changeLeadLost: string;
  noChange: string;
  /** a finding's button that shows the items behind it */
  traceOf: string;
  // glossary
  glossaryTitle: string;
  explain: (term: string) => string;
  // saved work
  savedTitle: string;
  savedHint: string;
  resumed: (name: string, when: string) => string;
  clearSaved: string;
  savedAt: (when: string) => string;
  savedCleared: string;
  notSaved: (why: string) => string;
  // comparison with an earlier plan
  compareWith: string;
  comparedWith: (name: string) => string;
  stopComparing: string;
  earlierUnreadable: (name: string, why: string) => string;
  compareTitle: string;
  /**
   * the comparison slide's title: items new, dropped and reworded, then the
   * units whose items changed most (`names` the first three of `count`, each
   * by `change` items; one unit is named with its sign), or that none changed
   */
  compareMessage: (
    added: number,
    dropped: number,
    reworded: number,
    most: { names: readonly string[]; count: number; change: number } | undefined,
  ) => string;
  planTitleFallback: string;
  // diagnostics
  diagnosticsTitle: string;
  diagnosticsCount: (errors: number, warnings: number, infos: number) => string;
  noDiagnostics: string;
  unreadable: string;
  severity: Record<Severity, string>;
  line: (line: number, column?: number) => string;
  /** a diagnostic's message in this language (the dashboard's own codes included) */
  diagnostic: (d: Diagnostic) => string;
  // views
  summaryTitle: string;
  findingsTitle: string;
  heatmapTitle: string;
  networkTitle: string;
  workloadTitle: string;
  unitsTable: string;
  itemsTable: string;
  downloadAs: (view: string, format: string) => string;
  findingSeverity: Record<FindingSeverity, string>;
  // detail panel
  detailTitle: string;
  detailEmpty: string;
  clearSelection: string;
  unitFacts: (
    items: number,
    lead: number,
    inferred: number,
    member: number,
    rank: number,
  ) => string;
  unitItems: string;
  partners: string;
  shared: (n: number) => string;
  noPartners: string;
  itemUnits: string;
  noUnits: string;
  itemText: string;
  section: string;
  deadline: string;
  sourceLineOf: (line: number) => string;
  lead: string;
  inferredLead: string;
  member: string;
  // presentation
  slide: (n: number, of: number) => string;
  slideKeys: string;
  leave: string;
  deck: string;
  deckLabel: string;
  slideHeadline: string;
  slideFindings: string;
  slideNoLead: string;
  slideMore: (n: number) => string;
  /** a page of a matrix too large for one slide: items first … last of total */
  slidePage: (first: number, last: number, total: number) => string;
  /** units with items on a slide's page left out for room */
  slideHiddenUnits: (n: number) => string;
  slideUnit: string;
  slideSetup: string;
  slideTitleOf: (name: string) => string;
  slideUp: (name: string) => string;
  slideDown: (name: string) => string;
  rename: string;
  renameTitle: string;
  renameSubtitle: string;
  renameApply: string;
}

const zh: DashboardMessages = {
  tagline: '任务分工一览',
  toolbar: '显示与导出',
  language: '语言',
  theme: '主题',
  light: '浅色',
  dark: '深色',
  present: '演示',
  print: '打印',
  exportData: '导出数据',
  planJson: '计划（JSON）',
  assignmentsCsv: '分工表（CSV，长表）',
  matrixCsv: '责任矩阵（CSV，宽表）',
  metricsJson: '指标（JSON）',
  unitsCsv: '单位指标（CSV）',
  workbookXlsx: 'Excel 工作簿（.xlsx）',
  sourceTitle: '计划来源',
  openFile: '打开文件…',
  dropHint: '把 .txt、.csv 或 .json 文件拖到这里；一次打开多个文件即合并为一个计划查看',
  dropping: '松开鼠标即可读取',
  localOnly: '文件只在本机浏览器中读取，不会上传。',
  pasteTitle: '粘贴文本',
  pastePlaceholder: '在此粘贴工作要点与责任分工的全文、CSV 或计划 JSON',
  format: '格式',
  formatAuto: '自动识别',
  formatTxt: '公文文本',
  formatCsv: 'CSV',
  formatJson: 'JSON',
  read: '读取',
  reading: '正在读取…',
  sample: '示例计划',
  backToSample: '重新载入示例计划',
  filterTitle: '筛选',
  filterSection: '部分',
  allSections: '全部部分',
  filterUnit: '单位',
  allUnits: '全部单位',
  filterRole: '角色',
  anyRole: '任意',
  filterText: '搜索任务',
  clearFilter: '清除筛选',
  filterCount: (shown, total) => `显示 ${shown} / ${total} 项任务`,
  removeFilter: (label) => `移除筛选条件：${label}`,
  filtered: (title) => `${title}（已筛选）`,
  addressMiss: (what, name) =>
    what === 'section'
      ? `链接中的部分“${name}”不在此计划中，已忽略。`
      : what === 'unit'
        ? `链接中的单位“${name}”不在此计划中，已忽略。`
        : `链接所选的“${name}”不在此计划中，未选中任何内容。`,
  readingTitle: '读取选项',
  inferLeadFirst: '未写明牵头时，以列第一位的单位为牵头（推定）',
  inferLeadTextOnly: '只适用于文本文件（.txt）。',
  inferLeadCorrected: '计划已有更正，不能再重新读取；撤销全部更正后可用。',
  directoryTitle: '单位名录',
  openDirectory: '打开单位名录…',
  directoryLine: (name, units, groups) => `${name}：${units} 个单位、${groups} 个单位组`,
  removeDirectory: '移除名录',
  makeDirectory: '以本计划生成名录（下载，补全后再打开）',
  directoryFailed: (name, why) => `${name} 不是可用的单位名录，计划保持不变。${why}`,
  expandGroups: '把单位组（如“各街镇”）按名录中的成员展开计算',
  throughGroup: (items, group) => `${items} 项，均经由 ${group}`,
  viaGroup: (group) => `经由 ${group}`,
  editTitle: '更正',
  editItemTitle: '任务标题',
  editUnitName: '单位名称',
  save: '保存',
  renameUnit: '改名',
  remove: '移除',
  add: '添加',
  addUnit: '添加单位',
  mergeInto: '与另一单位合并（本单位并入所选单位）',
  merge: '合并',
  roleOf: (unit) => `${unit}的角色`,
  removeUnitFrom: (unit) => `从此任务中移除${unit}`,
  correctedHere: '此处的更正',
  correctionsTitle: '更正记录',
  correctionsHint:
    '在“详情”中选中任务或单位即可更正；每项更正都记录原读取内容，并随计划 JSON 一起导出。',
  undo: '撤销',
  redo: '重做',
  toReview: '建议先核对的任务',
  confidence: (value, doubts) =>
    `把握 ${Math.round(value * 100)}%${doubts.length > 0 ? `（${doubts.join('、')}）` : ''}`,
  likelyAliases: '可能是同一单位',
  mergeAlias: '合并',
  dismissAlias: '不是同一单位',
  correctionLog: (n) => `已做更正（${n}）`,
  noCorrections: '尚未更正。',
  correctionKind: {
    'item-title': '修改任务标题',
    'add-unit': '添加单位',
    'remove-unit': '移除单位',
    'set-role': '修改角色',
    'rename-unit': '单位改名',
    'merge-units': '合并单位',
    'dismiss-alias': '确认不是同一单位',
  },
  editAsWritten: '更正针对原文：这里列出原文中的单位，单位名录和单位组展开在更正后照常生效。',
  editNotWritten:
    '这个单位不在原文中（来自单位名录或单位组展开），无法在这里更正；请更正原文中的单位。',
  traceMetric: (metric) =>
    `依据：${({ items: '任务', units: '责任单位', assignments: '分工', itemsWithoutLead: '未写明牵头单位的任务', gini: '任务集中度' } as Record<string, string>)[metric] ?? metric}`,
  traceFinding: '依据：这条发现',
  traceShared: (a, b) => `依据：${a}与${b}共同承担的任务`,
  traceUnit: (unit) => `依据：${unit}承担的任务`,
  traceCount: (n) => `共 ${n} 项任务`,
  closeTrace: '关闭',
  changeSince: '与上一版相比',
  changeAdded: '新承担的任务',
  changeRemoved: '不再承担的任务（上一版）',
  changeLeadGained: '改为牵头的任务',
  changeLeadLost: '不再牵头的任务',
  noChange: '承担的任务没有变化。',
  traceOf: '依据',
  glossaryTitle: '术语与指标说明',
  explain: (term) => `说明：${term}`,
  savedTitle: '已保存的工作',
  savedHint: '打开的计划、更正、读取选项和筛选都保存在本浏览器中，重新打开页面时恢复；不会上传。',
  resumed: (name, when) => `已恢复上次的工作：${name}（${when}）`,
  clearSaved: '清除已保存的工作',
  savedAt: (when) => `当前计划已保存（${when}）`,
  savedCleared: '已清除本浏览器中保存的全部工作。',
  notSaved: (why) => `无法在本浏览器中保存，当前页面上的内容不受影响。（${why}）`,
  compareWith: '与上一版对比…',
  comparedWith: (name) => `对比的上一版：${name}`,
  stopComparing: '取消对比',
  earlierUnreadable: (name, why) => `${name} 无法作为上一版读取：${why}`,
  compareTitle: '与上一版对比',
  compareMessage: (added, dropped, reworded, most) =>
    `与上一版相比，新增 ${added} 项、删去 ${dropped} 项、改写 ${reworded} 项任务` +
    (!most
      ? '；各单位任务量没有变化。'
      : most.count === 1
        ? `；${most.names[0]}任务${most.change > 0 ? '增加' : '减少'}最多（${most.change > 0 ? '+' : '−'}${Math.abs(most.change)} 项）。`
        : `；任务变化最大（各 ${Math.abs(most.change)} 项）的有${most.names.join('、')}${most.count > most.names.length ? `等 ${most.count} 个单位` : ''}。`),
  sourceLine: (name, encoding) => `来源：${name}${encoding ? `（${encoding}）` : ''}`,
  stillShowing: (name) => `仍在显示：${name}`,
  planTitleFallback: '未命名计划',
  diagnosticsTitle: '读取提示',
  diagnosticsCount: (e, w, i) =>
    [e ? `${e} 条错误` : '', w ? `${w} 条警告` : '', i ? `${i} 条提示` : '']
      .filter(Boolean)
      .join('、'),
  noDiagnostics: '读取顺利，没有需要注意的地方。',
  unreadable: '无法从这份输入中读出计划：',
  severity: { error: '错误', warning: '警告', info: '提示' },
  line: (line, column) => `第 ${line} 行${column ? `第 ${column} 列` : ''}`,
  diagnostic: (d) => diagnosticMessage(d, 'zh'),
  summaryTitle: '概览',
  findingsTitle: '主要发现',
  heatmapTitle: '责任矩阵',
  networkTitle: '协作网络',
  workloadTitle: '工作量排名',
  unitsTable: '单位一览',
  itemsTable: '任务一览',
  downloadAs: (view, format) => `将“${view}”下载为 ${format}`,
  findingSeverity: { warning: '需处理', notice: '值得关注', info: '说明' },
  detailTitle: '详情',
  detailEmpty: '在任一视图中点选一个单位或任务，这里会显示它的详情。',
  clearSelection: '取消选择',
  unitFacts: (items, lead, inferred, member, rank) =>
    `${items} 项任务（牵头 ${lead}${inferred ? `，推定牵头 ${inferred}` : ''}，配合 ${member}），任务数排第 ${rank}`,
  unitItems: '承担的任务',
  partners: '协作单位',
  shared: (n) => `共同承担 ${n} 项`,
  noPartners: '没有与其他单位共同承担的任务。',
  itemUnits: '责任单位',
  noUnits: '这项任务没有责任单位。',
  itemText: '任务内容',
  section: '所属部分',
  deadline: '完成时限',
  sourceLineOf: (line) => `原文第 ${line} 行`,
  lead: '牵头',
  inferredLead: '牵头（推定）',
  member: '配合',
  slide: (n, of) => `第 ${n} / ${of} 页`,
  slideKeys: '← → 或 PageUp / PageDown 翻页，Esc 退出',
  leave: '退出演示',
  deck: 'PPT',
  deckLabel: '下载 PPT（PowerPoint 演示文稿）',
  slideHeadline: '主要数字',
  slideFindings: '主要发现',
  slideNoLead: '未写明牵头单位的任务',
  slideMore: (n) => `还有 ${n} 项，见仪表盘`,
  slidePage: (first, last, total) => `第 ${first}–${last} 项任务（共 ${total} 项）`,
  slideHiddenUnits: (n) => `本页任务另涉及 ${n} 个单位，因篇幅未列出，见仪表盘`,
  slideUnit: '选中的单位',
  slideSetup: '幻灯片',
  slideTitleOf: (name) => `“${name}”页的标题`,
  slideUp: (name) => `“${name}”前移`,
  slideDown: (name) => `“${name}”后移`,
  rename: '修改标题',
  renameTitle: '标题',
  renameSubtitle: '副标题',
  renameApply: '应用',
};

const en: DashboardMessages = {
  tagline: 'Who answers for what',
  toolbar: 'Display and export',
  language: 'Language',
  theme: 'Theme',
  light: 'Light',
  dark: 'Dark',
  present: 'Present',
  print: 'Print',
  exportData: 'Export data',
  planJson: 'Plan (JSON)',
  assignmentsCsv: 'Assignments (CSV, long)',
  matrixCsv: 'Matrix (CSV, wide)',
  metricsJson: 'Metrics (JSON)',
  unitsCsv: 'Unit metrics (CSV)',
  workbookXlsx: 'Excel workbook (.xlsx)',
  sourceTitle: 'Plan',
  openFile: 'Open a file…',
  dropHint: 'Drop a .txt, .csv or .json file here; several at once are shown as one plan',
  dropping: 'Release to read the file',
  localOnly: 'Files are read in this browser and never uploaded.',
  pasteTitle: 'Paste text',
  pastePlaceholder: 'Paste the full text of a task-division plan, a CSV or Plan JSON here',
  format: 'Format',
  formatAuto: 'Detect',
  formatTxt: 'Document text',
  formatCsv: 'CSV',
  formatJson: 'JSON',
  read: 'Read',
  reading: 'Reading…',
  sample: 'Sample plan',
  backToSample: 'Back to the sample plan',
  filterTitle: 'Filter',
  filterSection: 'Section',
  allSections: 'All sections',
  filterUnit: 'Unit',
  allUnits: 'All units',
  filterRole: 'Role',
  anyRole: 'Any',
  filterText: 'Search items',
  clearFilter: 'Clear filter',
  filterCount: (shown, total) => `Showing ${shown} of ${total} ${total === 1 ? 'item' : 'items'}`,
  removeFilter: (label) => `Remove the filter ${label}`,
  filtered: (title) => `${title} (filtered)`,
  addressMiss: (what, name) =>
    what === 'section'
      ? `The link names a section this plan lacks (“${name}”); it was left out.`
      : what === 'unit'
        ? `The link names a unit this plan lacks (“${name}”); it was left out.`
        : `The link selects “${name}”, which this plan lacks; nothing is selected.`,
  readingTitle: 'Reading',
  inferLeadFirst: 'Where no lead is written, take the first-listed unit as lead (inferred)',
  inferLeadTextOnly: 'For text documents (.txt) only.',
  inferLeadCorrected:
    'The plan has corrections, so it is not read again; undo them all to use this.',
  directoryTitle: 'Unit directory',
  openDirectory: 'Open a unit directory…',
  directoryLine: (name, units, groups) =>
    `${name}: ${units} ${units === 1 ? 'unit' : 'units'}, ${groups} ${groups === 1 ? 'group' : 'groups'}`,
  removeDirectory: 'Remove',
  makeDirectory: 'Make a directory from this plan (download it, complete it, open it)',
  directoryFailed: (name, why) =>
    `${name} is no usable unit directory; the plan stays as it is. ${why}`,
  expandGroups: 'Count each group (such as 各街镇) as its members in the directory',
  throughGroup: (items, group) =>
    `${items} ${items === 1 ? 'item' : 'items'}, all through ${group}`,
  viaGroup: (group) => `through ${group}`,
  editTitle: 'Correct',
  editItemTitle: 'Item title',
  editUnitName: 'Unit name',
  save: 'Save',
  renameUnit: 'Rename',
  remove: 'Remove',
  add: 'Add',
  addUnit: 'Add a unit',
  mergeInto: 'Merge with another unit (this one goes into the one chosen)',
  merge: 'Merge',
  roleOf: (unit) => `Role of ${unit}`,
  removeUnitFrom: (unit) => `Remove ${unit} from this item`,
  correctedHere: 'Corrected here',
  correctionsTitle: 'Corrections',
  correctionsHint:
    'Select an item or a unit to correct it in Details; each correction keeps the reading it replaced and goes with the Plan JSON.',
  undo: 'Undo',
  redo: 'Redo',
  toReview: 'Items to check first',
  confidence: (value, doubts) =>
    `${Math.round(value * 100)}% sure${doubts.length > 0 ? ` (${doubts.join(', ')})` : ''}`,
  likelyAliases: 'Probably one unit',
  mergeAlias: 'Merge',
  dismissAlias: 'Two units',
  correctionLog: (n) => `Corrections made (${n})`,
  noCorrections: 'No corrections yet.',
  correctionKind: {
    'item-title': 'item title',
    'add-unit': 'unit added',
    'remove-unit': 'unit removed',
    'set-role': 'role',
    'rename-unit': 'unit renamed',
    'merge-units': 'units merged',
    'dismiss-alias': 'kept apart',
  },
  editAsWritten:
    'Corrections are made to the plan as written: the units listed are those the document names; the directory and the group expansion apply again after each correction.',
  editNotWritten:
    'This unit is not in the plan as written (it comes from the directory or a group’s expansion), so it cannot be corrected here: correct the unit the document names.',
  traceMetric: (metric) =>
    `Behind: ${({ items: 'items', units: 'units', assignments: 'assignments', itemsWithoutLead: 'items without a written lead', gini: 'concentration' } as Record<string, string>)[metric] ?? metric}`,
  traceFinding: 'Behind this finding',
  traceShared: (a, b) => `Items ${a} and ${b} share`,
  traceUnit: (unit) => `Items of ${unit}`,
  traceCount: (n) => `${n} ${n === 1 ? 'item' : 'items'}`,
  closeTrace: 'Close',
  changeSince: 'Against the earlier plan',
  changeAdded: 'Items it gained',
  changeRemoved: 'Items it lost (earlier plan)',
  changeLeadGained: 'Items it now leads',
  changeLeadLost: 'Items it no longer leads',
  noChange: 'Its items did not change.',
  traceOf: 'Items',
  glossaryTitle: 'What the figures mean',
  explain: (term) => `What is ${term}?`,
  savedTitle: 'Saved work',
  savedHint:
    'The plans opened, their corrections, reading options and filters are kept in this browser and come back when the page is opened again; nothing is uploaded.',
  resumed: (name, when) => `Your last work reopened: ${name} (${when})`,
  clearSaved: 'Clear saved work',
  savedAt: (when) => `This plan is kept as shown (${when})`,
  savedCleared: 'All work kept in this browser was cleared.',
  notSaved: (why) =>
    `This browser did not keep the work; what the page shows is unaffected. (${why})`,
  compareWith: 'Compare with…',
  comparedWith: (name) => `Compared with ${name}`,
  stopComparing: 'Stop comparing',
  earlierUnreadable: (name, why) => `${name} could not be read as the earlier plan: ${why}`,
  compareTitle: 'Compared with the earlier plan',
  compareMessage: (added, dropped, reworded, most) =>
    `Against the earlier plan: ${added} ${added === 1 ? 'item' : 'items'} new, ${dropped} dropped, ${reworded} reworded` +
    (!most
      ? '; no unit’s load changed.'
      : most.count === 1
        ? `; ${most.names[0]} changed most (${most.change > 0 ? '+' : '−'}${Math.abs(most.change)} ${Math.abs(most.change) === 1 ? 'item' : 'items'}).`
        : `; ${most.count} units changed most, by ${Math.abs(most.change)} ${Math.abs(most.change) === 1 ? 'item' : 'items'} each: ${most.names.join(', ')}${most.count > most.names.length ? ' and others' : ''}.`),
  sourceLine: (name, encoding) => `Source: ${name}${encoding ? ` (${encoding})` : ''}`,
  stillShowing: (name) => `Still showing ${name}.`,
  planTitleFallback: 'Untitled plan',
  diagnosticsTitle: 'Reading notes',
  diagnosticsCount: (e, w, i) =>
    [
      e ? `${e} ${e === 1 ? 'error' : 'errors'}` : '',
      w ? `${w} ${w === 1 ? 'warning' : 'warnings'}` : '',
      i ? `${i} ${i === 1 ? 'note' : 'notes'}` : '',
    ]
      .filter(Boolean)
      .join(', '),
  noDiagnostics: 'Read cleanly: nothing to report.',
  unreadable: 'No plan could be read from this input:',
  severity: { error: 'error', warning: 'warning', info: 'note' },
  line: (line, column) => `line ${line}${column ? `, column ${column}` : ''}`,
  diagnostic: (d) => diagnosticMessage(d, 'en'),
  summaryTitle: 'Overview',
  findingsTitle: 'Findings',
  heatmapTitle: 'Responsibility matrix',
  networkTitle: 'Co-responsibility network',
  workloadTitle: 'Workload ranking',
  unitsTable: 'Units',
  itemsTable: 'Items',
  downloadAs: (view, format) => `Download “${view}” as ${format}`,
  findingSeverity: { warning: 'Act', notice: 'Look', info: 'Note' },
  detailTitle: 'Details',
  detailEmpty: 'Select a unit or an item in any view to see its details here.',
  clearSelection: 'Clear selection',
  unitFacts: (items, lead, inferred, member, rank) =>
    `${items} ${items === 1 ? 'item' : 'items'} (${lead} lead${inferred ? `, ${inferred} inferred lead` : ''}, ${member} member), rank ${rank} by items`,
  unitItems: 'Items',
  partners: 'Works with',
  shared: (n) => `${n} shared`,
  noPartners: 'Shares no item with another unit.',
  itemUnits: 'Units',
  noUnits: 'This item has no unit.',
  itemText: 'Text',
  section: 'Section',
  deadline: 'Deadline',
  sourceLineOf: (line) => `line ${line} of the source`,
  lead: 'lead',
  inferredLead: 'lead (inferred)',
  member: 'member',
  slide: (n, of) => `${n} / ${of}`,
  slideKeys: '← → or PageUp / PageDown to move, Esc to leave',
  leave: 'Leave presentation',
  deck: 'PPTX',
  deckLabel: 'Download as PPTX (PowerPoint)',
  slideHeadline: 'Headline figures',
  slideFindings: 'Findings',
  slideNoLead: 'Items without a written lead',
  slideMore: (n) => `and ${n} more in the dashboard`,
  slidePage: (first, last, total) => `items ${first}–${last} of ${total}`,
  slideHiddenUnits: (n) =>
    `${n} more unit${n === 1 ? '' : 's'} share these items, left out for room: see the dashboard`,
  slideUnit: 'Selected unit',
  slideSetup: 'Slides',
  slideTitleOf: (name) => `Title of the “${name}” slide`,
  slideUp: (name) => `Move “${name}” earlier`,
  slideDown: (name) => `Move “${name}” later`,
  rename: 'Edit title',
  renameTitle: 'Title',
  renameSubtitle: 'Subtitle',
  renameApply: 'Apply',
};

/** The dashboard's words in `lang`. */
export function dashboardMessages(lang: UiLang): DashboardMessages {
  return lang === 'en' ? en : zh;
}

/** A role in the page's words: 牵头, 牵头（推定） or 配合 (lead, lead (inferred), member). */
export function roleWord(m: DashboardMessages, role: 'lead' | 'member', inferred = false): string {
  return role === 'lead' ? (inferred ? m.inferredLead : m.lead) : m.member;
}
