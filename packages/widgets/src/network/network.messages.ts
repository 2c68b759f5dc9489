import { UNIT_KIND_NAMES, type UnitKind } from '@remit/core/model';
import { formatNumber } from '../shared/format.js';
import type { Lang } from '../shared/lang.js';
import type { NetworkMode } from './network.model.js';

/** The words of `<remit-network>`, in Chinese and English (shared words are in `shared/messages`). */
export interface NetworkMessages {
  /** the default accessible name */
  title: (mode: NetworkMode) => string;
  community: (c: number) => string;
  /** a legend entry: "Group 1: 6 units, incl. 区司法局" */
  communityEntry: (c: number, units: number, items: number, top: string) => string;
  otherCommunities: string;
  /** the measures the glossary explains: the colour groups, and the lines between units */
  groups: string;
  ties: string;
  kinds: Readonly<Record<UnitKind, string>>;
  /** legend entry for item squares (bipartite mode) */
  items: string;
  tiesControl: string;
  tiesValue: (k: number | 'all') => string;
  tiesShown: (shown: number, total: number) => string;
  zoomIn: string;
  zoomOut: string;
  zoomReset: string;
  controls: string;
  /** how to read the picture */
  encoding: (mode: NetworkMode) => string;
  /** a unit node: "区司法局, 9 items, group 2, 6 ties shown" */
  unitNode: (name: string, items: number, community: string, ties: number) => string;
  /** an item node: "title, 3 units" */
  itemNode: (name: string, units: number) => string;
  /** a tie in a tooltip or table: "区发改委 (3 shared items)" */
  tie: (name: string, shared: number) => string;
  moreTies: (n: number) => string;
  /** text summary, units mode */
  unitsSummary: (s: {
    units: number;
    ties: number;
    shown: number;
    communities: number;
    widest?: { name: string; partners: number };
    strongest?: { a: string; b: string; shared: number };
  }) => string;
  /** text summary, bipartite mode */
  bipartiteSummary: (s: {
    items: number;
    units: number;
    ties: number;
    busiest?: { name: string; items: number };
    widest?: { name: string; units: number };
  }) => string;
  tableCaption: (mode: NetworkMode) => string;
  columns: (mode: NetworkMode) => readonly string[];
  itemKind: string;
  unitKind: string;
  /** bipartite mode refused for a plan with too many assignments */
  tooManyAssignments: (n: number) => string;
}

const zhNum = (n: number): string => formatNumber('zh-CN', n);
const enNum = (n: number): string => formatNumber('en', n);
const plural = (n: number, one: string, many: string): string =>
  `${enNum(n)} ${n === 1 ? one : many}`;

const zh: NetworkMessages = {
  title: (mode) => (mode === 'bipartite' ? '任务—单位关系网络' : '单位协同网络'),
  community: (c) => `协作组 ${zhNum(c + 1)}`,
  communityEntry: (c, units, items, top) =>
    `协作组 ${zhNum(c + 1)}：${zhNum(units)} 个单位${items ? `、${zhNum(items)} 项任务` : ''}${top ? `，含${top}` : ''}`,
  otherCommunities: '其他协作组',
  groups: '协作组',
  ties: '协作关系',
  kinds: UNIT_KIND_NAMES.zh,

  items: '任务',
  tiesControl: '每个单位显示的最强协作',
  tiesValue: (k) => (k === 'all' ? '全部' : `${zhNum(k)} 条`),
  tiesShown: (shown, total) => `显示 ${zhNum(shown)} / ${zhNum(total)} 条协作关系`,
  zoomIn: '放大',
  zoomOut: '缩小',
  zoomReset: '还原视图',
  controls: '网络图控制',
  encoding: (mode) =>
    mode === 'bipartite'
      ? '圆点为单位（面积＝任务数），方块为任务；粗线为牵头，细线为配合。'
      : '圆点面积＝单位承担的任务数；连线粗细＝两个单位共同承担的任务数。',
  unitNode: (name, items, community, ties) =>
    `${name}，${zhNum(items)} 项任务，${community}，${zhNum(ties)} 条协作关系`,
  itemNode: (name, units) => `任务：${name}，${zhNum(units)} 个单位`,
  tie: (name, shared) => `${name}（共同承担 ${zhNum(shared)} 项）`,
  moreTies: (n) => `等，另有 ${zhNum(n)} 条`,
  unitsSummary: (s) =>
    `${zhNum(s.units)} 个单位之间有 ${zhNum(s.ties)} 条协作关系（图中显示 ${zhNum(s.shown)} 条），` +
    `分为 ${zhNum(s.communities)} 个协作组。` +
    (s.widest
      ? `协作面最广的是${s.widest.name}（与 ${zhNum(s.widest.partners)} 个单位共担任务）。`
      : '') +
    (s.strongest
      ? `协作最紧密的是${s.strongest.a}与${s.strongest.b}（共同承担 ${zhNum(s.strongest.shared)} 项任务）。`
      : ''),
  bipartiteSummary: (s) =>
    `${zhNum(s.items)} 项任务与 ${zhNum(s.units)} 个单位之间有 ${zhNum(s.ties)} 条分工。` +
    (s.busiest ? `任务最多的单位是${s.busiest.name}（${zhNum(s.busiest.items)} 项）。` : '') +
    (s.widest ? `单位最多的任务是“${s.widest.name}”（${zhNum(s.widest.units)} 个单位）。` : ''),
  tableCaption: (mode) => (mode === 'bipartite' ? '任务与单位及其分工' : '各单位及其协作关系'),
  columns: (mode) =>
    mode === 'bipartite'
      ? ['名称', '类型', '任务数或单位数', '协作组', '关联']
      : ['单位', '任务数', '协作组', '协作关系（显示部分）'],
  itemKind: '任务',
  unitKind: '单位',
  tooManyAssignments: (n) =>
    `该计划有 ${zhNum(n)} 条分工，任务—单位关系图无法清晰显示。请改用单位协同网络（mode="units"）。`,
};

