import type {
  ItemMatch,
  ItemMatchKind,
  PlanComparison,
  UnitComparison,
  UnitMatchKind,
} from '@remit/core/compare';
import { ITEM_MATCH_KINDS, unitsByChange } from '@remit/core/compare';
import type { Plan } from '@remit/core/model';
import { nice, ticks } from 'd3-array';
import { textWidth, truncateText } from '../shared/text-width.js';

/**
 * One unit followed across the two plans, as a row of the dumbbell chart: a
 * hollow dot at its items before, a filled dot at its items after, a line
 * between them.
 */
export interface CompareUnitRow {
  /** position in `PlanComparison.units` */
  index: number;
  kind: UnitMatchKind;
  name: string;
  /** the name shortened to fit the label column (full name in `name`) */
  label: string;
  /** the unit's id in the later plan (what selection links), absent for a dropped unit */
  unit?: string;
  /** top of the row */
  y: number;
  /** items before and after; `undefined` on the side where the unit is absent */
  before?: number;
  after?: number;
  /** written leads before and after (0 where absent) */
  leadBefore: number;
  leadAfter: number;
  /** after − before in items (absent side counts 0) */
  change: number;
  leadChange: number;
  /** x of the dots (absent where the unit is absent on that side) */
  xBefore?: number;
  xAfter?: number;
  /** x where the row's figures start, right of both dots */
  end: number;
  /** the figures written beside the dots (`valueText`) */
  value: string;
}

/** One coloured piece of an item-flow bar. */
export interface FlowSegment {
  kind: ItemMatchKind;
  count: number;
  x: number;
  width: number;
}

/** The items of one section (of the later plan, or of the earlier one for dropped items). */
export interface FlowRow {
  /** the section's title as written, `''` for items outside sections */
  section: string;
  label: string;
  y: number;
  total: number;
  counts: Record<ItemMatchKind, number>;
  segments: FlowSegment[];
}

export interface CompareLayout {
  width: number;
  height: number;
  rowHeight: number;
  barHeight: number;
  /** right edge of the label column */
  labelWidth: number;
  /** x where the scales start */
  x0: number;
  /** baselines of the two parts' headings (item flow, units); the flow's is absent without flow rows */
  headings: { flow?: number; units: number };
  /** the item-flow bars, one per section, above the units */
  flow: FlowRow[];
  /** top of the units' part (its axis labels sit here, under its heading) */
  unitsTop: number;
  /** ticks of the units' item scale */
  ticks: { value: number; x: number }[];
  rows: CompareUnitRow[];
  /** units left out by `limit` */
  hidden: number;
}

export interface CompareLayoutOptions {
  width: number;
  fontSize?: number;
  /** show at most this many units (after sorting: largest change first) */
  limit?: number;
  /** the plans compared, for the sections of items (flow rows by section) */
  before?: Plan;
  after?: Plan;
  /**
   * the figures written right of a unit's dots (items before and after, leads
   * when they changed); the scale leaves room for the widest. Default: the
   * items, `5 → 7 (+2)`.
   */
  valueText?: (row: {
    before?: number;
    after?: number;
    leadBefore: number;
    leadAfter: number;
  }) => string;
}

const AXIS = 22;
const GAP = 14;

/**
 * Lays out `<remit-compare>`: first the item flow (one stacked bar per
 * section: items the same, reworded, split, merged, new and dropped, on one
 * scale of items), then the units as a dumbbell chart sorted by change (the
 * largest gain or loss in items first, then the largest change in leads,
 * then most items after; ties keep the comparison's order), on one scale of
 * items from 0. Pure: the same comparison and options give the same layout.
 */
