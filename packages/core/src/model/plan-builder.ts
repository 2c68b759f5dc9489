import { compactItem } from './compact-record.js';
import { normalizeUnitName } from './normalize-unit-name.js';
import { newAssignment } from './validate/new-assignment.js';
import {
  PLAN_FORMAT_VERSION,
  type Assignment,
  type Item,
  type Plan,
  type PlanMeta,
  type Role,
  type Section,
  type Unit,
} from './plan.js';

/**
 * Builds a Plan step by step, as readers (text parser, CSV reader) meet its parts.
 *
 * Units are kept once per normalised name, in order of first appearance, with ids
 * `u1`, `u2` …; items get `i1`, `i2` … and sections `s1`, `s2` … unless an id is
 * given. Use it whenever input names units by name rather than by id.
 *
 * @example
 * const b = new PlanBuilder();
 * const item = b.item({ title: '打造一流法治化营商环境', label: '1.' });
 * b.assign(item, b.unit('区司法局'), 'member');
 * const plan = b.build();
 */
// `compactItem` copies an item field by field: a field added to `Item` must be added there too
type ItemFieldsCopied = 'id' | 'title' | 'label' | 'section' | 'text' | 'deadline' | 'line';
const itemFieldsAllCopied: [Exclude<keyof Item, ItemFieldsCopied>] extends [never] ? true : never =
  true;
void itemFieldsAllCopied;

export class PlanBuilder {
  readonly #meta: PlanMeta;
  readonly #sections: Section[] = [];
  readonly #items: Item[] = [];
  readonly #units: Unit[] = [];
  readonly #assignments: Assignment[] = [];
  readonly #unitByName = new Map<string, string>();
  readonly #rawNames = new Map<string, string>();
  /** ids in use, kept from the first item given its own id: until then, `i1` … `in` cannot clash */
  #itemIds: Set<string> | undefined;

  constructor(meta: PlanMeta = {}) {
    this.#meta = { ...meta };
  }

  /** Sets metadata fields (title, docNumber, date …); undefined values are ignored. */
  meta(meta: PlanMeta): this {
    for (const [key, value] of Object.entries(meta)) {
      if (value !== undefined) (this.#meta as Record<string, unknown>)[key] = value;
    }
    return this;
  }

  /** Adds a section and returns its id. */
  section(section: Omit<Section, 'id'> & { id?: string }): string {
    const id = section.id ?? `s${this.#sections.length + 1}`;
    this.#sections.push({ id, ...section });
    return id;
  }

  /** Adds an item and returns its id. */
  item(item: Omit<Item, 'id'> & { id?: string }): string {
    let id = item.id ?? `i${this.#items.length + 1}`;
    if (item.id !== undefined || this.#itemIds) {
      const ids = (this.#itemIds ??= new Set(this.#items.map((i) => i.id)));
      while (ids.has(id)) id = `${id}'`;
      ids.add(id);
    }
    this.#items.push(compactItem(id, item));
    return id;
  }

  /**
   * Returns the id of the unit with this name, adding it on first sight.
   * Names are compared after `normalizeUnitName`.
   */
  unit(name: string, extra: Omit<Unit, 'id' | 'name'> = {}): string {
    const normal = normalizeUnitName(name);
    const known = this.#unitByName.get(normal);
    if (known !== undefined) return known;
    const id = `u${this.#units.length + 1}`;
    this.#unitByName.set(normal, id);
    this.#units.push({ id, name: normal, ...extra });
    return id;
  }

  /** Adds an assignment of a unit (by id) to an item (by id). */
  assign(
    item: string,
    unit: string,
    role: Role,
    extra: { inferred?: boolean; raw?: string } = {},
  ): this {
    // one string for each name as written: a long plan writes the same names many times
    let raw = extra.raw;
    if (raw !== undefined) {
      const known = this.#rawNames.get(raw);
      if (known === undefined) this.#rawNames.set(raw, raw);
      else raw = known;
    }
    this.#assignments.push(newAssignment(item, unit, role, extra.inferred, raw));
    return this;
  }

  /** The number of items added so far. */
  get itemCount(): number {
    return this.#items.length;
  }

  /**
   * The plan built so far. Its lists are new; the parts in them are the builder's
   * own copies, made when they were added and never changed after, so a plan
   * costs no second copy of every part.
   */
  build(): Plan {
    const plan: Plan = {
      remit: PLAN_FORMAT_VERSION,
      meta: { ...this.#meta },
      sections: this.#sections.slice(),
      items: this.#items.slice(),
      units: this.#units.slice(),
      assignments: this.#assignments.slice(),
    };
    return plan;
  }
}