const en: NetworkMessages = {
  title: (mode) => (mode === 'bipartite' ? 'Item–unit network' : 'Unit co-responsibility network'),
  community: (c) => `group ${enNum(c + 1)}`,
  communityEntry: (c, units, items, top) =>
    `Group ${enNum(c + 1)}: ${plural(units, 'unit', 'units')}${items ? `, ${plural(items, 'item', 'items')}` : ''}${top ? `, incl. ${top}` : ''}`,
  otherCommunities: 'Other groups',
  groups: 'groups',
  ties: 'ties',
  kinds: UNIT_KIND_NAMES.en,

  items: 'Item',
  tiesControl: 'Strongest ties per unit',
  tiesValue: (k) => (k === 'all' ? 'all' : enNum(k)),
  tiesShown: (shown, total) => `showing ${enNum(shown)} of ${plural(total, 'tie', 'ties')}`,
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  zoomReset: 'Reset view',
  controls: 'Network controls',
  encoding: (mode) =>
    mode === 'bipartite'
      ? 'Circles are units (area = items carried), squares are items; thick lines lead, thin lines are members.'
      : 'Circle area = items a unit carries; line width = items two units share.',
  unitNode: (name, items, community, ties) =>
    `${name}, ${plural(items, 'item', 'items')}, ${community}, ${plural(ties, 'tie', 'ties')}`,
  itemNode: (name, units) => `Item: ${name}, ${plural(units, 'unit', 'units')}`,
  tie: (name, shared) => `${name} (${plural(shared, 'shared item', 'shared items')})`,
  moreTies: (n) => `and ${enNum(n)} more`,
  unitsSummary: (s) =>
    `${plural(s.units, 'unit', 'units')} with ${plural(s.ties, 'tie', 'ties')} (${enNum(s.shown)} drawn), ` +
    `in ${plural(s.communities, 'group', 'groups')}.` +
    (s.widest
      ? ` ${s.widest.name} shares items with the most units (${enNum(s.widest.partners)}).`
      : '') +
    (s.strongest
      ? ` The strongest tie is ${s.strongest.a} – ${s.strongest.b} (${plural(s.strongest.shared, 'shared item', 'shared items')}).`
      : ''),
  bipartiteSummary: (s) =>
    `${plural(s.items, 'item', 'items')} and ${plural(s.units, 'unit', 'units')} joined by ${plural(s.ties, 'assignment', 'assignments')}.` +
    (s.busiest ? ` ${s.busiest.name} carries the most items (${enNum(s.busiest.items)}).` : '') +
    (s.widest ? ` “${s.widest.name}” has the most units (${enNum(s.widest.units)}).` : ''),
  tableCaption: (mode) =>
    mode === 'bipartite' ? 'Items and units with their assignments' : 'Units and their ties',
  columns: (mode) =>
    mode === 'bipartite'
      ? ['Name', 'Type', 'Items or units', 'Group', 'Linked to']
      : ['Unit', 'Items', 'Group', 'Ties (drawn)'],
  itemKind: 'item',
  unitKind: 'unit',
  tooManyAssignments: (n) =>
    `This plan has ${enNum(n)} assignments, too many for a readable item–unit network. Use the units network (mode="units").`,
};

const tables: Record<Lang, NetworkMessages> = { 'zh-CN': zh, en };

/** The network's words in one language. */
export function networkMessages(lang: Lang): NetworkMessages {
  return tables[lang];
}
