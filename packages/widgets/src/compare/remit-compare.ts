import { html, nothing, svg, type PropertyDeclarations, type TemplateResult } from 'lit';
import {
  comparePlans,
  ITEM_MATCH_KINDS,
  type ItemMatchKind,
  type PlanComparison,
} from '@remit/core/compare';
import type { Incidence, Plan } from '@remit/core/model';
import { PlanSourceController } from '../controllers/plan-source-controller.js';
import { ResizeController } from '../controllers/resize-controller.js';
import { RowKeysController } from '../controllers/row-keys-controller.js';
import { readTheme } from '../controllers/theme-controller.js';
import { categoryClass, categoryStyles } from '../shared/category.js';
import { dataTable } from '../shared/data-table.js';
import { describeLoadError } from '../shared/describe-load-error.js';
import type { LegendEntry } from '../shared/export-svg.js';
import { formatNumber } from '../shared/format.js';
import { localize } from '../shared/lang.js';
import { lastCall } from '../shared/last-call.js';
import { linkState } from '../shared/link-state.js';
import { RemitElement } from '../shared/remit-element.js';
import { rowChartStyles } from '../shared/row-chart-styles.js';
import { textSize } from '../shared/text-size.js';
import { compareLayout, type CompareLayout, type CompareUnitRow } from './compare.layout.js';
import { compareMessages, type CompareMessages } from './compare.messages.js';
import { compareStyles } from './compare.styles.js';

/**
 * The category colour of each kind of item match: unchanged items grey, the
 * others in hues apart from each other and from the role colours.
 */
export const ITEM_KIND_CATEGORY: Record<ItemMatchKind, number> = {
  same: 7,
  reworded: 4,
  split: 0,
  merged: 5,
  new: 1,
  dropped: 2,
};

/**
 * `<remit-compare>`: a plan against its earlier version (last year's, or the
 * draft). Above, the item flow: per section, how many items stayed the same,
 * were reworded, split, merged, added or dropped. Below, every unit as a
 * dumbbell (hollow dot: items before; filled dot: items after), the largest
 * change first, with its items and written leads before and after.
 *
 * The later plan comes as for every element (`data`, `source`, `src`) and
 * holds the linked selection: choosing a unit here selects it in the heatmap
 * and the other elements on the same `<remit-data>`. The earlier plan comes
 * the same three ways (`earlier`, `earlier-source`, `earlier-src`). Items are
 * matched by their text and units by name with core's `comparePlans`; a
 * comparison made elsewhere (`remit compare --format json`, with a unit
 * directory) can be given as `comparison` instead.
 *
 * An add-on: `import '@remit/widgets/compare'`, or the full bundle
 * `remit-widgets.full.js`; the standard bundle leaves it out (decision 10).
 *
 * Keyboard: Tab reaches the units; arrow keys, Home, End, PageUp/PageDown move
 * between them; Enter or Space selects; Escape clears.
 *
 * @attr earlier-src - URL of the earlier plan (.json, .csv or .txt)
 * @attr earlier-source - id of a `<remit-data>` holding the earlier plan
 * @attr threshold - the similarity (0–1) from which two items are one reworded item (default 0.5)
 * @attr limit - show at most this many units (largest change first)
 * @csspart figure - the chart with its legend
 * @csspart legend - the legend list
 * @csspart chart - the `<svg>`
 * @csspart note - the "N more units" note
 * @cssprop --remit-category-1 - item-flow colours (split, new, dropped, reworded, merged use categories 1, 2, 3, 5, 6; unchanged uses 8)
 */
export class RemitCompare extends RemitElement {
  static override styles = [RemitElement.styles, categoryStyles, rowChartStyles, compareStyles];

  static override properties: PropertyDeclarations = {
    ...RemitElement.properties,
    earlier: { attribute: false },
    earlierSrc: { type: String, attribute: 'earlier-src', reflect: true },
    earlierSource: { type: String, attribute: 'earlier-source', reflect: true },
    comparison: { attribute: false },
    threshold: { type: Number, reflect: true },
    limit: { type: Number, reflect: true },
  };

