/** What a CSV column holds, told from its header. */
export type ColumnKind =
  | 'item'
  | 'title'
  | 'section'
  | 'label'
  | 'deadline'
  | 'unit'
  | 'role'
  | 'inferred'
  | 'raw'
  | 'leads'
  | 'members'
  | 'note';

const KINDS: ReadonlyMap<string, ColumnKind> = new Map(
  (
    [
      ['item', ['item', 'itemid', 'id', '序号', '编号', '事项编号', '任务编号', '序號', '編號']],
      [
        'title',
        [
          'title',
          'itemtitle',
          '事项',
          '任务',
          '标题',
          '工作任务',
          '重点任务',
          '任务内容',
          '事项名称',
          '工作事项',
          '主要任务',
          '具体任务',
          '工作内容',
          '任务名称',
          '事項',
          '任務',
          '工作任務',
          '重點任務',
          '標題',
        ],
      ],
      ['section', ['section', 'sectiontitle', '分类', '类别', '章节', '板块', '领域']],
      ['label', ['label', '标号']],
      ['deadline', ['deadline', '完成时限', '时限', '完成时间', '时间节点', '时间要求']],
      ['unit', ['unit', 'unitname', '单位', '单位名称', '部门', '單位', '部門']],
      ['role', ['role', '角色', '职责', '分工']],
      ['inferred', ['inferred', '推断']],
      ['raw', ['raw', '原文', '原名']],
      [
        'leads',
        ['leads', 'lead', '牵头单位', '牵头部门', '主责单位', '牵头', '牽頭單位', '牽頭部門'],
      ],
      [
        'members',
        [
          'members',
          'member',
          '配合单位',
          '配合部门',
          '责任单位',
          '责任部门',
          '参与单位',
          '协办单位',
          '配合',
          '配合單位',
          '責任單位',
          '配合部門',
        ],
      ],
      ['note', ['note', 'notes', 'remark', 'remarks', 'comment', '备注', '说明', '備註', '說明']],
    ] as const
  ).flatMap(([kind, names]) => names.map((name) => [name, kind] as const)),
);

/**
 * The kind of column a header names, in English or Chinese (`item`/`序号`,
 * `title`/`事项`/`任务`, `unit`/`单位`, `role`/`角色`, `牵头单位`, `配合单位` …).
 * Case, width, spaces, `_` and `-` are ignored. `undefined` for any other header.
 */
export function columnKind(header: string): ColumnKind | undefined {
  const key = header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_-]+/gu, '');
  return KINDS.get(key);
}
