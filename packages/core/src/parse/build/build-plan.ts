import type { Item, Plan, Section } from '../../model/plan.js';
import { PlanBuilder } from '../../model/plan-builder.js';
import { findLikelyAliases } from '../../units/find-likely-aliases.js';
import { guessUnitKind } from '../../units/guess-unit-kind.js';
import { entryText, numberedValue, titleOf } from '../blocks/entry-text.js';
import type { ResolvedEntry } from '../blocks/resolve-entries.js';
import { readDocumentMeta } from '../meta/read-document-meta.js';
import type { ResolvedParseOptions } from '../parse-options.js';
import type { SourceText } from '../text/source-text.js';
import { excerpt, quote, report, type ParseContext } from '../parse-context.js';
import { findLeadConventions, findLeadLabels } from '../roles/find-lead-conventions.js';
import { itemUnits, type ItemUnitsOptions } from '../roles/item-units.js';
import { LONG_UNIT_NAME } from '../units/is-unit-like.js';
import { bodyLineOf } from './body-line.js';
import { checkNumbering } from './check-numbering.js';
import { itemReading } from './item-reading.js';
import { reportItem } from './report-item.js';
import { reportSkipped } from './report-skipped.js';

/**
 * Builds the plan from resolved entries: metadata from the lines above the body,
 * sections that hold items, items with title, text, deadline and units, and the
 * diagnostics a reader should see (items without units, suspicious unit lists,
 * likely aliases, numbering jumps, no items at all).
 */
export function buildPlan(
  ctx: ParseContext,
  resolved: ResolvedEntry[],
  options: ResolvedParseOptions,
): Plan {
  const { text } = ctx;
  const meta = readDocumentMeta(text, bodyLineOf(resolved));
  if (options.source !== undefined) meta.source = options.source;
  const builder = new PlanBuilder(meta);
  const convention = findLeadConventions(text.key)[0];
  const sectionIds = new Map<number, string>();
  const subPoints = subPointTexts(text, resolved);
  const longNames = new Set<string>();
  const sectionOf = (k: number): string | undefined => {
    for (let p = resolved[k]!.parent; p >= 0; p = resolved[p]!.parent) {
      const id = sectionIds.get(p);
      if (id !== undefined) return id;
    }
    return undefined;
  };
  const unitIds = new Map<string, string>();
  const firstSeen = new Map<string, number>();
  const itemOptions: ItemUnitsOptions = { inferLead: options.inferLead };
  if (convention !== undefined) itemOptions.convention = convention;
  const leadLabels = findLeadLabels(text.key);
  if (leadLabels.size > 0) itemOptions.leadLabels = leadLabels;
  for (let k = 0; k < resolved.length; k++) {
    const { entry, role, heading } = resolved[k]!;
    if (role === 'skipped') continue;
    const t = entryText(text, entry);
    if (role === 'section' || heading) {
      const parent = sectionOf(k);
      const section: Omit<Section, 'id'> = { title: heading ? titleOf(t) : titleLine(t.raw) };
      if (entry.label) section.label = entry.label;
      if (parent) section.parent = parent;
      sectionIds.set(k, builder.section(section));
      if (role === 'section') continue;
    }
    if (role === 'sub-point') continue;
    const found = itemUnits(text, entry.clauses, itemOptions);
    const value = entry.kind === 'numbered' ? undefined : numberedValue(t);
    const title = titleOf(value ? value.text : t);
    // an unnumbered line whose label names nothing (the addressees of a notice,
    // `各市(州)人民政府、省级有关部门(单位):`) is no item; a numbered one stays, to be mended
    if (found.units.length === 0 && entry.kind !== 'numbered') {
      report(
        ctx,
        'info',
        'parse/skipped-line',
        `a line whose label names no unit was not taken as an item: ${quote(title)}.`,
        entry.line.start,
        { what: 'line-without-units', text: excerpt(title) },
      );
      continue;
    }
    const section = sectionOf(k);
    const labelAt = entry.numbering?.start ?? entry.line.start;
    // built field by field: object spreads followed by more fields are slow in V8
    const item: Omit<Item, 'id'> = { title };
    if (entry.label) item.label = entry.label;
    else if (value) item.label = value.label;
    if (section) item.section = section;
    if (found.deadline) item.deadline = found.deadline;
    item.line = entry.line.no;
    const points = subPoints.get(k);
    const full = (points ? [t.raw.trim(), ...points].join('\n') : t.raw).trim();
    if (full) item.text = full;
    const id = builder.item(item);
    ctx.readings?.push(
      itemReading(id, entry.clauses, found.notes, {
        restoredBreaks: ctx.restoredBreaks === true,
        title,
        units: found.units.length,
      }),
    );
    reportItem(
      ctx,
      title,
      found,
      entry.clauses[0]?.start ?? labelAt,
      labelAt,
      options.manyUnitsWarning,
    );
    for (const u of found.units) {
      let unit = unitIds.get(u.name);
      if (unit === undefined) {
        unit = builder.unit(u.name, { kind: guessUnitKind(u.name) });
        unitIds.set(u.name, unit);
        firstSeen.set(u.name, u.at);
      }
      builder.assign(id, unit, u.role, { inferred: u.inferred, raw: u.name });
      if (u.name.length > LONG_UNIT_NAME && !longNames.has(u.name)) {
        longNames.add(u.name);
        report(
          ctx,
          'warning',
          'parse/long-unit-name',
          `a unit name of ${u.name.length} characters (${quote(u.name)}) is probably a misread clause; check its separators.`,
          u.at,
          { length: u.name.length, name: excerpt(u.name) },
        );
      }
    }
  }
  const plan = builder.build();
  checkNumbering(ctx, resolved);
  reportSkipped(ctx, resolved);
  for (const pair of findLikelyAliases(plan.units)) {
    report(
      ctx,
      'info',
      'parse/likely-alias',
      `${quote(pair.a)} and ${quote(pair.b)} may name one unit (${pair.reason}); they are kept apart.`,
      firstSeen.get(pair.b) ?? firstSeen.get(pair.a),
      { a: excerpt(pair.a), b: excerpt(pair.b), reason: pair.reason },
    );
  }
  if (plan.items.length === 0) reportNoItems(ctx, resolved);
  return plan;
}