  /** The earlier Plan object; wins over `earlierSource` and `earlierSrc`. */
  declare earlier: unknown;
  declare earlierSrc: string | null | undefined;
  declare earlierSource: string | null | undefined;
  /** A comparison made elsewhere (`comparePlans`); when set, the earlier plan only names sections. */
  declare comparison: PlanComparison | null | undefined;
  declare threshold: number | undefined;
  declare limit: number | undefined;

  #earlier = new PlanSourceController(this, () => ({
    data: this.earlier,
    source: this.earlierSource,
    src: this.earlierSrc,
  }));
  #size = new ResizeController(this);
  #compare = lastCall((before: Plan, after: Plan, threshold: number | undefined) =>
    comparePlans(
      before,
      after,
      threshold !== undefined && threshold > 0 && threshold <= 1 ? { threshold } : {},
    ),
  );
  #layout: CompareLayout | undefined;
  #keys = new RowKeysController(this, {
    count: () => this.#layout?.rows.length ?? 0,
    pick: (i) => this.#pick(i),
  });

  protected defaultLabel(): string {
    return this.#words().title;
  }

  #words(): CompareMessages {
    return localize(compareMessages, this.language.lang);
  }

  /** The comparison shown: the one given, else the two plans compared (once per pair). */
  #comparison(after: Plan): PlanComparison | undefined {
    if (this.comparison) return this.comparison;
    const before = this.#earlierPlan();
    return before ? this.#compare(before, after, this.threshold) : undefined;
  }

  /** The earlier plan once read; an empty one counts (every item is then new). */
  #earlierPlan(): Plan | undefined {
    const state = this.#earlier.state;
    return state === 'ready' || state === 'empty' ? this.#earlier.plan : undefined;
  }

  protected override exportDescription(): string | undefined {
    const plan = this.planSource.plan;
    const c = plan && this.#comparison(plan);
    return c
      ? this.#words().summary(c.summary.items, c.summary.unitsChanged, c.summary.units)
      : undefined;
  }

  protected override legend(): LegendEntry[] {
    const colors = readTheme(this);
    const w = this.#words();
    return ITEM_MATCH_KINDS.map((kind) => ({
      label: w.itemKind[kind],
      color: colors.categories[ITEM_KIND_CATEGORY[kind] % colors.categories.length]!,
    }));
  }

  protected override async drawComplete(): Promise<void> {
    await this.#earlier.store.settled;
    await this.updateComplete;
  }

  protected renderReady(inc: Incidence): TemplateResult {
    const w = this.#words();
    const comparison = this.#comparison(inc.plan);
    if (!comparison) return this.#renderWaiting(w);
    const lang = this.language.lang;
    const m = this.language.messages;
    const fontSize = textSize(this);
    const before = this.#earlierPlan();
    const layout = compareLayout(comparison, {
      width: this.#size.width || 640,
      fontSize,
      limit: this.limit,
      ...(before ? { before } : {}),
      after: inc.plan,
      valueText: (r) =>
        r.leadBefore !== r.leadAfter
          ? `${w.figures(r.before, r.after)} · ${w.leads(r.leadBefore, r.leadAfter)}`
          : w.figures(r.before, r.after),
    });
    this.#layout = layout;
    this.#keys.clamp(layout.rows.length);
    const name = this.accessibleName;
    const summary = w.summary(
      comparison.summary.items,
      comparison.summary.unitsChanged,
      comparison.summary.units,
    );
    const mid = layout.rowHeight / 2;
    return html`<div part="figure" role="figure" aria-label=${name} aria-describedby="summary">
        ${this.#renderLegend(w)}
        <svg
          part="chart"
          role="group"
          aria-label=${name}
          width=${layout.width}
          height=${layout.height}
          viewBox="0 0 ${layout.width} ${layout.height}"
          @keydown=${this.#keys.onKeydown}
          @pointerleave=${this.#onLeave}
        >
          <g class="headings" aria-hidden="true">
            ${layout.headings.flow !== undefined ? svg`<text class="heading" x="0" y=${layout.headings.flow}>${w.flowTitle}</text>` : nothing}
            <text class="heading" x="0" y=${layout.headings.units}>${w.unitsTitle}</text>
          </g>
          <g class="flow" aria-hidden="true">
            ${layout.flow.map(
              (
                row,
              ) => svg`<g class="flow-row" data-section=${row.section} data-total=${row.total} transform="translate(0,${row.y})">
                <text class="label" x=${layout.labelWidth} y=${mid} text-anchor="end" dominant-baseline="central">${row.section ? row.label : w.noSection}</text>
                ${row.segments.map(
                  (
                    s,
                  ) => svg`<rect class="flow-seg ${s.kind} ${categoryClass(ITEM_KIND_CATEGORY[s.kind])}"
                    data-kind=${s.kind} data-value=${s.count}
                    x=${s.x} y=${(layout.rowHeight - layout.barHeight) / 2} width=${s.width} height=${layout.barHeight}></rect>`,
                )}
                <text class="value" x=${barEnd(row.segments, layout.x0) + 4} y=${mid} dominant-baseline="central">${formatNumber(lang, row.total)}</text>
              </g>`,
            )}
          </g>
          <g class="grid" aria-hidden="true" transform="translate(0,${layout.unitsTop})">
            ${layout.ticks.map(
              (
                t,
              ) => svg`<line x1=${t.x} x2=${t.x} y1="18" y2=${layout.height - layout.unitsTop}></line>
                <text x=${t.x} y="12" text-anchor="middle">${formatNumber(lang, t.value)}</text>`,
            )}
          </g>
          ${layout.rows.map((row, i) => this.#renderRow(row, i, layout))}
        </svg>
        ${layout.hidden ? html`<p part="note" class="note">${w.hidden(layout.hidden)}</p>` : nothing}
      </div>
      <p id="summary" class="visually-hidden">${summary}</p>
      ${dataTable({
        caption: `${name}：${w.unitsTitle}`,
        columns: [
          { label: m.headers.unit },
          { label: w.headers.match },
          { label: w.headers.itemsBefore, numeric: true },
          { label: w.headers.itemsAfter, numeric: true },
          { label: w.headers.change, numeric: true },
          { label: w.headers.leadBefore, numeric: true },
          { label: w.headers.leadAfter, numeric: true },
        ],
        rows: layout.rows.map((r) => [
          r.name,
          w.unitKind[r.kind],
          r.before === undefined ? '–' : formatNumber(lang, r.before),
          r.after === undefined ? '–' : formatNumber(lang, r.after),
          formatNumber(lang, r.change),
          formatNumber(lang, r.leadBefore),
          formatNumber(lang, r.leadAfter),
        ]),
      })}
      ${dataTable({
        caption: `${name}：${w.flowTitle}`,
        columns: [
          { label: w.headers.section },
          ...ITEM_MATCH_KINDS.map((k) => ({
            label: w.itemKind[k],
            numeric: true,
          })),
        ],
        rows: layout.flow.map((r) => [
          r.section || w.noSection,
          ...ITEM_MATCH_KINDS.map((k) => formatNumber(lang, r.counts[k])),
        ]),
      })}`;
  }

  #renderWaiting(w: CompareMessages): TemplateResult {
    const state = this.#earlier.state;
    if (state === 'error') {
      const error = this.#earlier.store.error;
      const detail = error ? describeLoadError(error, this.language.messages) : '';
      return html`<div part="state" class="state error" role="alert" data-state="before-error">
        ${w.beforeFailed(detail)}
      </div>`;
    }
    const text = state === 'loading' ? w.loadingBefore : w.noBefore;
    return html`<div part="state" class="state" role="status" data-state="before-${state}">
      ${text}
    </div>`;
  }

  #renderRow(row: CompareUnitRow, i: number, layout: CompareLayout): TemplateResult {
    const mid = layout.rowHeight / 2;
    const state = row.unit ? this.#rowState(row.unit) : 'absent';
    const r = Math.max(3, Math.round(layout.barHeight * 0.32));
    const direction = row.change > 0 ? 'gain' : row.change < 0 ? 'loss' : 'even';
    return svg`<g
      class="row ${row.kind} ${direction} ${state}"
      data-unit=${row.unit ?? ''}
      data-index=${i}
      data-before=${row.before ?? ''}
      data-after=${row.after ?? ''}
      data-change=${row.change}
      transform="translate(0,${row.y})"
      @click=${() => this.#pick(i)}
      @pointermove=${(e: PointerEvent) => this.#onPointer(e, row)}
    >
      <g
        class="mark"
        role="button"
        tabindex=${i === this.#keys.active ? 0 : -1}
        aria-pressed=${state.includes('selected') ? 'true' : 'false'}
        aria-disabled=${row.unit ? 'false' : 'true'}
        aria-label=${this.language.messages.named(row.name, this.#tooltipLines(row).slice(1).join('；'))}
        @focus=${(e: FocusEvent) => this.#onFocus(e, i)}
        @blur=${this.#onLeave}
      >
        <rect class="hit" x="0" y="1" width=${layout.width} height=${layout.rowHeight - 2} rx="3"></rect>
        ${
          row.xBefore !== undefined && row.xAfter !== undefined
            ? svg`<line class="span" x1=${row.xBefore} x2=${row.xAfter} y1=${mid} y2=${mid}></line>`
            : nothing
        }
        ${row.xBefore !== undefined ? svg`<circle class="dot before" cx=${row.xBefore} cy=${mid} r=${r}></circle>` : nothing}
        ${row.xAfter !== undefined ? svg`<circle class="dot after" cx=${row.xAfter} cy=${mid} r=${r}></circle>` : nothing}
      </g>
      <text class="label" aria-hidden="true" x=${layout.labelWidth} y=${mid} text-anchor="end" dominant-baseline="central">${row.label}</text>
      <text class="value" aria-hidden="true" x=${row.end} y=${mid} dominant-baseline="central">${row.value}</text>
    </g>`;
  }

  #renderLegend(w: CompareMessages): TemplateResult {
    return html`<ul part="legend" class="legend">
      ${ITEM_MATCH_KINDS.map(
        (kind) =>
          html`<li>
            <span class="swatch ${categoryClass(ITEM_KIND_CATEGORY[kind])}"></span
            >${w.itemKind[kind]}
          </li>`,
      )}
      <li><span class="dot-key before"></span>${w.before}</li>
      <li><span class="dot-key after"></span>${w.after}</li>
    </ul>`;
  }

  #tooltipLines(row: CompareUnitRow): string[] {
    const w = this.#words();
    const lines = [row.name, `${w.unitKind[row.kind]}：${w.figures(row.before, row.after)}`];
    if (row.leadBefore > 0 || row.leadAfter > 0) lines.push(w.leads(row.leadBefore, row.leadAfter));
    return lines;
  }

  #rowState(unit: string): string {
    const inc = this.planSource.incidence!;
    return linkState(inc, this.selection.selection, this.selection.hovered, 'unit', unit);
  }

  #pick(i: number): void {
    const row = this.#layout?.rows[i];
    if (!row) return;
    this.#keys.active = i;
    if (row.unit) this.selection.toggle({ kind: 'unit', id: row.unit });
    else this.requestUpdate();
  }

  #onFocus(event: FocusEvent, i: number): void {
    const row = this.#layout?.rows[i];
    if (!row) return;
    this.#keys.active = i;
    if (row.unit) this.selection.hover({ kind: 'unit', id: row.unit });
    this.tooltip.showAtElement(event.target as Element, this.#tooltipLines(row));
  }

  #onPointer(event: PointerEvent, row: CompareUnitRow): void {
    if (row.unit) this.selection.hover({ kind: 'unit', id: row.unit });
    this.tooltip.showAtPointer(event, this.#tooltipLines(row));
  }

  #onLeave = (): void => {
    this.selection.hover(null);
    this.tooltip.hide();
  };
}

/** Where a row's stacked bar ends: its last segment's right edge, or `x0` for an empty row. */
function barEnd(segments: readonly { x: number; width: number }[], x0: number): number {
  const last = segments[segments.length - 1];
  return last ? last.x + last.width : x0;
}
