import type { Finding } from '@remit/core';
import { coverage, type ItemFlag } from '@remit/core/metrics';
import type { Incidence } from '@remit/core/model';

/** The items behind a figure of the page, with what the figure is. */
export interface Trace {
  /** what was asked for: a summary figure, a finding, the items two units share */
  what:
    | { kind: 'metric'; metric: string }
    | { kind: 'finding'; finding: Finding['id'] }
    | { kind: 'shared'; a: string; b: string }
    | { kind: 'unit'; unit: string };
  /** item ids, in plan order */
  items: string[];
}

/**
 * The items behind a figure of the summary (`remit-summary`'s `remit-trace`):
 * every item for the item count; the items with a unit for the units,
 * assignments and concentration figures (each assignment and each unit's
 * count is of those items); for items without a written lead, those core's
 * `coverage` flags `no-lead` — the same rule the figure counts by.
 */
export function metricItems(inc: Incidence, metric: string): string[] {
  if (metric === 'items') return inc.items.map((i) => i.id);
  if (metric === 'itemsWithoutLead') return flagged(inc, 'no-lead');
  return inc.items.filter((_, i) => (inc.byItem[i]?.length ?? 0) > 0).map((i) => i.id);
}

/**
 * The items behind a finding: those it names; else, for a finding about items
 * (without a lead, without units, with one unit, with many), the items core's
 * `coverage` flags so; else the items of the units it names (for the most
 * leads, where they lead); else, for the overview and the concentration, every
 * item with a unit; idle units have none.
 */
export function findingItems(inc: Incidence, finding: Finding): string[] {
  if (finding.items?.length)
    return inc.items.filter((i) => finding.items!.includes(i.id)).map((i) => i.id);
  const flags: Partial<Record<Finding['id'], ItemFlag>> = {
    'no-lead': 'no-lead',
    'no-unit': 'no-unit',
    'single-unit': 'single-unit',
    'many-units': 'many-units',
  };
  const flag = flags[finding.id];
  if (flag) return flagged(inc, flag);
  if (finding.id === 'idle-units') return [];
  if (finding.units?.length) {
    const units = new Set(finding.units);
    const leadOnly = finding.id === 'most-leads';
    const on = new Set<string>();
    inc.assignments.forEach((a, k) => {
      if (!units.has(a.unit)) return;
      if (leadOnly && !(a.role === 'lead' && !a.inferred)) return;
      on.add(inc.items[inc.itemOf[k]!]!.id);
    });
    return inc.items.filter((i) => on.has(i.id)).map((i) => i.id);
  }
  return metricItems(inc, 'units');
}

/** A unit's items: the figure of its bar, its heatmap column and its table row. */
export function unitItems(inc: Incidence, unit: string): string[] {
  const u = inc.unitIndex.get(unit);
  if (u === undefined) return [];
  const on = new Set((inc.byUnit[u] ?? []).map((k) => inc.itemOf[k]!));
  return inc.items.filter((_, i) => on.has(i)).map((i) => i.id);
}

/** The items two units share: the weight of their tie in the network. */
export function sharedItems(inc: Incidence, a: string, b: string): string[] {
  const withB = new Set(unitItems(inc, b));
  return unitItems(inc, a).filter((id) => withB.has(id));
}

function flagged(inc: Incidence, flag: ItemFlag): string[] {
  return coverage(inc)
    .filter((c) => c.flags.includes(flag))
    .map((c) => c.item);
}

/**
 * The lines of a document as given, to quote an item's source line: the text
 * split at line breaks, or nothing when the plan came from JSON or CSV (whose
 * items carry no line of a document). The last source's lines are kept.
 */
export function sourceLinesOf(
  source: string | Uint8Array | undefined,
  decode: (b: Uint8Array) => string,
): string[] {
  if (source === undefined) return [];
  if (last?.source === source) return last.lines;
  const text = typeof source === 'string' ? source : decode(source);
  last = { source, lines: text.split(/\r\n|[\n\r\u2028\u2029]/u) };
  return last.lines;
}

let last: { source: string | Uint8Array; lines: string[] } | undefined;
