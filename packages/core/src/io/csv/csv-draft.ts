import { diagnostic, type Diagnostic, type DiagnosticArgs } from '../../model/diagnostic.js';
import type { DiagnosticCode, SeverityOf } from '../../model/diagnostic-code.js';
import { PlanBuilder } from '../../model/plan-builder.js';
import type { Item, Role } from '../../model/plan.js';
import { hasInvisibleCharacters } from '../../model/normalize-unit-name.js';
import { stableUnitName } from '../../model/validate/stable-unit-name.js';
import { cleanFieldText } from '../../model/validate/clean-field-text.js';
import { IdPool } from '../../model/validate/id-pool.js';
import { splitNameList } from '../../model/validate/split-name-list.js';
import { unescapeFormula } from './formula-prefix.js';
import type { CsvField } from './tokenize-csv.js';

/** An item read, and the line of the row that first named it. */
interface DraftItem {
  id: string;
  item: Item;
  line: number;
}

/** Where a cell is, for diagnostics. */
export interface CellPlace {
  line: number;
  column: number;
  /** the column's header */
  field?: string;
}

/** The item fields a row can state. */
export interface ItemCells {
  item?: CsvField;
  title?: CsvField;
  section?: CsvField;
  label?: CsvField;
  deadline?: CsvField;
}

const MAX_PREVIEW = 60;
/** What may make a cell a list of names: a line break, or a mark `splitNameList` splits at. */
const LIST_MARK = /[\r\n、，,；;]/u;

/** Cell text cut short for messages (at most 60 characters, `...` marking a cut). */
export function shortCell(text: string): string {
  return text.length > MAX_PREVIEW ? `${text.slice(0, MAX_PREVIEW - 3)}...` : text;
}

/** A short, quoted form of cell text for messages. */
export function previewCell(text: string): string {
  return JSON.stringify(shortCell(text));
}

/**
 * The plan being built from CSV rows: items found by id (or by title when the
 * file has no ids), units by name through `PlanBuilder`, sections by title,
 * and the diagnostics with their 1-based line and column.
 */
export class CsvDraft {
  readonly diagnostics: Diagnostic[] = [];
  readonly builder = new PlanBuilder();
  readonly #source: string | undefined;
  readonly #itemIds: IdPool;
  readonly #itemsById = new Map<string, DraftItem>();
  readonly #itemsByTitle = new Map<string, DraftItem>();
  readonly #sections = new Map<string, string>();
  /** unit ids assigned so far, by item id */
  readonly #pairs = new Map<string, Set<string>>();
  /** where each unit is first named, by unit id */
  readonly #unitPlaces = new Map<string, CellPlace>();
  /** units whose assignment was not read because of an error */
  readonly #dropped = new Set<string>();

  constructor(source: string | undefined, writtenItemIds: Iterable<string>) {
    this.#source = source;
    this.#itemIds = new IdPool('i', writtenItemIds);
  }

