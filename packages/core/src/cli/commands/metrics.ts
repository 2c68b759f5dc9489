import { basename } from 'node:path';
import { combinePlans } from '../../compare/combine-plans.js';
import type { CombinedPlans } from '../../compare/types.js';
import { formatCsv } from '../../io/csv/format-csv.js';
import type { MetricsReport } from '../../report/metrics-report.js';
import { metricsReport } from '../../report/metrics-report.js';
import { writeUnitsCsv } from '../../report/write-units-csv.js';
import { CliError } from '../cli-error.js';
import type { CommandContext } from '../command-context.js';
import { formatNumber, formatPercent } from '../format-number.js';
import { langOption } from '../lang-option.js';
import { maxSizeOption } from '../max-size-option.js';
import { printDiagnostics } from '../print-diagnostics.js';
import { readPlanFile } from '../read-plan-file.js';
import { readingOptions } from '../reading-options.js';
import { textTable } from '../text-table.js';

export const metricsUsage = `remit metrics FILE [--format table|json|csv] [--directory FILE] [--expand-groups]
                    [--infer-lead first] [--many-units N] [--lang en|zh]
remit metrics FILE FILE … --combine [--format table|json|csv] [--directory FILE]
  Workload and coverage metrics of a plan (.json, .csv, .txt, .docx, .doc, .xlsx, .xls, .html or .pdf).
  --combine         several plans as one matrix (each item keeps its plan): each unit's workload
                    in each plan and in total
  --format          table (default, for reading), json (everything), csv (one row per unit)
  --directory FILE  a unit directory (JSON): canonical names, aliases merged, kinds, group members
  --expand-groups   count a group such as 各街镇 as its members (needs their names in the directory)
  --infer-lead first  in text documents, take the first unit of an unmarked list as an inferred lead
  --many-units N    flag items with more than N units (default 8)
  --lang zh         the diagnostics in Chinese (default en)`;

/** `remit metrics`: reads a plan and prints its metrics report. */
export async function metricsCommand(ctx: CommandContext): Promise<number> {
  const { positionals, values } = ctx.args;
  const file = positionals[0];
  if (!file) throw new CliError(`missing FILE\n${metricsUsage}`, 2);
  const format = values.format ?? 'table';
  if (format !== 'table' && format !== 'json' && format !== 'csv') {
    throw new CliError(`--format must be table, json or csv, not "${format}"`, 2);
  }
  if (values.combine === true) return combinedMetricsCommand(ctx, format);
  if (positionals.length > 1)
    throw new CliError(
      `remit metrics reads one FILE; to read ${positionals.length} plans as one, add --combine`,
      2,
    );
  const manyUnits = values['many-units'] === undefined ? undefined : Number(values['many-units']);
  if (manyUnits !== undefined && !(Number.isInteger(manyUnits) && manyUnits >= 1)) {
    throw new CliError(
      `--many-units must be a whole number of at least 1, not "${values['many-units']}"`,
      2,
    );
  }
  const lang = langOption(values.lang);
  const maxBytes = maxSizeOption(values['max-size']);
  const { plan, diagnostics } = readPlanFile(file, { ...readingOptions(values), lang, maxBytes });
  printDiagnostics(diagnostics, ctx.stderr, { quiet: values.quiet === true, lang });
  const report = metricsReport(plan, manyUnits === undefined ? {} : { manyUnits });
  if (format === 'json') await ctx.stdout(JSON.stringify(report, null, 2));
  else if (format === 'csv') await ctx.stdout(writeUnitsCsv(report).trimEnd());
  else await ctx.stdout(metricsText(report));
  return 0;
}