export function compareLayout(
  comparison: PlanComparison,
  options: CompareLayoutOptions,
): CompareLayout {
  const width = Math.max(240, Math.round(options.width));
  const fontSize = options.fontSize ?? 13;
  const rowHeight = Math.round(fontSize * 1.9);
  const barHeight = Math.round(rowHeight * 0.62);
  const valueText =
    options.valueText ??
    ((r: { before?: number; after?: number }) =>
      `${r.before ?? '–'} → ${r.after ?? '–'} (${(r.after ?? 0) - (r.before ?? 0)})`);

  const flowRows = flowBySection(comparison.items, options.before, options.after);
  const units = sortUnits(comparison.units);
  const limit = options.limit && options.limit > 0 ? Math.floor(options.limit) : units.length;
  const shown = units.slice(0, limit);

  const names = [...flowRows.map((r) => r.label), ...shown.map((u) => u.unit.name)];
  const widest = Math.max(0, ...names.map((n) => textWidth(n, fontSize)));
  const labelWidth = Math.ceil(
    Math.min(Math.max(widest + fontSize / 2, fontSize * 5), width * 0.4),
  );
  const x0 = labelWidth + 8;
  const values = shown.map(({ unit: u }) => {
    const sides: { before?: number; after?: number; leadBefore: number; leadAfter: number } = {
      leadBefore: u.counts.before.lead,
      leadAfter: u.counts.after.lead,
    };
    if (u.before.length > 0) sides.before = u.counts.before.items;
    if (u.after.length > 0) sides.after = u.counts.after.items;
    return valueText(sides);
  });
  const figuresRoom = Math.max(
    textWidth('000', fontSize),
    ...values.map((v) => textWidth(v, fontSize * 0.9)),
  );
  // the scale ends where the widest figures still fit after the farther dot
  const x1 = Math.max(x0 + 40, width - figuresRoom - fontSize);

  // item flow: every bar on one scale, the largest section filling the width
  const flowMax = Math.max(1, ...flowRows.map((r) => r.total));
  const flowScale = (v: number): number => x0 + (v / flowMax) * (x1 - x0);
  // each part has a heading of its own, so that the flow's bars are never read on the units' axis
  const heading = rowHeight;
  const flowTop = flowRows.length > 0 ? heading : 0;
  const flow = flowRows.map((r, i): FlowRow => {
    let at = 0;
    const segments: FlowSegment[] = [];
    for (const kind of ITEM_MATCH_KINDS) {
      const count = r.counts[kind];
      if (count <= 0) continue;
      const x = flowScale(at);
      at += count;
      segments.push({ kind, count, x: round(x), width: round(flowScale(at) - x) });
    }
    return {
      section: r.section,
      label: truncateText(r.label, labelWidth, fontSize),
      y: flowTop + i * rowHeight,
      total: r.total,
      counts: r.counts,
      segments,
    };
  });

  const unitsHeading = flowTop + flow.length * rowHeight + (flow.length > 0 ? GAP : 0);
  const unitsTop = unitsHeading + heading;
  const max = Math.max(1, ...shown.map((u) => Math.max(itemsOf(u, 'before'), itemsOf(u, 'after'))));
  const [, top] = nice(0, max, Math.max(2, Math.floor((x1 - x0) / 70)));
  const scale = (v: number): number => x0 + (v / top) * (x1 - x0);
  const axis = ticks(0, top, Math.max(2, Math.floor((x1 - x0) / 70)))
    .filter(Number.isInteger)
    .map((value) => ({ value, x: round(scale(value)) }));

  const rows = shown.map(({ unit: u, index }, k): CompareUnitRow => {
    const before = u.before.length > 0 ? u.counts.before.items : undefined;
    const after = u.after.length > 0 ? u.counts.after.items : undefined;
    const xBefore = before === undefined ? undefined : round(scale(before));
    const xAfter = after === undefined ? undefined : round(scale(after));
    const row: CompareUnitRow = {
      index,
      kind: u.kind,
      name: u.name,
      label: truncateText(u.name, labelWidth, fontSize),
      y: unitsTop + AXIS + k * rowHeight,
      leadBefore: u.counts.before.lead,
      leadAfter: u.counts.after.lead,
      change: (after ?? 0) - (before ?? 0),
      leadChange: u.counts.after.lead - u.counts.before.lead,
      end: round(Math.max(xBefore ?? x0, xAfter ?? x0) + fontSize * 0.6),
      value: values[k]!,
    };
    if (u.after[0]) row.unit = u.after[0].id;
    if (before !== undefined) row.before = before;
    if (after !== undefined) row.after = after;
    if (xBefore !== undefined) row.xBefore = xBefore;
    if (xAfter !== undefined) row.xAfter = xAfter;
    return row;
  });

  return {
    width,
    height: unitsTop + AXIS + rows.length * rowHeight + 4,
    rowHeight,
    barHeight,
    labelWidth,
    x0,
    headings: {
      ...(flow.length > 0 ? { flow: Math.round(heading * 0.7) } : {}),
      units: unitsHeading + Math.round(heading * 0.7),
    },
    flow,
    unitsTop,
    ticks: axis,
    rows,
    hidden: units.length - shown.length,
  };
}

