import { writePlanJson } from '../../io/write-plan-json.js';
import type { Plan } from '../../model/plan.js';
import { CliError } from '../cli-error.js';
import type { CommandContext } from '../command-context.js';
import { printDiagnostics } from '../print-diagnostics.js';
import { readPlanFile } from '../read-plan-file.js';
import { textTable } from '../text-table.js';
import { inferLeadOption } from './metrics.js';
import { formatDiagnostic } from '../../model/diagnostic.js';

export const parseUsage = `remit parse FILE [--format json|table] [--infer-lead first]
  Reads a published task-division document (.txt in UTF-8, UTF-16 or GB18030) into a plan.
  --format json   the Plan JSON (default)
  --format table  the items and their units, then the diagnostics
  --infer-lead first  take the first unit of an unmarked list as lead, marked inferred`;

/** `remit parse`: reads a text document and prints the plan it holds. */
export function parseCommand(ctx: CommandContext): number {
  const { positionals, values } = ctx.args;
  const file = positionals[0];
  if (!file) throw new CliError(`missing FILE\n${parseUsage}`, 2);
  const format = values.format ?? 'json';
  if (format !== 'json' && format !== 'table')
    throw new CliError(`--format must be json or table, not "${format}"`, 2);
  const { plan, diagnostics } = readPlanFile(file, {
    ...(values['infer-lead'] ? { inferLead: inferLeadOption(values['infer-lead']) } : {}),
  });
  if (format === 'json') {
    printDiagnostics(diagnostics, ctx.stderr, { quiet: values.quiet === true });
    ctx.stdout(writePlanJson(plan).trimEnd());
    return 0;
  }
  ctx.stdout(planText(plan));
  if (diagnostics.length > 0) {
    ctx.stdout(`\nDiagnostics (${diagnostics.length})`);
    for (const d of diagnostics) ctx.stdout(formatDiagnostic(d));
  }
  return 0;
}

/** A parsed plan as text: metadata, then one row per item with its units (leads marked). */
export function planText(plan: Plan): string {
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
  const table = textTable(
    [
      { header: 'item' },
      { header: 'section', maxWidth: 16 },
      { header: 'title', maxWidth: 30 },
      { header: 'units' },
    ],
    plan.items.map((i) => [
      i.label ?? i.id,
      i.section ? (sections.get(i.section) ?? '') : '',
      i.title,
      (unitsOf.get(i.id) ?? []).join('、'),
    ]),
  );
  return `${head ? head + '\n' : ''}${plan.items.length} items · ${plan.units.length} units · ${plan.assignments.length} assignments\n\n${table}`;
}
