import { formatNumber } from '../shared/format.js';
import type { Lang } from '../shared/lang.js';

/** Words of `<remit-workload>` (shared words are in `shared/messages.ts`). */
export interface WorkloadMessages {
  title: string;
  hidden: (n: number) => string;
  sectionTitle: (label: string | undefined, title: string) => string;
}

export const workloadMessages: Record<Lang, WorkloadMessages> = {
  'zh-CN': {
    title: '各单位任务量',
    hidden: (n) => `另有 ${formatNumber('zh-CN', n)} 个单位未显示。`,
    sectionTitle: (label, title) => `${label ?? ''}${title}`,
  },
  en: {
    title: 'Workload by unit',
    hidden: (n) => `${formatNumber('en', n)} more ${n === 1 ? 'unit is' : 'units are'} not shown.`,
    sectionTitle: (label, title) => (label ? `${label} ${title}` : title),
  },
};
