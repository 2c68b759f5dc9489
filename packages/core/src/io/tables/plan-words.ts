import type { Role } from '../../model/plan.js';
import type { TableOptions } from '../table.js';

/** The columns of the long layout, in order. */
export const ASSIGNMENT_COLUMNS = [
  'item',
  'title',
  'section',
  'label',
  'deadline',
  'unit',
  'role',
  'inferred',
  'raw',
] as const;

/** The item columns that open the wide layout, before one column per unit. */
export const MATRIX_ITEM_COLUMNS = ['item', 'title', 'section', 'label', 'deadline'] as const;

export type PlanColumn = (typeof ASSIGNMENT_COLUMNS)[number];

/** The Chinese header of each column: words `readPlanCsv` reads as the same column. */
const CHINESE_HEADERS: Record<PlanColumn, string> = {
  item: '任务编号',
  title: '任务',
  section: '章节',
  label: '标号',
  deadline: '完成时限',
  unit: '单位',
  role: '角色',
  inferred: '推断',
  raw: '原文',
};
const CHINESE_ROLES: Record<Role, string> = { lead: '牵头', member: '配合' };

/** The words a plan table is written in: its headers, roles and the mark of an inferred lead. */
export interface PlanWords {
  header(column: PlanColumn): string;
  role(role: Role): string;
  yes: string;
}

/** The words of `assignmentsTable` and `matrixTable` in the language asked for. */
export function planWords(options: TableOptions): PlanWords {
  const zh = options.lang === 'zh';
  return {
    header: (column) => (zh ? CHINESE_HEADERS[column] : column),
    role: (role) => (zh ? CHINESE_ROLES[role] : role),
    yes: zh ? '是' : 'true',
  };
}
