import { LEAD_WORDS } from '../lexicon/field-words.js';

/** Headers of a number column (序号). */
export const SEQ_WORDS: readonly string[] = ['序号', '编号', '序', '号', '排序', '项次'];
const SEQ = new RegExp(`^(?:${SEQ_WORDS.join('|')})$`, 'u');
const LEAD = new RegExp(LEAD_WORDS, 'u');
const INSPECTED = /^被?(?:督查|检查|督导|巡查|暗访)(?:单位|对象|地区|区县|县区)$/u;

/** What a column of a responsibility table holds. */
export type ColumnKind =
  'seq' | 'category' | 'task' | 'lead' | 'member' | 'person' | 'deadline' | 'object' | 'other';

/**
 * The kind of a column from its header text (folded, spaces removed): 序号 → seq;
 * 分管领导, 责任人 → person (never units); 牵头单位 → lead; 责任单位, 配合单位,
 * 责任主体与协同单位, 项目业主 → member; 完成时限, 时间安排 → deadline; 工作任务, 民生实事,
 * 专项整治行业名称, 分组 (a table of inspection groups) → task (the first such column;
 * later ones are other); 督查单位, 检查对象 → object (what a row's group inspects: units
 * that answer for nothing); 类别,
 * 领域 → category (a group of rows, often printed only on its first row);
 * places (路段名称, 建设地点), progress (进展情况) and counts (项目数量) are other.
 */
export function columnKindOf(header: string): ColumnKind {
  const h = header.replace(/\s+/gu, '');
  if (SEQ.test(h)) return 'seq';
  if (/^(类别|类型|分类|领域|板块|方面|所属领域|项目类别|任务类别|序列)$/u.test(h))
    return 'category';
  if (/领导|责任人|负责人|联系人|分管|包保|领衔/u.test(h)) return 'person';
  // the districts a group inspects (督查单位, 检查对象) are what it checks, not who answers
  if (INSPECTED.test(h)) return 'object';
  if (LEAD.test(h) && /(单位|部门|处室|科室|主体|^牵头$)/u.test(h)) return 'lead';
  if (/^牵头$/u.test(h)) return 'lead';
  if (/单位|部门|处室|科室|主体|业主|^(配合|协办|责任)$/u.test(h)) return 'member';
  if (/路段|地点|位置|区域|点位|地址|进展|进度情况|完成情况|成效|电话|备注|数量|个数/u.test(h))
    return 'other';
  if (
    /时限|期限|完成时间|时间安排|时间节点|时间进度|完成日期|截止|进度安排|^时间$|^完成时间$/u.test(
      h,
    )
  ) {
    return 'deadline';
  }
  if (
    /任务|事项|内容|实事|名称|项目|工作|措施|问题|目标|举措|要点|指标|清单|重点|^(分组|组别)$/u.test(
      h,
    )
  )
    return 'task';
  return 'other';
}

/**
 * Column kinds of a header row; only the first task-like column is the task. A
 * 主要…单位 column (主要责任单位, 主要落实单位) set against a 配合/协同 column names the leads.
 */
export function columnKinds(headers: readonly string[]): ColumnKind[] {
  let task = false;
  const assisted = headers.some((h) => /配合|协同|协办|协助|参与/u.test(h));
  return headers.map((h) => {
    const kind = columnKindOf(h);
    if (kind === 'member' && assisted && /^主要/u.test(h.replace(/\s+/gu, ''))) {
      return 'lead';
    }
    if (kind !== 'task') return kind;
    if (task) return 'other';
    task = true;
    return kind;
  });
}

/** True when the header texts make a responsibility table: a unit column and a task or number column. */
export function isResponsibilityHeader(kinds: readonly ColumnKind[]): boolean {
  const units = kinds.some((k) => k === 'lead' || k === 'member');
  const anchor = kinds.some((k) => k === 'task' || k === 'seq');
  return kinds.length >= 2 && units && anchor;
}