function itemsOf(entry: { unit: UnitComparison }, side: 'before' | 'after'): number {
  return entry.unit[side].length > 0 ? entry.unit.counts[side].items : 0;
}

/** The units with their positions, by `unitsByChange` (core's one order for "changed most"). */
export function sortUnits(
  units: readonly UnitComparison[],
): { unit: UnitComparison; index: number }[] {
  return unitsByChange(units).map((index) => ({ unit: units[index]!, index }));
}

interface SectionCounts {
  section: string;
  label: string;
  total: number;
  counts: Record<ItemMatchKind, number>;
}

/**
 * Item matches counted by section: a match belongs to the section of its
 * first item after (of its first item before when it has none after, as
 * dropped items do). Sections of one title in the two plans are one row;
 * rows follow the later plan's sections, then sections only the earlier plan
 * has, then items outside any section.
 */
export function flowBySection(
  items: readonly ItemMatch[],
  before: Plan | undefined,
  after: Plan | undefined,
): SectionCounts[] {
  const titlesBefore = sectionTitles(before);
  const titlesAfter = sectionTitles(after);
  const rows = new Map<string, SectionCounts>();
  const order = [
    ...(after?.sections ?? []).map((s) => `${s.label ?? ''}${s.title}`),
    ...(before?.sections ?? []).map((s) => `${s.label ?? ''}${s.title}`),
  ];
  for (const title of order) if (!rows.has(title)) rows.set(title, emptyRow(title));
  for (const m of items) {
    const title = m.after[0]
      ? (titlesAfter.get(m.after[0].id) ?? '')
      : m.before[0]
        ? (titlesBefore.get(m.before[0].id) ?? '')
        : '';
    let row = rows.get(title);
    if (!row) {
      row = emptyRow(title);
      rows.set(title, row);
    }
    row.counts[m.kind]++;
    row.total++;
  }
  // items outside sections last
  const outside = rows.get('');
  if (outside) {
    rows.delete('');
    rows.set('', outside);
  }
  return [...rows.values()].filter((r) => r.total > 0);
}

/** Item id → the title of its section as written (label and title), for items in a section. */
function sectionTitles(plan: Plan | undefined): Map<string, string> {
  const titles = new Map<string, string>();
  if (!plan) return titles;
  const sections = new Map((plan.sections ?? []).map((s) => [s.id, `${s.label ?? ''}${s.title}`]));
  for (const item of plan.items) {
    const title = item.section === undefined ? undefined : sections.get(item.section);
    if (title !== undefined) titles.set(item.id, title);
  }
  return titles;
}

function emptyRow(section: string): SectionCounts {
  const counts = Object.fromEntries(ITEM_MATCH_KINDS.map((k) => [k, 0])) as Record<
    ItemMatchKind,
    number
  >;
  return { section, label: section, total: 0, counts };
}

function round(x: number): number {
  return Math.round(x * 10) / 10;
}
