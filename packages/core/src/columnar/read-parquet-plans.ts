import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import { diagnostic, type Read } from '../model/diagnostic.js';
import { PlanBuilder } from '../model/plan-builder.js';
import type { Plan, PlanMeta } from '../model/plan.js';

/** A plan read from a Parquet file, and the name it goes by (its `plan` column, or the file). */
export interface NamedPlan {
  name: string;
  plan: Plan;
}

/**
 * Reads the plans a Parquet file holds: the long table `remit convert --to
 * parquet` writes (one plan; its title, number and date from the file's
 * `remit:meta`), or the `assignments` table of a batch (one plan for each
 * value of its `plan` column). Rows give items (`item`, `title`, `section`,
 * `label`, `deadline`, `line`, in order of first sight), units (`unit`) and
 * assignments (`role`: `lead`, else member; `inferred`; `raw`); a row with no
 * unit is an item alone, one with no item a unit alone. Never throws: a file
 * that is not Parquet, or holds no `item` and `unit` columns, is a diagnostic.
 *
 * @example const { value } = await readParquetPlans(bytes, { source: 'plan.parquet' })
 */
export async function readParquetPlans(
  bytes: Uint8Array,
  options: { source?: string } = {},
): Promise<Read<NamedPlan[]>> {
  const source = options.source ?? 'Parquet';
  const place = options.source ? { source: options.source } : {};
  const buffer = bytes.buffer.slice(
    bytes.byteOffset,
    bytes.byteOffset + bytes.byteLength,
  ) as ArrayBuffer;
  let rows: Record<string, unknown>[];
  let columns: string[];
  let meta: PlanMeta = {};
  try {
    if (!isParquet(bytes)) throw new Error('it does not start and end with PAR1');
    const metadata = parquetMetadata(buffer);
    columns = metadata.schema.slice(1).map((s) => s.name);
    meta = metaOf(metadata.key_value_metadata?.find((kv) => kv.key === 'remit:meta')?.value);
    rows =
      columns.includes('item') && columns.includes('unit')
        ? ((await parquetReadObjects({ file: buffer, metadata })) as Record<string, unknown>[])
        : [];
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      value: [],
      diagnostics: [
        diagnostic(
          'error',
          'batch/not-parquet',
          `readParquetPlans: ${source} is not a Parquet file remit can read (${message}).`,
          place,
          { error: message },
        ),
      ],
    };
  }
  if (!columns.includes('item') || !columns.includes('unit')) {
    return {
      value: [],
      diagnostics: [
        diagnostic(
          'error',
          'batch/no-plan-columns',
          `readParquetPlans: ${source} has no item and unit columns (it has ${columns.join(', ')}); open a batch's assignments table or a plan written by remit convert --to parquet.`,
          place,
          { columns },
        ),
      ],
    };
  }
  const groups = new Map<string, Record<string, unknown>[]>();
  for (const row of rows) {
    const key = typeof row.plan === 'string' ? row.plan : source;
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  const value = [...groups].map(([name, group]) => ({
    name,
    plan: planOf(group, groups.size === 1 ? meta : {}),
  }));
  return { value, diagnostics: [] };
}

/** True when the bytes begin and end with Parquet's magic number, `PAR1`. */
export function isParquet(bytes: Uint8Array): boolean {
  const magic = [0x50, 0x41, 0x52, 0x31];
  const n = bytes.length;
  return n >= 12 && magic.every((b, i) => bytes[i] === b && bytes[n - 4 + i] === b);
}

function planOf(rows: readonly Record<string, unknown>[], meta: PlanMeta): Plan {
  const b = new PlanBuilder(meta);
  const sections = new Map<string, string>();
  const items = new Map<string, string>();
  for (const row of rows) {
    const itemId = text(row.item);
    let item: string | undefined;
    if (itemId !== undefined) {
      item = items.get(itemId);
      if (item === undefined) {
        const sectionTitle = text(row.section);
        let section = sectionTitle === undefined ? undefined : sections.get(sectionTitle);
        if (sectionTitle !== undefined && section === undefined) {
          section = b.section({ title: sectionTitle });
          sections.set(sectionTitle, section);
        }
        const line =
          typeof row.line === 'number' && Number.isInteger(row.line) ? row.line : undefined;
        const label = text(row.label);
        const deadline = text(row.deadline);
        item = b.item({
          id: itemId,
          title: text(row.title) ?? itemId,
          ...(label !== undefined ? { label } : {}),
          ...(section !== undefined ? { section } : {}),
          ...(deadline !== undefined ? { deadline } : {}),
          ...(line !== undefined ? { line } : {}),
        });
        items.set(itemId, item);
      }
    }
    const name = text(row.unit);
    if (name === undefined) continue;
    const unit = b.unit(name);
    if (item === undefined) continue;
    const raw = text(row.raw);
    b.assign(item, unit, row.role === 'lead' ? 'lead' : 'member', {
      ...(row.inferred === true ? { inferred: true } : {}),
      ...(raw !== undefined ? { raw } : {}),
    });
  }
  return b.build();
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** The plan's metadata from the file's `remit:meta`: known text fields only, anything else dropped. */
function metaOf(json: string | undefined): PlanMeta {
  if (json === undefined) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return {};
  }
  if (parsed === null || typeof parsed !== 'object') return {};
  const meta: PlanMeta = {};
  for (const key of ['title', 'issuer', 'docNumber', 'date', 'source', 'encoding'] as const) {
    const value = (parsed as Record<string, unknown>)[key];
    if (typeof value === 'string') meta[key] = value;
  }
  return meta;
}
