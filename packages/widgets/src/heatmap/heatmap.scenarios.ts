import type { Plan } from '@remit/core/model';
import { syntheticPlan } from '../network/synthetic-plan.js';
import type { HeatmapColor } from './heatmap.model.js';
import type { HeatmapSort } from './heatmap.order.js';

/** A named example input: feeds the snapshot tests, the screenshots and the demo gallery. */
export interface HeatmapScenario {
  plan: () => Plan;
  sort?: HeatmapSort;
  color?: HeatmapColor;
}

/** Names and titles that try to become markup, script or style (RELIABILITY.md). */
export const HOSTILE_TEXT = [
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  'javascript:alert(1)',
  "{{constructor.constructor('alert(1)')()}}",
  '${alert(1)}',
  '</style><style>*{display:none}</style>',
  'red;background:url(javascript:alert(1))',
  '区司法局\u0000\ud800&amp;',
] as const;

/** Long Chinese unit names, as government plans write them in full. */
export const LONG_UNIT_NAMES = [
  '中共上海市徐汇区委全面依法治区委员会办公室',
  '上海市徐汇区人民政府办公室（区政务服务办公室）',
  '上海市徐汇区发展和改革委员会',
  '上海市徐汇区司法局',
  '上海市徐汇区市场监督管理局',
  '上海市公安局徐汇分局',
  '徐汇区人民法院',
  '各街道办事处、镇人民政府',
] as const;

const LONG_ITEM_TITLES = [
  '深化“放管服”改革，持续优化法治化营商环境，推进政务服务“一网通办”',
  '健全重大行政决策程序制度，落实公众参与、专家论证、风险评估',
  '推进严格规范公正文明执法',
] as const;

/**
 * A synthetic plan for scale tests and benchmarks: `syntheticPlan` (≈15% of
 * units per item, one written lead each) with a section every 12 items and
 * every seventh lead marked inferred. The same sizes give the same plan.
 */
export function syntheticHeatmapPlan(items: number, units: number, seed = 1): Plan {
  const plan = syntheticPlan({ items, units, fill: 0.15, seed });
  const sections = Array.from({ length: Math.ceil(items / 12) }, (_, s) => ({
    id: `s${s + 1}`,
    label: `${s + 1}.`,
    title: `第${s + 1}部分重点工作`,
  }));
  let leads = 0;
  return {
    ...plan,
    sections,
    items: plan.items.map((item, i) => ({ ...item, section: `s${Math.floor(i / 12) + 1}` })),
    assignments: plan.assignments.map((a) =>
      a.role === 'lead' && ++leads % 7 === 0 ? { ...a, inferred: true } : a,
    ),
  };
}

export const heatmapScenarios: Readonly<Record<string, HeatmapScenario>> = {
  empty: { plan: () => ({ items: [], units: [], assignments: [] }) },
  'one-by-one': {
    plan: () => ({
      items: [{ id: 'i1', title: '打造一流法治化营商环境', label: '1.' }],
      units: [{ id: 'u1', name: '区司法局' }],
      assignments: [{ item: 'i1', unit: 'u1', role: 'lead' }],
    }),
  },
  'item-without-units': {
    plan: () => ({
      items: [
        { id: 'i1', title: '提升行政执法水平', label: '1.' },
        { id: 'i2', title: '完善法治督察机制', label: '2.' },
      ],
      units: [{ id: 'u1', name: '区司法局' }],
      assignments: [{ item: 'i1', unit: 'u1', role: 'member' }],
    }),
  },
  'unit-without-items': {
    plan: () => ({
      items: [{ id: 'i1', title: '提升行政执法水平', label: '1.' }],
      units: [
        { id: 'u1', name: '区司法局' },
        { id: 'u2', name: '区应急局' },
      ],
      assignments: [{ item: 'i1', unit: 'u1', role: 'member' }],
    }),
  },
  roles: {
    plan: () => ({
      sections: [{ id: 's1', label: '一、', title: '服务保障区域中心工作' }],
      items: [
        { id: 'i1', title: '打造一流法治化营商环境', label: '1.', section: 's1' },
        { id: 'i2', title: '加强科创中心建设法治保障', label: '2.', section: 's1' },
        { id: 'i3', title: '推进法治队伍建设', label: '3.' },
      ],
      units: [
        { id: 'u1', name: '区发展改革委' },
        { id: 'u2', name: '区府办(政务服务办)' },
        { id: 'u3', name: '上海市徐汇区人民政府办公室法制工作科' },
      ],
      assignments: [
        { item: 'i1', unit: 'u1', role: 'lead' },
        { item: 'i1', unit: 'u2', role: 'member' },
        { item: 'i1', unit: 'u2', role: 'lead', inferred: true },
        { item: 'i2', unit: 'u2', role: 'lead', inferred: true },
        { item: 'i2', unit: 'u3', role: 'member' },
        { item: 'i3', unit: 'u3', role: 'member' },
      ],
    }),
  },
  'long-names': {
    plan: () => {
      const units = LONG_UNIT_NAMES.map((name, u) => ({ id: `u${u + 1}`, name }));
      const items = Array.from({ length: 12 }, (_, i) => ({
        id: `i${i + 1}`,
        label: `${i + 1}.`,
        title: `${LONG_ITEM_TITLES[i % LONG_ITEM_TITLES.length]!}（第${i + 1}项）`,
        section: i < 6 ? 's1' : 's2',
      }));
      return {
        sections: [
          { id: 's1', label: '一、', title: '深入推进全面依法治区，加快建设法治政府、法治社会' },
          { id: 's2', label: '二、', title: '强化法治保障' },
        ],
        items,
        units,
        // The first unit is on every item: a two-digit figure above its column.
        assignments: items.flatMap((item, i) =>
          units
            .filter((_, u) => u === 0 || (i + u) % 3 === 0)
            .map((unit, k) => ({
              item: item.id,
              unit: unit.id,
              role: k === 0 ? ('lead' as const) : ('member' as const),
            })),
        ),
      };
    },
  },
  'color-by-workload': { plan: () => syntheticHeatmapPlan(12, 8, 3), color: 'workload' },
  'hostile-names': {
    plan: () => ({
      meta: { title: HOSTILE_TEXT[0] },
      sections: [{ id: 's1', title: HOSTILE_TEXT[5] }],
      items: HOSTILE_TEXT.map((title, i) => ({
        id: `i${i + 1}`,
        title,
        section: i < 4 ? 's1' : undefined,
      })),
      units: HOSTILE_TEXT.map((name, u) => ({ id: `u${u + 1}`, name })),
      assignments: HOSTILE_TEXT.map((_, k) => ({
        item: `i${k + 1}`,
        unit: `u${((k * 3) % HOSTILE_TEXT.length) + 1}`,
        role: k % 2 ? ('member' as const) : ('lead' as const),
      })),
    }),
  },
};
