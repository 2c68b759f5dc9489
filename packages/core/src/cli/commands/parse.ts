import { planJsonPieces } from '../../io/write-plan-json.js';
import type { Plan } from '../../model/plan.js';
import type { ItemReading } from '../../parse/index.js';
import { CliError } from '../cli-error.js';
import type { CommandContext } from '../command-context.js';
import { langOption } from '../lang-option.js';
import { maxSizeOption } from '../max-size-option.js';
import { printDiagnostics } from '../print-diagnostics.js';
import { readPlanFile } from '../read-plan-file.js';
import { textTable } from '../text-table.js';
import { inferLeadOption } from '../reading-options.js';
import { formatDiagnostic } from '../../model/diagnostic.js';

export const parseUsage = `remit parse FILE [--format json|table] [--infer-lead first] [--lang en|zh]
  Reads a published task-division document into a plan: text (UTF-8, UTF-16 or GB18030),
  Word (.docx, .doc), Excel (.xlsx, .xls), PDF or a saved web page (.html).
  --format json   the Plan JSON (default)
  --format table  the items and their units, then the diagnostics
  --infer-lead first  take the first unit of an unmarked list as lead, marked inferred
  --lang zh       the diagnostics in Chinese (default en); codes stay as they are`;

/** `remit parse`: reads a text document and prints the plan it holds. */
export async function parseCommand(ctx: CommandContext): Promise<number> {
  const { positionals, values } = ctx.args;
  const file = positionals[0];
  if (!file) throw new CliError(`missing FILE\n${parseUsage}`, 2);
  const format = values.format ?? 'json';
  if (format !== 'json' && format !== 'table')
    throw new CliError(`--format must be json or table, not "${format}"`, 2);
  const lang = langOption(values.lang);
  const maxBytes = maxSizeOption(values['max-size']);
  const { plan, diagnostics, readings } = readPlanFile(file, {
    ...(values['infer-lead'] ? { inferLead: inferLeadOption(values['infer-lead']) } : {}),
    lang,
    maxBytes,
    // the table alone shows them; the JSON does not carry them
    readings: format === 'table',
  });
  if (format === 'json') {
    printDiagnostics(diagnostics, ctx.stderr, { quiet: values.quiet === true, lang });
    await ctx.stdoutContent(planJsonPieces(plan));
    return 0;
  }
  await ctx.stdout(planText(plan, readings));
  if (diagnostics.length > 0) {
    await ctx.stdout(`\nDiagnostics (${diagnostics.length})`);
    for (const d of diagnostics) await ctx.stdout(formatDiagnostic(d, lang));
  }
  return 0;
}

/**
 * A parsed plan as text: metadata, then one row per item with its units (leads
 * marked) and, where the reader was less than sure, what to check: its
 * confidence and why (`0.6 by-phrase`, `0.9 restored-breaks`).
 */
export function planText(plan: Plan, readings: readonly ItemReading[] = []): string {
  const meta = plan.meta ?? {};
  const head = [
    meta.title,
    meta.docNumber,
    meta.issuer,
    meta.date,
    meta.encoding && `encoding ${meta.encoding}`,
  ]
    .filter(Boolean)
    .join(' · ');
  const names = new Map(plan.units.map((u) => [u.id, u.name]));
  const sections = new Map((plan.sections ?? []).map((s) => [s.id, `${s.label ?? ''}${s.title}`]));
  const unitsOf = new Map<string, string[]>();
  for (const a of plan.assignments) {
    const name = names.get(a.unit) ?? a.unit;
    const mark = a.role === 'lead' ? (a.inferred ? ' (lead?)' : ' (lead)') : '';
    unitsOf.set(a.item, [...(unitsOf.get(a.item) ?? []), name + mark]);
  }
  const checks = new Map(
    readings
      .filter((r) => r.confidence < 1)
      .map((r) => [
        r.item,
        [r.confidence.toFixed(2), r.evidence === 'label' ? '' : r.evidence, ...r.doubts]
          .filter(Boolean)
          .join(' '),
      ]),
  );
  const table = textTable(
    [
      { header: 'item' },
      { header: 'section', maxWidth: 16 },
      { header: 'title', maxWidth: 30 },
      { header: 'units' },
      ...(checks.size > 0 ? [{ header: 'check' }] : []),
    ],
    plan.items.map((i) => [
      i.label ?? i.id,
      i.section ? (sections.get(i.section) ?? '') : '',
      i.title,
      (unitsOf.get(i.id) ?? []).join('、'),
      ...(checks.size > 0 ? [checks.get(i.id) ?? ''] : []),
    ]),
  );
  return `${head ? head + '\n' : ''}${plan.items.length} items · ${plan.units.length} units · ${plan.assignments.length} assignments\n\n${table}`;
}
