import type { Plan } from '@remit/core/model';
import founding from '../../../core/data/xuhui-2020-fazhi.json';
import type { Lang } from '../shared/lang.js';
import type { NetworkMode } from './network.model.js';
import type { ColorBy } from './network.palette.js';
import type { TiesOption } from './shown-ties.js';
import { syntheticPlan } from './synthetic-plan.js';

/** A named example input of `<remit-network>`: for snapshots, screenshots, the demo and docs. */
export interface NetworkScenario {
  plan: Plan;
  mode?: NetworkMode;
  colorBy?: ColorBy;
  ties?: TiesOption;
  lang?: Lang;
  width: number;
  height: number;
}

const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  'javascript:alert(1)',
  "{{constructor.constructor('alert(1)')()}}",
  '${alert(1)}',
  '</style><style>*{display:none}</style>',
  'red;background:url(javascript:alert(1))',
  '__proto__',
];

/** Every name in this plan is a payload from RELIABILITY.md's hostile catalogue. */
function hostilePlan(): Plan {
  return {
    meta: { title: HOSTILE[0] },
    items: HOSTILE.map((title, i) => ({ id: `i${i + 1}`, title })),
    units: HOSTILE.map((name, u) => ({ id: `u${u + 1}`, name })),
    assignments: HOSTILE.flatMap((_, i) => [
      { item: `i${i + 1}`, unit: `u${i + 1}`, role: 'lead' as const },
      { item: `i${i + 1}`, unit: `u${((i + 1) % HOSTILE.length) + 1}`, role: 'member' as const },
    ]),
  };
}

/** An item without units and a unit without items, next to a normal pair. */
const LOOSE_ENDS: Plan = {
  items: [
    { id: 'i1', title: '有两个单位的任务' },
    { id: 'i2', title: '没有责任单位的任务' },
  ],
  units: [
    { id: 'u1', name: '区司法局' },
    { id: 'u2', name: '区财政局' },
    { id: 'u3', name: '没有任务的单位' },
  ],
  assignments: [
    { item: 'i1', unit: 'u1', role: 'lead' },
    { item: 'i1', unit: 'u2', role: 'member' },
  ],
};

export const NETWORK_SCENARIOS = {
  founding: { plan: founding as Plan, width: 640, height: 440 },
  'founding-en': { plan: founding as Plan, lang: 'en', width: 640, height: 440 },
  'founding-kind': { plan: founding as Plan, colorBy: 'kind', width: 640, height: 440 },
  'founding-all-ties': { plan: founding as Plan, ties: 'all', width: 640, height: 440 },
  'founding-bipartite': { plan: founding as Plan, mode: 'bipartite', width: 640, height: 480 },
  'founding-320': { plan: founding as Plan, width: 320, height: 280 },
  'synthetic-60': { plan: syntheticPlan({ items: 200, units: 60 }), width: 720, height: 560 },
  hostile: { plan: hostilePlan(), width: 640, height: 440 },
  'loose-ends': { plan: LOOSE_ENDS, mode: 'bipartite', width: 480, height: 320 },
  'single-unit': {
    plan: {
      items: [{ id: 'i1', title: '任务' }],
      units: [{ id: 'u1', name: '区司法局' }],
      assignments: [{ item: 'i1', unit: 'u1', role: 'lead' }],
    },
    width: 320,
    height: 280,
  },
} satisfies Record<string, NetworkScenario>;

export type NetworkScenarioName = keyof typeof NETWORK_SCENARIOS;