/** The metrics report as text for a terminal. */
export function metricsText(report: MetricsReport): string {
  const s = report.summary;
  const meta = report.meta ?? {};
  const title = [meta.title, meta.docNumber ? `(${meta.docNumber})` : ''].filter(Boolean).join(' ');
  const lines: string[] = [];
  if (title) lines.push(title, '');
  lines.push(
    `${s.items} items · ${s.units} units · ${s.assignments} assignments · ${s.sections} sections`,
    `workload concentration: Gini ${formatNumber(s.gini)} · HHI ${formatNumber(s.hhi)} · top-3 share ${formatPercent(s.top3Share)} · CV ${formatNumber(s.cv)}`,
    `items without a written lead: ${s.itemsWithoutLead} · without units: ${s.itemsWithoutUnit} · single-unit: ${s.singleUnitItems} · many units: ${s.manyUnitItems}`,
  );
  if (s.busiest.length > 0)
    lines.push(`busiest: ${s.busiest.map((b) => `${b.name} (${b.items})`).join(', ')}`);
  if (s.overloaded.length > 0) {
    const names = new Map(report.units.map((u) => [u.id, u.name]));
    lines.push(`stand out: ${s.overloaded.map((id) => names.get(id) ?? id).join(', ')}`);
  }
  lines.push('', 'Units');
  lines.push(
    textTable(
      [
        { header: 'rank', align: 'right' },
        { header: 'unit', maxWidth: 28 },
        { header: 'items', align: 'right' },
        { header: 'lead', align: 'right' },
        { header: 'member', align: 'right' },
        { header: 'share', align: 'right' },
        { header: 'partners', align: 'right' },
        { header: 'betweenness', align: 'right' },
        { header: 'community', align: 'right' },
      ],
      report.units.map((u) => [
        String(u.rank),
        u.name,
        String(u.items),
        u.inferredLead > 0 ? `${u.lead}+${u.inferredLead}?` : String(u.lead),
        String(u.member),
        formatNumber(u.share, 2),
        String(u.degree),
        formatNumber(u.betweenness, 3),
        String(u.community),
      ]),
    ),
  );
  lines.push('', 'Items');
  lines.push(
    textTable(
      [
        { header: 'item' },
        { header: 'title', maxWidth: 36 },
        { header: 'units', align: 'right' },
        { header: 'lead' },
        { header: 'flags' },
      ],
      report.items.map((i) => [
        i.label ?? i.id,
        i.title,
        String(i.units),
        i.hasLead ? 'yes' : 'no',
        i.flags.join(' '),
      ]),
    ),
  );
  return lines.join('\n');
}

/** `remit metrics A B C --combine`: several plans as one matrix, each unit's workload per plan and in total. */
async function combinedMetricsCommand(
  ctx: CommandContext,
  format: 'table' | 'json' | 'csv',
): Promise<number> {
  const { positionals, values } = ctx.args;
  const lang = langOption(values.lang);
  const maxBytes = maxSizeOption(values['max-size']);
  const files = positionals.map((path) => ({
    path,
    ...readPlanFile(path, { ...readingOptions(values), lang, maxBytes }),
  }));
  printDiagnostics(
    files.flatMap((f) => f.diagnostics),
    ctx.stderr,
    { quiet: values.quiet === true, lang },
  );
  // Names were mapped to the directory's as each file was read, so equal names are one unit.
  const combined = combinePlans(files.map((f) => ({ plan: f.plan, name: basename(f.path) })));
  printDiagnostics(combined.diagnostics, ctx.stderr, { quiet: values.quiet === true, lang });
  if (format === 'json') await ctx.stdout(JSON.stringify(combined, null, 2));
  else if (format === 'csv') await ctx.stdout(formatCsv(combinedTable(combined)).trimEnd());
  else await ctx.stdout(combinedText(combined));
  return 0;
}

/** One row per unit: rank, name, totals, then items, leads and members in each plan. */
function combinedTable(c: CombinedPlans): { header: string[]; rows: (string | number)[][] } {
  const header = ['rank', 'unit', 'items', 'lead', 'member', 'share'];
  for (const s of c.sources) header.push(`${s.id}_items`, `${s.id}_lead`, `${s.id}_member`);
  const rows = c.workload.map((w) => {
    const row: (string | number)[] = [
      w.rank,
      w.name,
      w.total.items,
      w.total.lead,
      w.total.member,
      Number(w.total.share.toFixed(3)),
    ];
    for (const s of c.sources) {
      const own = w.byPlan[s.id];
      row.push(own?.items ?? 0, own?.lead ?? 0, own?.member ?? 0);
    }
    return row;
  });
  return { header, rows };
}

/** The combined plans as text for a terminal. */
export function combinedText(c: CombinedPlans): string {
  const lines = c.sources.map(
    (s) =>
      `${s.id}: ${s.name}${s.meta?.title && s.meta.title !== s.name ? ` (${s.meta.title})` : ''}: ${s.items} items · ${s.assignments} assignments`,
  );
  lines.push(
    `combined: ${c.plan.items.length} items · ${c.plan.units.length} units · ${c.plan.assignments.length} assignments`,
    '',
    'Units (items, lead+member, in total and in each plan)',
  );
  lines.push(
    textTable(
      [
        { header: 'rank', align: 'right' },
        { header: 'unit', maxWidth: 28 },
        { header: 'items', align: 'right' },
        { header: 'lead', align: 'right' },
        { header: 'member', align: 'right' },
        ...c.sources.map((s) => ({ header: s.id, align: 'right' as const })),
      ],
      c.workload.map((w) => [
        String(w.rank),
        w.name,
        String(w.total.items),
        String(w.total.lead),
        String(w.total.member),
        ...c.sources.map((s) => {
          const own = w.byPlan[s.id];
          return own === undefined ? '–' : `${own.items} (${own.lead}+${own.member})`;
        }),
      ]),
    ),
  );
  return lines.join('\n');
}
