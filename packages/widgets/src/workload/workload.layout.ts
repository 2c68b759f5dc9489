import { busiestFirst, type UnitWorkload } from '@remit/core/metrics/plain';
import { nice, ticks } from 'd3-array';
import { textWidth, truncateText } from '../shared/text-width.js';

/** How bars are split: by role (written lead, inferred lead, member) or by section. */
export type WorkloadBreakdown = 'role' | 'section';

/** How units are ordered: most items first, by name, or in plan order. */
export type WorkloadSort = 'workload' | 'name' | 'plan';

/** One coloured piece of a bar. */
export interface WorkloadSegment {
  /** `lead`, `inferred-lead`, `member`, or a section id (`''` for no section) */
  key: string;
  value: number;
  x: number;
  width: number;
}

export interface WorkloadBar {
  unit: string;
  name: string;
  /** the name shortened to fit the label column (full name in `name`) */
  label: string;
  /** top of the row */
  y: number;
  items: number;
  lead: number;
  inferredLead: number;
  /** member only: items − lead − inferredLead */
  member: number;
  segments: WorkloadSegment[];
  /** x of the end of the bar, where the value label starts */
  end: number;
}

export interface WorkloadLayout {
  width: number;
  height: number;
  rowHeight: number;
  barHeight: number;
  /** right edge of the label column */
  labelWidth: number;
  /** x where bars start */
  x0: number;
  ticks: { value: number; x: number }[];
  bars: WorkloadBar[];
  /** units left out by `limit` */
  hidden: number;
}

export interface WorkloadLayoutOptions {
  width: number;
  fontSize?: number;
  breakdown?: WorkloadBreakdown;
  /** section ids in the order segments are stacked (for `breakdown: 'section'`) */
  sections?: readonly string[];
  sort?: WorkloadSort;
  /** compares names, for `sort: 'name'` (pass `collatorFor(lang).compare`) */
  compare?: (a: string, b: string) => number;
  /** show at most this many units (after sorting) */
  limit?: number;
  /**
   * px the chart should fill: rows share it (never less than their usual
   * height, 1.9 em), bars grow up to twice as thick and the rest is space
   * between them. Default: rows of the usual height, whatever the total.
   */
  height?: number;
}

/** Space above the first row, for tick labels. */
const AXIS = 22;

/**
 * Lays out the workload bar chart: one row per unit, a bar split into
 * segments, value ticks on a shared scale. Pure: the same rows and options give
 * the same layout (units tied on workload keep their plan order).
 *
 * The label column takes the widest name up to 40% of the width (never less
 * than 5em); longer names are cut with `…`.
 */
export function workloadLayout(
  rows: readonly UnitWorkload[],
  options: WorkloadLayoutOptions,
): WorkloadLayout {
  const width = Math.max(200, Math.round(options.width));
  const fontSize = options.fontSize ?? 13;
  const sorted = sortRows(rows, options.sort ?? 'workload', options.compare);
  const limit = options.limit && options.limit > 0 ? Math.floor(options.limit) : sorted.length;
  const shown = sorted.slice(0, limit);
  const usual = Math.round(fontSize * 1.9);
  const room = options.height && options.height > 0 ? options.height - AXIS - 4 : 0;
  const rowHeight = Math.max(usual, Math.floor(room / Math.max(1, shown.length)));
  const barHeight = Math.min(Math.round(rowHeight * 0.62), 2 * Math.round(usual * 0.62));

  const widest = Math.max(0, ...shown.map((r) => textWidth(r.name, fontSize)));
  // Half an em of slack: estimated widths run a little short for some fonts.
  const labelWidth = Math.ceil(
    Math.min(Math.max(widest + fontSize / 2, fontSize * 5), width * 0.4),
  );
  const x0 = labelWidth + 8;
  const valueRoom = textWidth('0000', fontSize) + 4;
  const max = Math.max(1, ...shown.map((r) => r.items));
  const scale = linearScale(max, x0, width - valueRoom, Math.max(2, Math.floor((width - x0) / 70)));
  const axis = scale.ticks.map((value) => ({ value, x: round(scale(value)) }));

  const bars = shown.map((r, index): WorkloadBar => {
    const member = Math.max(0, r.items - r.lead - r.inferredLead);
    const parts =
      options.breakdown === 'section'
        ? sectionParts(r, options.sections ?? [])
        : [
            { key: 'lead', value: r.lead },
            { key: 'inferred-lead', value: r.inferredLead },
            { key: 'member', value: member },
          ];
    let at = 0;
    const segments: WorkloadSegment[] = [];
    for (const part of parts) {
      if (part.value <= 0) continue;
      const x = scale(at);
      at += part.value;
      segments.push({ key: part.key, value: part.value, x: round(x), width: round(scale(at) - x) });
    }
    return {
      unit: r.unit,
      name: r.name,
      label: truncateText(r.name, labelWidth, fontSize),
      y: AXIS + index * rowHeight,
      items: r.items,
      lead: r.lead,
      inferredLead: r.inferredLead,
      member,
      segments,
      end: round(scale(r.items)),
    };
  });
  return {
    width,
    height: AXIS + bars.length * rowHeight + 4,
    rowHeight,
    barHeight,
    labelWidth,
    x0,
    ticks: axis,
    bars,
    hidden: sorted.length - shown.length,
  };
}

/** Units ordered for display; ties keep plan order. */
export function sortRows(
  rows: readonly UnitWorkload[],
  sort: WorkloadSort,
  compare: (a: string, b: string) => number = (a, b) => (a < b ? -1 : a > b ? 1 : 0),
): UnitWorkload[] {
  if (sort === 'workload') return busiestFirst(rows).map((i) => rows[i]!);
  const indexed = rows.map((r, i) => ({ r, i }));
  if (sort === 'name') {
    indexed.sort((a, b) => compare(a.r.name, b.r.name) || a.i - b.i);
  }
  return indexed.map((x) => x.r);
}

function sectionParts(
  r: UnitWorkload,
  sections: readonly string[],
): { key: string; value: number }[] {
  const keys = [...sections];
  for (const key of Object.keys(r.bySection)) if (!keys.includes(key)) keys.push(key);
  return keys.map((key) => ({ key, value: r.bySection[key] ?? 0 }));
}

/**
 * The bars' scale: 0 … `max` extended to a round number (d3-array's `nice`)
 * mapped onto `x0` … `x1`, and its whole-number ticks, as d3-scale's
 * `scaleLinear().nice(count).ticks(count)` would give them.
 */
function linearScale(
  max: number,
  x0: number,
  x1: number,
  count: number,
): ((value: number) => number) & { ticks: number[] } {
  const [, top] = nice(0, max, count);
  const scale = (value: number): number => x0 + (value / top) * (x1 - x0);
  return Object.assign(scale, { ticks: ticks(0, top, count).filter(Number.isInteger) });
}

function round(x: number): number {
  return Math.round(x * 10) / 10;
}
