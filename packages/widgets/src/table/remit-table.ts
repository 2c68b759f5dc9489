import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { coverage, workload } from '@remit/core/metrics';
import type { Incidence } from '@remit/core/model';
import { describePlan } from '../shared/describe-plan.js';
import { collatorFor } from '../shared/format.js';
import { localize } from '../shared/lang.js';
import { lastCall } from '../shared/last-call.js';
import { linkState } from '../shared/link-state.js';
import { nextIndex } from '../shared/next-index.js';
import { RemitElement } from '../shared/remit-element.js';
import { snapshotSvg } from '../shared/snapshot-svg.js';
import { tableMessages } from './table.messages.js';
import {
  itemTable,
  sortRows,
  unitTable,
  type SortDirection,
  type TableModel,
  type TableRow,
  type TableView,
} from './table.model.js';
import { tableStyles } from './table.styles.js';

/**
 * `<remit-table>`: a sortable, accessible table of the plan's units with their
 * workload (`view="units"`, default) or of its items with their units
 * (`view="items"`).
 *
 * A real `<table>`: column headers are buttons (Enter/Space or click sorts;
 * again reverses) with `aria-sort` on the sorted column; each row's header is a
 * button that selects the unit or item (linked with other elements on the same
 * `<remit-data>`); ArrowUp/ArrowDown, Home and End move between rows; Escape
 * clears the selection. Units are sorted by name with a Chinese collator.
 *
 * @attr view - `units` or `items`
 * @attr sort - the key of the sorted column (units: name, rank, items, lead, inferredLead, member, share; items: title, label, section, units, leads, members)
 * @attr direction - `ascending` or `descending`
 * @csspart table - the `<table>`
 * @csspart scroll - the scrolling container around it
 * @cssprop --remit-table-max-height - scroll the table beyond this height (default: none)
 */
export class RemitTable extends RemitElement {
  static override styles = [RemitElement.styles, tableStyles];

  static override properties: PropertyDeclarations = {
    ...RemitElement.properties,
    view: { type: String, reflect: true },
    sort: { type: String, reflect: true },
    direction: { type: String, reflect: true },
  };

  declare view: TableView;
  declare sort: string | undefined;
  declare direction: SortDirection | undefined;

  #units = lastCall((inc: Incidence, lang: 'zh-CN' | 'en') => unitTable(workload(inc), lang));
  #items = lastCall((inc: Incidence, lang: 'zh-CN' | 'en') => itemTable(inc, coverage(inc), lang));
  #rows: TableRow[] = [];
  #active = 0;
  #focusAfterUpdate = false;

  constructor() {
    super();
    this.view = 'units';
  }

  protected defaultLabel(): string {
    const t = localize(tableMessages, this.language.lang);
    return this.view === 'items' ? t.itemsTitle : t.unitsTitle;
  }

  protected override exportDescription(): string | undefined {
    const inc = this.planSource.incidence;
    return inc ? describePlan(inc, this.language.lang) : undefined;
  }

  protected override exportRoot(): SVGSVGElement | null {
    const table = this.renderRoot.querySelector('table');
    return table
      ? snapshotSvg(table, { boxes: 'thead th', texts: 'thead th, tbody th, tbody td' })
      : null;
  }

  #model(inc: Incidence): TableModel {
    return this.view === 'items'
      ? this.#items(inc, this.language.lang)
      : this.#units(inc, this.language.lang);
  }

  protected renderReady(inc: Incidence): TemplateResult {
    const model = this.#model(inc);
    const t = localize(tableMessages, this.language.lang);
    let column = model.columns.findIndex((c) => c.key === this.sort);
    if (column < 0) column = model.columns.findIndex((c) => c.key === model.defaultSort.key);
    const direction =
      this.direction === 'ascending' || this.direction === 'descending'
        ? this.direction
        : this.sort === model.columns[column]!.key
          ? model.columns[column]!.firstDirection
          : model.defaultSort.direction;
    this.#rows = sortRows(model.rows, column, direction, collatorFor(this.language.lang).compare);
    this.#active = Math.min(this.#active, Math.max(0, this.#rows.length - 1));
    return html`<div part="scroll" class="scroll">
      <table part="table" @keydown=${this.#onKeydown}>
        <caption class="visually-hidden">
          ${this.accessibleName}
        </caption>
        <thead>
          <tr>
            ${model.columns.map(
              (c, i) =>
                html`<th
                  scope="col"
                  class=${c.numeric ? 'num' : ''}
                  aria-sort=${i === column ? direction : nothing}
                >
                  <button
                    type="button"
                    title=${t.sortBy(c.label)}
                    @click=${() => this.#sortBy(model, i, column, direction)}
                  >
                    <span class="label">${c.label}</span
                    ><span class="arrow" aria-hidden="true"
                      >${i === column ? (direction === 'ascending' ? '▲' : '▼') : ''}</span
                    >
                  </button>
                </th>`,
            )}
          </tr>
        </thead>
        <tbody>
          ${this.#rows.map((row, r) => this.#renderRow(row, r, model))}
        </tbody>
      </table>
    </div>`;
  }

  #renderRow(row: TableRow, r: number, model: TableModel): TemplateResult {
    const [head, ...rest] = row.cells;
    const state = this.#rowState(row);
    return html`<tr
      class=${state}
      data-unit=${row.kind === 'unit' ? row.id : nothing}
      data-item=${row.kind === 'item' ? row.id : nothing}
      aria-current=${state.includes('selected') ? 'true' : nothing}
    >
      <th scope="row">
        <button
          class="pick"
          type="button"
          tabindex=${r === this.#active ? 0 : -1}
          aria-pressed=${state.includes('selected') ? 'true' : 'false'}
          data-index=${r}
          @click=${() => this.#pick(r)}
          @focus=${() => this.#hover(r)}
          @blur=${() => this.selection.hover(null)}
        >
          ${head?.text ?? ''}
        </button>
      </th>
      ${rest.map((cell, i) => html`<td class=${model.columns[i + 1]?.numeric ? 'num' : ''}>${cell.text}</td>`)}
    </tr>`;
  }

  #rowState(row: TableRow): string {
    const inc = this.planSource.incidence!;
    return linkState(inc, this.selection.selection, this.selection.hovered, row.kind, row.id);
  }

  #sortBy(model: TableModel, i: number, column: number, direction: SortDirection): void {
    const next: SortDirection =
      i === column
        ? direction === 'ascending'
          ? 'descending'
          : 'ascending'
        : model.columns[i]!.firstDirection;
    this.sort = model.columns[i]!.key;
    this.direction = next;
  }

  #pick(r: number): void {
    const row = this.#rows[r];
    if (!row) return;
    this.#active = r;
    this.selection.toggle({ kind: row.kind, id: row.id });
  }

  #hover(r: number): void {
    const row = this.#rows[r];
    if (row) this.selection.hover({ kind: row.kind, id: row.id });
  }

  #onKeydown = (event: KeyboardEvent): void => {
    const target = event.target as HTMLElement;
    if (!target.classList.contains('pick')) return;
    const key = event.key === 'ArrowLeft' || event.key === 'ArrowRight' ? '' : event.key;
    const next = nextIndex(key, Number(target.dataset.index), this.#rows.length);
    if (next === undefined) return;
    event.preventDefault();
    this.#active = next;
    this.#focusAfterUpdate = true;
    this.requestUpdate();
  };

  protected override updated(): void {
    if (!this.#focusAfterUpdate) return;
    this.#focusAfterUpdate = false;
    this.renderRoot
      .querySelector<HTMLButtonElement>(`.pick[data-index="${this.#active}"]`)
      ?.focus();
  }
}