  /** Adds a diagnostic at a cell; `args` are the values `message` is built from. */
  report<C extends DiagnosticCode>(
    severity: SeverityOf<C>,
    code: C,
    message: string,
    at: CellPlace,
    args?: DiagnosticArgs,
  ): void {
    this.diagnostics.push(
      diagnostic(
        severity,
        code,
        `readPlanCsv: ${message}`,
        {
          line: at.line,
          column: at.column,
          ...(at.field === undefined ? {} : { field: at.field }),
          ...(this.#source === undefined ? {} : { source: this.#source }),
        },
        args,
      ),
    );
  }

  /**
   * The text of a cell: the formula guard `'` removed, then control characters,
   * lone surrogates and bidi controls (and, for names, zero-width characters)
   * removed with a warning. Missing cells read as ''.
   */
  text(cell: CsvField | undefined, field: string, name = false): string {
    if (cell === undefined) return '';
    const cleaned = cleanFieldText(unescapeFormula(cell.value), name);
    if (cleaned.removed.length > 0) {
      this.report(
        'warning',
        'csv/invisible-characters',
        `removed ${cleaned.removed.join(' and ')} from ${previewCell(cleaned.text)}; they hide or reorder what is displayed.`,
        { line: cell.line, column: cell.column, field },
        { removed: cleaned.removed, text: shortCell(cleaned.text), in: 'text' },
      );
    }
    return cleaned.text;
  }

  /**
   * The id of the item a row names, adding the item on first sight. Rows name
   * an item by id, or by title when they have no id. A later row that gives the
   * same item other details is warned about; the first row's details are kept.
   * `undefined` when the row names no item.
   */
  item(cells: ItemCells, headers: Record<keyof ItemCells, string>): string | undefined {
    const id = this.text(cells.item, headers.item, true);
    const title = this.text(cells.title, headers.title);
    if (id === '' && title === '') return undefined;
    const section = this.text(cells.section, headers.section);
    const label = this.text(cells.label, headers.label);
    const deadline = this.text(cells.deadline, headers.deadline);
    // by id, or by title when the row has no id: two maps, so that no key is built per row
    const known = id !== '' ? this.#itemsById.get(id) : this.#itemsByTitle.get(title);
    if (known) {
      const { item } = known;
      const differs =
        (cells.title !== undefined && title !== item.title) ||
        (cells.label !== undefined && label !== (item.label ?? '')) ||
        (cells.deadline !== undefined && deadline !== (item.deadline ?? '')) ||
        (cells.section !== undefined && this.#sections.get(section) !== item.section);
      if (differs) {
        const at = cells.title ?? cells.item!;
        this.report(
          'warning',
          'csv/conflicting-item',
          `the item "${known.id}" is described differently on line ${known.line}; kept that description. Make its rows agree.`,
          { line: at.line, column: at.column, field: headers.title },
          { item: known.id, line: known.line },
        );
      }
      return known.id;
    }
    const itemId = id !== '' ? id : this.#itemIds.fresh();
    const item: Item = { id: itemId, title };
    if (label !== '') item.label = label;
    if (section !== '') item.section = this.#section(section);
    if (deadline !== '') item.deadline = deadline;
    this.builder.item(item);
    const first = cells.item ?? cells.title!;
    const entry: DraftItem = { id: itemId, item, line: first.line };
    if (id !== '') this.#itemsById.set(id, entry);
    else this.#itemsByTitle.set(title, entry);
    return itemId;
  }

  /**
   * The unit names in a cell: one, or several when the cell is a list (split
   * at 、，,;； and line breaks, but not inside brackets or quotes; a name in
   * double quotes is read whole, see `splitNameList`). Each is cleaned as a
   * name; what was removed is reported once for the cell.
   */
  unitNames(cell: CsvField, field: string): string[] {
    const value = unescapeFormula(cell.value);
    // most cells hold one name: no list to split, nor the arrays of splitting it
    const parts = LIST_MARK.test(value)
      ? value.split(/[\r\n]+/u).flatMap(splitNameList)
      : splitNameList(value);
    let removed: Set<string> | undefined;
    const names: string[] = [];
    for (const part of parts) {
      const cleaned = cleanFieldText(part, true);
      for (const kind of cleaned.removed) (removed ??= new Set()).add(kind);
      if (cleaned.text.trim() !== '') names.push(cleaned.text);
    }
    if (removed !== undefined) {
      this.report(
        'warning',
        'csv/invisible-characters',
        `removed ${[...removed].join(' and ')} from the unit names ${previewCell(names.join('、'))}; they hide or reorder what is displayed.`,
        { line: cell.line, column: cell.column, field },
        { removed: [...removed], text: shortCell(names.join('、')), in: 'unit-names' },
      );
    }
    return names;
  }

  /**
   * The id of the unit with this name as written (added on first sight; names
   * are compared normalised), and the name as written when normalisation
   * changed it (kept as the assignment's `raw`). Invisible characters are
   * reported. `undefined` when nothing is left of the name.
   */
  unitNamed(written: string, at: CellPlace): { id: string; written?: string } | undefined {
    if (hasInvisibleCharacters(written)) {
      this.report(
        'warning',
        'csv/invisible-characters',
        `removed invisible characters from the unit name ${previewCell(written)}; they hide or reorder what is displayed.`,
        at,
        { removed: ['invisible characters'], text: shortCell(written), in: 'unit-name' },
      );
    }
    const name = stableUnitName(written);
    if (name === '') return undefined;
    const id = this.builder.unit(name);
    if (!this.#unitPlaces.has(id)) this.#unitPlaces.set(id, at);
    return name === written ? { id } : { id, written };
  }

  /** Where the unit with this id is first named; `undefined` for an id never seen. */
  unitPlace(id: string): CellPlace | undefined {
    return this.#unitPlaces.get(id);
  }

  /**
   * Notes that an assignment of the unit was not read, with an error or a
   * warning that says why; the unit is then not reported as having no items.
   */
  dropUnit(id: string): void {
    this.#dropped.add(id);
  }

  /** True for a unit `dropUnit` was told about. */
  isDropped(id: string): boolean {
    return this.#dropped.has(id);
  }

  /** Adds an assignment unless the unit already has one on this item (then a warning). */
  assign(
    item: string,
    unit: string,
    role: Role,
    extra: { inferred?: boolean; raw?: string },
    at: CellPlace,
  ): void {
    let units = this.#pairs.get(item);
    if (units === undefined) {
      units = new Set();
      this.#pairs.set(item, units);
    }
    if (units.has(unit)) {
      this.report(
        'warning',
        'csv/duplicate-assignment',
        `the unit is already assigned to the item "${item}"; kept the first assignment only.`,
        at,
        { item },
      );
      return;
    }
    units.add(unit);
    this.builder.assign(item, unit, role, extra);
  }

  #section(title: string): string {
    const known = this.#sections.get(title);
    if (known !== undefined) return known;
    const id = this.builder.section({ title });
    this.#sections.set(title, id);
    return id;
  }
}
