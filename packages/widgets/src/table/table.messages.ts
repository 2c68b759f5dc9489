import type { Lang } from '../shared/lang.js';

/** Words of `<remit-table>`. */
export interface TableMessages {
  unitsTitle: string;
  itemsTitle: string;
  rank: string;
  share: string;
  label: string;
  leads: string;
  members: string;
  sortBy: (column: string) => string;
  /** after the title of an item a person corrected */
  corrected: string;
}

export const tableMessages: Record<Lang, TableMessages> = {
  'zh-CN': {
    unitsTitle: '各单位任务表',
    itemsTitle: '各项任务责任单位表',
    rank: '排名',
    share: '均分任务量',
    label: '序号',
    leads: '牵头单位',
    members: '配合单位',
    sortBy: (column) => `按“${column}”排序`,
    corrected: '（已更正）',
  },
  en: {
    unitsTitle: 'Units and their workload',
    itemsTitle: 'Items and their units',
    rank: 'Rank',
    // A non-breaking hyphen (U+2011): the header breaks at its space only.
    share: 'Equal\u2011split share',
    label: 'No.',
    leads: 'Lead units',
    members: 'Member units',
    sortBy: (column) => `Sort by ${column}`,
    corrected: ' (corrected)',
  },
};