/** The text of each item's sub-points, by the item's entry index, label first. */
function subPointTexts(
  text: SourceText,
  resolved: readonly ResolvedEntry[],
): Map<number, string[]> {
  const out = new Map<number, string[]>();
  resolved.forEach(({ entry, role }, k) => {
    if (role !== 'sub-point') return;
    for (let p = resolved[k]!.parent; p >= 0; p = resolved[p]!.parent) {
      if (resolved[p]!.role !== 'item') continue;
      const list = out.get(p) ?? [];
      list.push(`${entry.label ?? ''}${entryText(text, entry).raw.trim()}`);
      out.set(p, list);
      break;
    }
  });
  return out;
}

function titleLine(raw: string): string {
  const nl = raw.indexOf('\n');
  return (nl < 0 ? raw : raw.slice(0, nl)).trim();
}

/** Why nothing was read: what was found, and what the reader looked for in it. */
function reportNoItems(ctx: ParseContext, resolved: readonly ResolvedEntry[]): void {
  const numbered = resolved.filter((r) => r.entry.kind === 'numbered');
  if (numbered.length === 0) {
    report(
      ctx,
      'error',
      'parse/no-items',
      'no items found: the text has no numbered entries (1. 一、 (一) 第一条 …) and no table with a unit column. Is this a task-division document?',
    );
    return;
  }
  const labels = numbered.map((r) => r.entry.label ?? '').filter(Boolean);
  const shown =
    labels.length <= 6
      ? labels.join(' ')
      : `${labels.slice(0, 3).join(' ')} … ${labels.slice(-2).join(' ')}`;
  report(
    ctx,
    'error',
    'parse/no-items',
    `no items found: ${numbered.length} numbered entries were read (${shown}), but none names who is responsible: no field such as 责任单位: or 牵头单位:, no bracketed list of unit names, no X牵头 or 由X负责, and no table with a unit column. Mark the units in the text (for example (责任单位:区发改委)) or open the plan as CSV.`,
    numbered[0]!.entry.line.start,
    { count: numbered.length, labels: shown },
  );
}
