import type { Lang } from '../shared/lang.js';
import { messages } from '../shared/messages.js';
import { heatmapMessages } from './heatmap.messages.js';
import { CORRECTED_MARK, rolesDrawn, type HeatmapLayout } from './heatmap.model.js';
import { RAMP_STEPS } from './heatmap.palette.js';

/** What a legend swatch is filled with: a role's colour, or the bars' grey when cells show a metric. */
export type HeatmapLegendPaint = 'lead' | 'inferredLead' | 'member' | 'bar';

/**
 * One entry of the heatmap's legend, as the live legend lists it and the
 * export lays it out:
 * - `role`: a cell's shape (`small` for a member, `hatched` for an inferred
 *   lead) and its name; `term` is what the page can explain about it;
 * - `ramp`: what the colours count, then the ramp's `steps` from `fewer` to `more`;
 * - `corrected`: the mark before the label of a corrected item, and what it means;
 * - `bars`: what the marginal bars count.
 */
export type HeatmapLegendEntry =
  | {
      kind: 'role';
      label: string;
      paint: HeatmapLegendPaint;
      small: boolean;
      hatched: boolean;
      term?: 'lead' | 'inferred-lead';
    }
  | { kind: 'ramp'; caption: string; fewer: string; more: string; steps: number }
  | { kind: 'corrected'; mark: string; label: string }
  | { kind: 'bars'; label: string };

/**
 * The legend of a heatmap, decided once for the screen and the export: the
 * roles the matrix draws (a plan without leads shows no lead), the metric ramp
 * when cells are coloured by a metric, the mark of corrected items when a row
 * carries it, and what the bars count.
 *
 * @example heatmapLegendEntries(layout, 'en').map((e) => e.kind) // ['role', 'ramp', 'bars']
 */
export function heatmapLegendEntries(layout: HeatmapLayout, lang: Lang): HeatmapLegendEntry[] {
  const m = messages(lang);
  const h = heatmapMessages[lang];
  const role = layout.color === 'role';
  // cells coloured by a metric keep their shapes; the legend shows those in the bars' grey
  const paint = (p: HeatmapLegendPaint): HeatmapLegendPaint => (role ? p : 'bar');
  const drawn = rolesDrawn(layout.grid);
  const entries: HeatmapLegendEntry[] = [];
  if (drawn.lead) {
    const label = m.lead;
    entries.push({
      kind: 'role',
      label,
      paint: paint('lead'),
      small: false,
      hatched: false,
      term: 'lead',
    });
  }
  if (drawn.inferredLead) {
    entries.push({
      kind: 'role',
      label: m.inferredLead,
      paint: paint('inferredLead'),
      small: false,
      hatched: true,
      term: 'inferred-lead',
    });
  }
  if (drawn.member) {
    entries.push({
      kind: 'role',
      label: m.member,
      paint: paint('member'),
      small: true,
      hatched: false,
    });
  }
  if (!role) {
    const caption = layout.color === 'workload' ? h.colorWorkload : h.colorUnits;
    entries.push({ kind: 'ramp', caption, fewer: h.fewer, more: h.more, steps: RAMP_STEPS });
  }
  if (layout.rows.some((r) => r.corrected)) {
    entries.push({ kind: 'corrected', mark: CORRECTED_MARK, label: h.corrected });
  }
  entries.push({ kind: 'bars', label: `${h.workloadBar} / ${h.unitsBar}` });
  return entries;
}
