import type { Plan } from '../../model/plan.js';
import { PlanBuilder } from '../../model/plan-builder.js';
import { findLikelyAliases } from '../../units/find-likely-aliases.js';
import { guessUnitKind } from '../../units/guess-unit-kind.js';
import { entryText, titleOf } from '../blocks/entry-text.js';
import type { ResolvedEntry } from '../blocks/resolve-entries.js';
import { readMeta } from '../meta/read-meta.js';
import type { ResolvedParseOptions } from '../parse-options.js';
import { quote, report, type ParseContext } from '../parse-context.js';
import { findLeadConventions } from '../roles/find-lead-conventions.js';
import { itemUnits } from '../roles/item-units.js';
import { LONG_UNIT_NAME } from '../units/is-unit-like.js';
import { bodyLineOf } from './body-line.js';
import { checkNumbering } from './check-numbering.js';
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
  const meta = readMeta(text, bodyLineOf(resolved));
  if (options.source !== undefined) meta.source = options.source;
  const builder = new PlanBuilder(meta);
  const convention = findLeadConventions(text.key)[0];
  const sectionIds = new Map<number, string>();
  const itemIds = new Map<number, string>();
  const texts = new Map<number, string[]>();
  const longNames = new Set<string>();
  const sectionOf = (k: number): string | undefined => {
    for (let p = resolved[k]!.parent; p >= 0; p = resolved[p]!.parent) {
      const id = sectionIds.get(p);
      if (id !== undefined) return id;
    }
    return undefined;
  };
  resolved.forEach(({ entry, role }, k) => {
    const t = entryText(text, entry);
    if (role === 'section') {
      const parent = sectionOf(k);
      sectionIds.set(
        k,
        builder.section({
          title: titleLine(t.raw),
          ...(entry.label ? { label: entry.label } : {}),
          ...(parent ? { parent } : {}),
        }),
      );
      return;
    }
    if (role === 'sub-point') {
      for (let p = resolved[k]!.parent; p >= 0; p = resolved[p]!.parent) {
        if (resolved[p]!.role === 'item') {
          texts.get(p)?.push(`${entry.label ?? ''}${t.raw.trim()}`);
          break;
        }
      }
      return;
    }
    if (role !== 'item') return;
    const found = itemUnits(text, entry.clauses, {
      ...(convention !== undefined ? { convention } : {}),
      inferLead: options.inferLead,
    });
    const section = sectionOf(k);
    const title = titleOf(t);
    const labelAt = entry.numbering?.start ?? entry.line.start;
    const id = builder.item({
      title,
      ...(entry.label ? { label: entry.label } : {}),
      ...(section ? { section } : {}),
      ...(found.deadline ? { deadline: found.deadline } : {}),
      line: entry.line.no,
    });
    itemIds.set(k, id);
    texts.set(k, [t.raw.trim()]);
    if (found.units.length === 0) {
      report(
        ctx,
        'warning',
        'parse/no-units',
        `item ${quote(title)} has a responsibility clause but no unit could be read from it; check the clause.`,
        entry.clauses[0]?.start ?? labelAt,
      );
    }
    if (found.units.length > options.manyUnitsWarning) {
      report(
        ctx,
        'warning',
        'parse/too-many-units',
        `item ${quote(title)} lists ${found.units.length} units; this is probably a misread clause, check its separators.`,
        labelAt,
      );
    }
    for (const { at, note } of found.notes) {
      if (note.kind === 'run-together') {
        report(
          ctx,
          'info',
          'parse/run-together-split',
          `${quote(note.text)} was read as several units written together; check the split.`,
          at,
        );
      } else {
        report(
          ctx,
          'warning',
          'parse/unsplit-clause',
          `${quote(note.text)} does not read as one unit name and could not be split with confidence; check the separators.`,
          at,
        );
      }
    }
    for (const u of found.units) {
      const unit = builder.unit(u.name, { kind: guessUnitKind(u.name) });
      builder.assign(id, unit, u.role, { inferred: u.inferred, raw: u.name });
      if (u.name.length > LONG_UNIT_NAME && !longNames.has(u.name)) {
        longNames.add(u.name);
        report(
          ctx,
          'warning',
          'parse/long-unit-name',
          `a unit name of ${u.name.length} characters (${quote(u.name)}) is probably a misread clause; check its separators.`,
          u.at,
        );
      }
    }
  });
  const plan = builder.build();
  const textById = new Map<string, string>();
  for (const [k, id] of itemIds) textById.set(id, texts.get(k)!.join('\n').trim());
  for (const item of plan.items) {
    const full = textById.get(item.id);
    if (full) item.text = full;
  }
  checkNumbering(ctx, resolved);
  reportSkipped(ctx, resolved);
  for (const pair of findLikelyAliases(plan.units)) {
    report(
      ctx,
      'info',
      'parse/likely-alias',
      `${quote(pair.a)} and ${quote(pair.b)} may name one unit (${pair.reason}); they are kept apart.`,
    );
  }
  if (plan.items.length === 0) {
    report(
      ctx,
      'error',
      'parse/no-items',
      'no items found: no numbered entry or table row carries a responsibility clause (责任单位, 牵头单位 …). Is this a task-division document?',
    );
  }
  return plan;
}

function titleLine(raw: string): string {
  const nl = raw.indexOf('\n');
  return (nl < 0 ? raw : raw.slice(0, nl)).trim();
}
