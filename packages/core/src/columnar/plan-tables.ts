import { diagnosticMessage, type DiagnosticLang } from '../model/diagnostic-message.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Plan } from '../model/plan.js';
import { guessUnitKind } from '../units/guess-unit-kind.js';
import type { ColumnTable, ColumnValue } from './column-table.js';
import { PLAN_TABLE_NAMES, PLAN_TABLES, type PlanTableName } from './plan-table-schemas.js';
import { planYear } from './plan-year.js';

/** The five tables, each a `ColumnTable`. */
export type PlanTables = Readonly<Record<PlanTableName, ColumnTable>>;

/** What is known of a file besides the plan read from it. */
export interface PlanFileInfo {
  /** the file's path: the `plan` column of every table */
  plan: string;
  format?: string;
  encoding?: string;
  bytes?: number;
  readMs?: number;
}

/**
 * Collects plans, row by row, into the five tables (`PLAN_TABLES`). Add the
 * plans read and the files that failed, then `build()`.
 *
 * @example new PlanTablesBuilder().addPlan(plan, diagnostics, { plan: 'a.txt' }).build()
 */
export class PlanTablesBuilder {
  readonly #columns = new Map<PlanTableName, ColumnValue[][]>(
    PLAN_TABLE_NAMES.map((name) => [name, PLAN_TABLES[name].columns.map(() => [])]),
  );
  readonly #lang: DiagnosticLang;

  /** `lang`: the language of the diagnostics' messages (default `en`) */
  constructor(options: { lang?: DiagnosticLang } = {}) {
    this.#lang = options.lang ?? 'en';
  }

  /** The rows collected so far in `table`. */
  rows(table: PlanTableName): number {
    return this.#columns.get(table)![0]!.length;
  }

  /** Adds a plan read from a file, with the diagnostics its reading reported. */
  addPlan(plan: Plan, diagnostics: readonly Diagnostic[], info: PlanFileInfo): this {
    const file = info.plan;
    const sectionTitle = new Map((plan.sections ?? []).map((s) => [s.id, s.title]));
    const unitName = new Map(plan.units.map((u) => [u.id, u.name]));
    const itemOf = new Map(plan.items.map((i) => [i.id, i]));
    const perItem = new Map<string, { units: number; leads: number }>();
    const perUnit = new Map<string, { items: number; leads: number }>();
    let leads = 0;
    for (const a of plan.assignments) {
      const lead = a.role === 'lead' ? 1 : 0;
      leads += lead;
      const i = perItem.get(a.item) ?? { units: 0, leads: 0 };
      perItem.set(a.item, { units: i.units + 1, leads: i.leads + lead });
      const u = perUnit.get(a.unit) ?? { items: 0, leads: 0 };
      perUnit.set(a.unit, { items: u.items + 1, leads: u.leads + lead });
      const item = itemOf.get(a.item);
      this.#push('assignments', [
        file,
        a.item,
        sectionOf(item?.section, sectionTitle),
        item?.title ?? null,
        unitName.get(a.unit) ?? a.unit,
        a.role,
        a.inferred === true,
        item?.line ?? null,
      ]);
    }
    for (const item of plan.items) {
      const counts = perItem.get(item.id);
      this.#push('items', [
        file,
        item.id,
        item.label ?? null,
        sectionOf(item.section, sectionTitle),
        item.title,
        item.deadline ?? null,
        item.line ?? null,
        counts?.units ?? 0,
        counts?.leads ?? 0,
      ]);
    }
    for (const unit of plan.units) {
      const counts = perUnit.get(unit.id);
      this.#push('units', [
        file,
        unit.name,
        unit.kind ?? guessUnitKind(unit.name),
        unit.canonical ?? null,
        counts?.items ?? 0,
        counts?.leads ?? 0,
      ]);
    }
    this.addDiagnostics(file, diagnostics);
    const meta = plan.meta ?? {};
    this.#push('plans', [
      file,
      info.format ?? null,
      'read',
      meta.title ?? null,
      meta.docNumber ?? null,
      meta.date ?? null,
      planYear(meta),
      meta.issuer ?? null,
      meta.encoding ?? info.encoding ?? null,
      info.bytes ?? null,
      plan.items.length,
      plan.units.length,
      plan.assignments.length,
      leads,
      diagnostics.length,
      info.readMs ?? null,
    ]);
    return this;
  }

  /**
   * Adds a file that could not be read: a `plans` row whose status is
   * `failed`, with no items, and its diagnostics (at least the one saying why).
   */
  addFailure(diagnostics: readonly Diagnostic[], info: PlanFileInfo): this {
    this.addDiagnostics(info.plan, diagnostics);
    this.#push('plans', [
      info.plan,
      info.format ?? null,
      'failed',
      null,
      null,
      null,
      null,
      null,
      info.encoding ?? null,
      info.bytes ?? null,
      0,
      0,
      0,
      0,
      diagnostics.length,
      info.readMs ?? null,
    ]);
    return this;
  }

  /** The tables collected; the builder starts empty again. */
  build(): PlanTables {
    const tables = Object.fromEntries(
      PLAN_TABLE_NAMES.map((name) => [
        name,
        { schema: PLAN_TABLES[name], columns: this.#columns.get(name)! },
      ]),
    ) as unknown as Record<PlanTableName, ColumnTable>;
    for (const name of PLAN_TABLE_NAMES)
      this.#columns.set(
        name,
        PLAN_TABLES[name].columns.map(() => []),
      );
    return tables;
  }

  /**
   * Adds diagnostics that belong to no plan read: a folder that could not be
   * listed, an input that does not exist (`plan` is then that path).
   */
  addDiagnostics(plan: string, diagnostics: readonly Diagnostic[]): this {
    for (const d of diagnostics) {
      this.#push('diagnostics', [
        plan,
        d.code,
        d.severity,
        diagnosticMessage(d, this.#lang),
        d.line ?? null,
        d.column ?? null,
        d.field ?? null,
      ]);
    }
    return this;
  }

  #push(table: PlanTableName, row: readonly ColumnValue[]): void {
    const columns = this.#columns.get(table)!;
    for (let c = 0; c < columns.length; c++) columns[c]!.push(row[c]!);
  }
}

function sectionOf(id: string | undefined, titles: ReadonlyMap<string, string>): string | null {
  return id === undefined ? null : (titles.get(id) ?? null);
}
