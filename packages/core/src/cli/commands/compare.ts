import { readFileSync } from 'node:fs';
import { comparePlans } from '../../compare/compare-plans.js';
import type {
  ItemRef,
  PlanComparison,
  UnitComparison,
  UnitItemChange,
} from '../../compare/types.js';
import { formatCsv } from '../../io/csv/format-csv.js';
import { decodeBytes } from '../../text/decode-bytes.js';
import { formatDiagnostic } from '../../model/diagnostic.js';
import type { DiagnosticLang } from '../../model/diagnostic-message.js';
import type { Directory } from '../../units/directory.js';
import { readDirectory } from '../../units/read-directory.js';
import { CliError } from '../cli-error.js';
import type { CommandContext } from '../command-context.js';
import { formatNumber } from '../format-number.js';
import { langOption } from '../lang-option.js';
import { maxSizeOption } from '../max-size-option.js';
import { printDiagnostics } from '../print-diagnostics.js';
import { readPlanFile } from '../read-plan-file.js';
import { textTable } from '../text-table.js';
import { inferLeadOption } from '../reading-options.js';

export const compareUsage = `remit compare BEFORE AFTER [--format table|json|csv] [--directory FILE] [--lang en|zh]
  Compares two plans (any format remit reads, in any mix): items same, reworded, split, merged,
  new or dropped; units same, renamed through the directory, or likely renamed (to confirm);
  each unit's items, leads and members before and after, with the items behind each change.
  --format          table (default: what changed), json (everything), csv (one row per item match)
  --directory FILE  a unit directory (JSON): names of one entry are one unit
  --infer-lead first  in text documents, take the first unit of an unmarked list as an inferred lead`;

/** `remit compare`: reads two plans and prints what changed from the first to the second. */
export async function compareCommand(ctx: CommandContext): Promise<number> {
  const { positionals, values } = ctx.args;
  const [beforePath, afterPath, extra] = positionals;
  if (!beforePath || !afterPath) throw new CliError(`missing BEFORE and AFTER\n${compareUsage}`, 2);
  if (extra !== undefined)
    throw new CliError(
      `remit compare takes two files, BEFORE and AFTER, not "${extra}" as well`,
      2,
    );
  const format = values.format ?? 'table';
  if (format !== 'table' && format !== 'json' && format !== 'csv')
    throw new CliError(`--format must be table, json or csv, not "${format}"`, 2);
  const lang = langOption(values.lang);
  const maxBytes = maxSizeOption(values['max-size']);
  const read = (path: string) =>
    readPlanFile(path, {
      ...(values['infer-lead'] ? { inferLead: inferLeadOption(values['infer-lead']) } : {}),
      lang,
      maxBytes,
    });
  const before = read(beforePath);
  const after = read(afterPath);
  const directory = values.directory ? readDirectoryFile(values.directory, lang) : undefined;
  printDiagnostics([...before.diagnostics, ...after.diagnostics], ctx.stderr, {
    quiet: values.quiet === true,
    lang,
  });
  const comparison = comparePlans(before.plan, after.plan, directory ? { directory } : {});
  printDiagnostics(comparison.diagnostics, ctx.stderr, { quiet: values.quiet === true, lang });
  if (format === 'json') await ctx.stdout(JSON.stringify(comparison, null, 2));
  else if (format === 'csv') await ctx.stdout(comparisonCsv(comparison).trimEnd());
  else await ctx.stdout(comparisonText(comparison, beforePath, afterPath));
  return 0;
}

/**
 * A unit directory file, decoded as plan files are; an unreadable or invalid
 * one is a `CliError` naming the file.
 */
function readDirectoryFile(path: string, lang: DiagnosticLang): Directory {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new CliError(
      `${path}: ${code === 'ENOENT' ? 'no such file; check the path' : code === 'EISDIR' ? 'is a directory, not a file' : String((error as Error).message)}`,
    );
  }
  const decoded = decodeBytes(bytes, { source: path });
  const directory = readDirectory(decoded.value.text, { source: path });
  const error = [...decoded.diagnostics, ...directory.diagnostics].find(
    (d) => d.severity === 'error',
  );
  if (error) throw new CliError(formatDiagnostic({ ...error, source: error.source ?? path }, lang));
  return directory.value;
}

const labelOf = (item: ItemRef) => item.label ?? item.id;

