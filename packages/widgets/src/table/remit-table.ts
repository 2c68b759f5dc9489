import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { coverage, workload } from '@remit/core/metrics/plain';
import type { Incidence } from '@remit/core/model';
import { describePlan } from '../shared/describe-plan.js';
import { collatorFor } from '../shared/format.js';
import { localize } from '../shared/lang.js';
import { lastCall } from '../shared/last-call.js';
import { linkState } from '../shared/link-state.js';
import { nextIndex } from '../shared/next-index.js';
import { explainButton } from '../shared/explain-button.js';
import { RemitElement } from '../shared/remit-element.js';
import { snapshotSvg } from '../shared/snapshot-svg.js';
import { styleProps } from '../shared/style-props.js';
import { tableMessages } from './table.messages.js';
import {
  itemTable,
  sortRows,
  unitTable,
  type SortDirection,
  type TableCell,
  type TableModel,
  type TableRow,
  type TableView,
} from './table.model.js';
import { tableStyles } from './table.styles.js';

/** Tables of more rows than this draw only the rows in view (see `RemitTable`). */
export const WINDOW_FROM = 100;
/** Rows drawn beyond each edge of the view, so that scrolling a little shows drawn rows. */
const OVERSCAN = 10;

/**
 * `<remit-table>`: a sortable, accessible table of the plan's units with their
 * workload (`view="units"`, default) or of its items with their units
 * (`view="items"`). Texts past 120 characters are cut with … (whole in a
 * tooltip); a table of more than 100 rows draws only the rows in view.
 *
 * A real `<table>`: column headers are buttons (Enter/Space or click sorts;
 * again reverses) with `aria-sort` on the sorted column; each row's header is a
 * button that selects the unit or item (linked with other elements on the same
 * `<remit-data>`); ArrowUp/ArrowDown, Home and End move between rows; Escape
 * clears the selection. Units are sorted by name with a Chinese collator.
 *
 * Texts longer than `CELL_CHARS` are cut with … (the whole text is the cell's
 * tooltip). A table of more than `WINDOW_FROM` rows scrolls in a box of its
 * own (`--remit-table-max-height`, default 70vh), each row one line, and keeps
 * only the rows in view in the DOM: spacers give the box its full scroll
 * height, `aria-rowcount` and `aria-rowindex` tell screen readers where a row
 * is, and the keys above scroll the row they move to into view. Its export
 * holds the rows drawn, not the whole table.
 *
 * @fires remit-explain - `detail: { term }` from the "?" beside the share and rank headers (`share`, `rank`)
 * @attr view - `units` or `items`
 * @attr sort - the key of the sorted column (units: name, rank, items, lead, inferredLead, member, share; items: title, label, section, units, leads, members)
 * @attr direction - `ascending` or `descending`
 * @csspart table - the `<table>`
 * @csspart scroll - the scrolling container around it
 * @cssprop --remit-table-max-height - scroll the table beyond this height (default: none; 70vh above 100 rows)
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
  #sorted = lastCall(
    (rows: TableRow[], column: number, direction: SortDirection, lang: 'zh-CN' | 'en') =>
      sortRows(rows, column, direction, collatorFor(lang).compare),
  );
  #rows: TableRow[] = [];
  #active = 0;
  #focusAfterUpdate = false;
  /** the windowed box's scroll position, height and the measured row height, in px */
  #scrollTop = 0;
  #viewHeight = 600;
  #rowHeight = 30;
  #drawn: [number, number] = [0, 0];

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
    if (!table) return null;
    // The rows drawn without the spacers standing for the others: a long table
    // exports as the page of rows in view, never as a picture too tall to draw.
    const copy = table.cloneNode(true) as HTMLTableElement;
    for (const spacer of copy.querySelectorAll('.spacer')) spacer.remove();
    copy.classList.add('offstage');
    copy.style.width = `${table.getBoundingClientRect().width}px`;
    this.renderRoot.append(copy);
    try {
      return snapshotSvg(copy, { boxes: 'thead th', texts: 'thead th, tbody th, tbody td' });
    } finally {
      copy.remove();
    }
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
    this.#rows = this.#sorted(model.rows, column, direction, this.language.lang);
    const n = this.#rows.length;
    this.#active = Math.min(this.#active, Math.max(0, n - 1));
    const windowed = n > WINDOW_FROM;
    const [start, end] = (this.#drawn = windowed ? this.#range(n) : [0, n]);
    const spacer = (rows: number): TemplateResult =>
      html`<tr class="spacer" aria-hidden="true">
        <td
          colspan=${model.columns.length}
          ${styleProps({ height: `${rows * this.#rowHeight}px` })}
        ></td>
      </tr>`;
    return html`<div
      part="scroll"
      class="scroll ${windowed ? 'windowed' : ''}"
      @scroll=${this.#onScroll}
    >
      <table part="table" aria-rowcount=${n + 1} @keydown=${this.#onKeydown}>
        <caption class="visually-hidden">
          ${this.accessibleName}
        </caption>
        ${
          windowed
            ? html`<colgroup>
                ${model.columns.map((c) => html`<col class=${c.numeric ? 'num' : ''} />`)}
              </colgroup>`
            : nothing
        }
        <thead>
          <tr aria-rowindex="1">
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
                  ${
                    c.key === 'share' || c.key === 'rank'
                      ? explainButton(this, c.key, this.language.messages.explain(c.label))
                      : nothing
                  }
                </th>`,
            )}
          </tr>
        </thead>
        <tbody>
          ${start > 0 ? spacer(start) : nothing}
          ${this.#rows.slice(start, end).map((row, i) => this.#renderRow(row, start + i, model))}
          ${end < n ? spacer(n - end) : nothing}
        </tbody>
      </table>
    </div>`;
  }

  #renderRow(row: TableRow, r: number, model: TableModel): TemplateResult {
    const [head, ...rest] = row.cells;
    const state = this.#rowState(row);
    const [start, end] = this.#drawn;
    const focusable = this.#active >= start && this.#active < end ? this.#active : start;
    // a windowed row is one line, cut by CSS: every text cell carries its whole text
    const windowed = this.#rows.length > WINDOW_FROM;
    const tip = (c: TableCell | undefined) => c?.title ?? (windowed && c?.text ? c.text : nothing);
    return html`<tr
      class=${state}
      aria-rowindex=${r + 2}
      data-unit=${row.kind === 'unit' ? row.id : nothing}
      data-item=${row.kind === 'item' ? row.id : nothing}
      aria-current=${state.includes('selected') ? 'true' : nothing}
    >
      <th scope="row">
        <button
          class="pick"
          type="button"
          tabindex=${r === focusable ? 0 : -1}
          aria-pressed=${state.includes('selected') ? 'true' : 'false'}
          data-index=${r}
          title=${tip(head)}
          @click=${() => this.#pick(r)}
          @focus=${() => this.#hover(r)}
          @blur=${() => this.selection.hover(null)}
        >
          ${head?.text ?? ''}
        </button>
      </th>
      ${rest.map(
        (cell, i) =>
          html`<td
            class=${model.columns[i + 1]?.numeric ? 'num' : ''}
            title=${model.columns[i + 1]?.numeric ? nothing : tip(cell)}
          >
            ${cell.text}
          </td>`,
      )}
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
    if (this.#rows.length > WINDOW_FROM) this.#reveal(next);
    this.requestUpdate();
  };

  /** The rows to draw of `n`: those in the box's view and `OVERSCAN` more each side. */
  #range(n: number): [number, number] {
    const first = Math.floor(this.#scrollTop / this.#rowHeight);
    const last = Math.ceil((this.#scrollTop + this.#viewHeight) / this.#rowHeight);
    const start = Math.max(0, Math.min(n - 1, first - OVERSCAN));
    return [start, Math.max(start, Math.min(n, last + OVERSCAN))];
  }

  /** Scrolls the windowed box so that row `r` is in view (the header stays on top). */
  #reveal(r: number): void {
    const box = this.renderRoot.querySelector<HTMLElement>('.scroll');
    if (!box) return;
    const head = this.renderRoot.querySelector('thead')?.getBoundingClientRect().height ?? 0;
    const top = head + r * this.#rowHeight;
    if (top - head < box.scrollTop) box.scrollTop = top - head;
    else if (top + this.#rowHeight > box.scrollTop + box.clientHeight)
      box.scrollTop = top + this.#rowHeight - box.clientHeight;
    this.#scrollTop = box.scrollTop;
  }

  #onScroll = (event: Event): void => {
    if (this.#rows.length <= WINDOW_FROM) return;
    this.#scrollTop = (event.currentTarget as HTMLElement).scrollTop;
    const [start, end] = this.#range(this.#rows.length);
    if (start !== this.#drawn[0] || end !== this.#drawn[1]) this.requestUpdate();
  };

  protected override updated(): void {
    if (this.#rows.length > WINDOW_FROM) this.#measure();
    if (!this.#focusAfterUpdate) return;
    this.#focusAfterUpdate = false;
    this.renderRoot
      .querySelector<HTMLButtonElement>(`.pick[data-index="${this.#active}"]`)
      ?.focus();
  }

  /** Takes the row height and the box's height from the rows drawn; redraws when they changed. */
  #measure(): void {
    const box = this.renderRoot.querySelector<HTMLElement>('.scroll');
    const row = this.renderRoot.querySelector('tbody tr:not(.spacer)');
    if (!box || !row) return;
    const height = row.getBoundingClientRect().height;
    const view = box.clientHeight || this.#viewHeight;
    if (height > 0 && (Math.abs(height - this.#rowHeight) > 0.5 || view !== this.#viewHeight)) {
      this.#rowHeight = height;
      this.#viewHeight = view;
      this.requestUpdate();
    }
  }
}