/** The comparison as text for a terminal: the figures, then what changed (same items and unchanged units left out). */
export function comparisonText(c: PlanComparison, beforePath: string, afterPath: string): string {
  const side = (path: string, plan: PlanComparison['before']) =>
    `${plan.meta?.title ?? path} (${path}): ${plan.items} items · ${plan.units} units · ${plan.assignments} assignments`;
  const i = c.summary.items;
  const u = c.summary.units;
  const lines = [
    `before: ${side(beforePath, c.before)}`,
    `after:  ${side(afterPath, c.after)}`,
    '',
    `items: ${i.same} same · ${i.reworded} reworded · ${i.split} split · ${i.merged} merged · ${i.new} new · ${i.dropped} dropped (reworded at similarity ${formatNumber(c.threshold, 2)} or more)`,
    `units: ${u.same} same · ${u.alias} alias · ${u['likely-alias']} likely alias (to confirm) · ${u.new} new · ${u.dropped} dropped · ${c.summary.unitsChanged} with changes`,
  ];
  const changed = c.items.filter((m) => m.kind !== 'same');
  lines.push('', changed.length === 0 ? 'Items: no change' : 'Items (same ones not listed)');
  if (changed.length > 0)
    lines.push(
      textTable(
        [
          { header: 'change' },
          { header: 'before' },
          { header: 'after' },
          { header: 'similarity', align: 'right' },
          { header: 'title', maxWidth: 60 },
        ],
        changed.map((m) => [
          m.kind,
          m.before.map(labelOf).join(' '),
          m.after.map(labelOf).join(' '),
          m.similarity === undefined ? '' : formatNumber(m.similarity, 2),
          titles(m.before, m.after),
        ]),
      ),
    );
  const units = c.units.filter(
    (unit) => unit.kind !== 'same' || Object.values(unit.changes).some((list) => list.length > 0),
  );
  lines.push('', units.length === 0 ? 'Units: no change' : 'Units (unchanged ones not listed)');
  if (units.length > 0)
    lines.push(
      textTable(
        [
          { header: 'unit', maxWidth: 28 },
          { header: 'match' },
          { header: 'items', align: 'right' },
          { header: 'lead', align: 'right' },
          { header: 'member', align: 'right' },
          { header: 'changes', maxWidth: 60 },
        ],
        units.map((unit) => [
          unit.name,
          matchText(unit),
          `${unit.counts.before.items} → ${unit.counts.after.items}`,
          `${unit.counts.before.lead} → ${unit.counts.after.lead}`,
          `${unit.counts.before.member} → ${unit.counts.after.member}`,
          changesText(unit, c),
        ]),
      ),
    );
  return lines.join('\n');
}

function titles(before: readonly ItemRef[], after: readonly ItemRef[]): string {
  const b = before.map((i) => i.title).join(' | ');
  const a = after.map((i) => i.title).join(' | ');
  if (b === '' || a === '' || b === a) return b || a;
  return `${b} → ${a}`;
}

function matchText(unit: UnitComparison): string {
  if (unit.kind !== 'alias' && unit.kind !== 'likely-alias') return unit.kind;
  const was = unit.before.map((b) => b.name).join('/');
  return `${unit.kind} (was ${was})`;
}

function changesText(unit: UnitComparison, c: PlanComparison): string {
  const afterLabels = (change: UnitItemChange) =>
    labels(change.after, c.items[change.match]!.after);
  const beforeLabels = (change: UnitItemChange) =>
    labels(change.before, c.items[change.match]!.before);
  const parts: string[] = [];
  if (unit.changes.added.length > 0)
    parts.push(`+ ${unit.changes.added.map(afterLabels).join(' ')}`);
  if (unit.changes.removed.length > 0)
    parts.push(`− ${unit.changes.removed.map(beforeLabels).join(' ')}`);
  if (unit.changes.leadGained.length > 0)
    parts.push(`now lead ${unit.changes.leadGained.map(afterLabels).join(' ')}`);
  if (unit.changes.leadLost.length > 0)
    parts.push(`no longer lead ${unit.changes.leadLost.map(afterLabels).join(' ')}`);
  return parts.join(' · ');
}

function labels(ids: readonly string[], refs: readonly ItemRef[]): string {
  return ids.map((id) => labelOf(refs.find((r) => r.id === id) ?? { id, title: '' })).join(' ');
}

/** One CSV row per item match: change, labels and titles before and after, similarity. */
export function comparisonCsv(c: PlanComparison): string {
  return formatCsv({
    header: ['change', 'before', 'after', 'similarity', 'before_title', 'after_title'],
    rows: c.items.map((m) => [
      m.kind,
      m.before.map(labelOf).join(' '),
      m.after.map(labelOf).join(' '),
      m.similarity ?? '',
      m.before.map((i) => i.title).join(' | '),
      m.after.map((i) => i.title).join(' | '),
    ]),
  });
}
