import { html, nothing, svg, type PropertyDeclarations, type TemplateResult } from 'lit';
import { workload, type UnitWorkload } from '@remit/core/metrics/plain';
import type { Incidence } from '@remit/core/model';
import { ResizeController } from '../controllers/resize-controller.js';
import { RowKeysController } from '../controllers/row-keys-controller.js';
import { TableAfterPicture } from '../controllers/table-after-picture.js';
import { readTheme } from '../controllers/theme-controller.js';
import { dataTable } from '../shared/data-table.js';
import { describePlan } from '../shared/describe-plan.js';
import type { LegendEntry } from '../shared/export-svg.js';
import { collatorFor, formatNumber } from '../shared/format.js';
import { localize } from '../shared/lang.js';
import { lastCall } from '../shared/last-call.js';
import { linkState } from '../shared/link-state.js';
import { RemitElement } from '../shared/remit-element.js';
import { rowChartStyles } from '../shared/row-chart-styles.js';
import { categoryClass, categoryStyles } from '../shared/category.js';
import { textSize } from '../shared/text-size.js';
import {
  workloadLayout,
  type WorkloadBar,
  type WorkloadBreakdown,
  type WorkloadLayout,
  type WorkloadSort,
} from './workload.layout.js';
import { legendSections, workloadLegend, type LegendKey } from './workload.legend.js';
import { workloadMessages } from './workload.messages.js';
import { workloadStyles } from './workload.styles.js';

/**
 * `<remit-workload>`: units ranked by workload, one bar per unit split into
 * written lead, inferred lead and member items (or, with
 * `breakdown="section"`, into the plan's sections; with `breakdown="part"`, into
 * its top-level sections: the plans of a combined plan).
 *
 * Click a bar or press Enter/Space on it to select the unit (linked with other
 * elements on the same `<remit-data>`); arrow keys, Home, End, PageUp/PageDown
 * move between bars; Escape clears. When an item is selected elsewhere, the
 * units on it stay bright and the others dim.
 *
 * @attr breakdown - `role` (default), `section` or `part` (top-level sections)
 * @attr sort - `workload` (default: most items first), `name` (Chinese collation) or `plan`
 * @attr limit - show at most this many units
 * @attr height - px the chart fills: rows grow to share it, bars up to twice
 *   as thick; default: rows of the usual height
 * @csspart figure - the chart with its legend
 * @csspart legend - the legend list
 * @csspart chart - the `<svg>`
 * @csspart note - the "N more units" note
 * @cssprop --remit-lead - written lead segments
 * @cssprop --remit-inferred-lead - inferred lead segments
 * @cssprop --remit-member - member segments
 * @cssprop --remit-category-1 - section colours with `breakdown="section"` (… up to --remit-category-8, cycling)
 */
export class RemitWorkload extends RemitElement {
  static override styles = [RemitElement.styles, categoryStyles, rowChartStyles, workloadStyles];

  static override properties: PropertyDeclarations = {
    ...RemitElement.properties,
    breakdown: { type: String, reflect: true },
    sort: { type: String, reflect: true },
    limit: { type: Number, reflect: true },
    chartHeight: { type: Number, attribute: 'height' },
  };

  declare breakdown: WorkloadBreakdown | 'part';
  declare sort: WorkloadSort;
  declare limit: number | undefined;
  declare chartHeight: number | undefined;

  #size = new ResizeController(this);
  /** The data table of the plan shown, drawn after the picture. */
  #table = new TableAfterPicture(this, () =>
    this.planSource.state === 'ready' ? this.planSource.incidence : undefined,
  );
  #rows = lastCall((inc: Incidence, level: 'item' | 'top') =>
    workload(inc, level === 'top' ? { sectionLevel: 'top' } : {}),
  );
  #layout: WorkloadLayout | undefined;
  #keys = new RowKeysController(this, {
    count: () => this.#layout?.bars.length ?? 0,
    pick: (i) => this.#pick(i),
  });

  constructor() {
    super();
    this.breakdown = 'role';
    this.sort = 'workload';
  }

  protected defaultLabel(): string {
    return localize(workloadMessages, this.language.lang).title;
  }

  protected override exportDescription(): string | undefined {
    const inc = this.planSource.incidence;
    return inc ? describePlan(inc, this.language.lang) : undefined;
  }

  protected override legend(): LegendEntry[] {
    const colors = readTheme(this);
    return this.#legendKeys().map((k) => ({
      label: k.label,
      color:
        k.category === undefined
          ? colors[k.color]
          : colors.categories[k.category % colors.categories.length]!,
    }));
  }

  protected renderReady(inc: Incidence): TemplateResult {
    const lang = this.language.lang;
    const w = localize(workloadMessages, lang);
    const fontSize = textSize(this);
    const layout = workloadLayout(this.#rowsOf(inc), {
      width: this.#size.width || 640,
      fontSize,
      breakdown: this.#bySection() ? 'section' : 'role',
      sections: legendSections(inc, this.breakdown).map((s) => s.id),
      sort: this.sort === 'name' || this.sort === 'plan' ? this.sort : 'workload',
      compare: collatorFor(lang).compare,
      limit: this.limit,
      height: this.chartHeight,
    });
    this.#layout = layout;
    this.#keys.clamp(layout.bars.length);
    const name = this.accessibleName;
    return html`<div part="figure" role="figure" aria-label=${name} aria-describedby="summary">
        ${this.#renderLegend()}
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
          <g class="grid" aria-hidden="true">
            ${layout.ticks.map(
              (t) => svg`<line x1=${t.x} x2=${t.x} y1="18" y2=${layout.height}></line>
                <text x=${t.x} y="12" text-anchor="middle">${formatNumber(lang, t.value)}</text>`,
            )}
          </g>
          ${layout.bars.map((bar, i) => this.#renderBar(bar, i, layout))}
        </svg>
        ${
          layout.hidden ? html`<p part="note" class="note">${w.hidden(layout.hidden)}</p>` : nothing
        }
      </div>
      <p id="summary" class="visually-hidden">${describePlan(inc, lang)}</p>
      ${this.#table.mayDraw(inc) ? this.#renderTable(layout, name) : nothing}`;
  }

  #renderTable(layout: WorkloadLayout, name: string): TemplateResult {
    const lang = this.language.lang;
    const m = this.language.messages;
    return dataTable({
      caption: name,
      columns: [
        { label: m.headers.unit },
        { label: m.itemCount, numeric: true },
        { label: m.headers.lead, numeric: true },
        { label: m.headers.inferredLead, numeric: true },
        { label: m.headers.member, numeric: true },
      ],
      rows: layout.bars.map((b) => [
        b.name,
        formatNumber(lang, b.items),
        formatNumber(lang, b.lead),
        formatNumber(lang, b.inferredLead),
        formatNumber(lang, b.member),
      ]),
    });
  }

  /** Resolves when the data table of the plan shown is drawn: it follows the picture. */
  protected override drawComplete(): Promise<void> {
    return this.#table.complete();
  }

  #renderBar(bar: WorkloadBar, i: number, layout: WorkloadLayout): TemplateResult {
    const m = this.language.messages;
    const state = this.#rowState(bar.unit);
    const mid = layout.rowHeight / 2;
    const top = (layout.rowHeight - layout.barHeight) / 2;
    const sectionIndex = this.#sectionIndex();
    // The focusable mark holds no text, so its accessible name (the full name
    // and load) never conflicts with a visible label that may be shortened.
    return svg`<g
      class="row ${state}"
      data-unit=${bar.unit}
      data-index=${i}
      data-items=${bar.items}
      transform="translate(0,${bar.y})"
      @click=${() => this.#pick(i)}
      @pointermove=${(e: PointerEvent) => this.#onPointer(e, bar)}
    >
      <g
        class="mark"
        role="button"
        tabindex=${i === this.#keys.active ? 0 : -1}
        aria-pressed=${state.includes('selected') ? 'true' : 'false'}
        aria-label=${m.named(bar.name, this.#load(bar))}
        @focus=${(e: FocusEvent) => this.#onFocus(e, i)}
        @blur=${this.#onLeave}
      >
        <rect class="hit" x="0" y="1" width=${layout.width} height=${layout.rowHeight - 2} rx="3"></rect>
        ${bar.segments.map(
          (s) => svg`<rect
            class="seg ${this.#bySection() ? `section ${categoryClass(sectionIndex.get(s.key) ?? 0)}` : s.key}"
            data-key=${s.key}
            data-value=${s.value}
            x=${s.x}
            y=${top}
            width=${s.width}
            height=${layout.barHeight}
          ></rect>`,
        )}
      </g>
      <text class="label" aria-hidden="true" x=${layout.labelWidth} y=${mid} text-anchor="end" dominant-baseline="central">${bar.label}</text>
      <text class="value" aria-hidden="true" x=${bar.end + 4} y=${mid} dominant-baseline="central">${formatNumber(this.language.lang, bar.items)}</text>
    </g>`;
  }

  #renderLegend(): TemplateResult {
    return html`<ul part="legend" class="legend">
      ${this.#legendKeys().map(
        (k) =>
          html`<li>
            <span
              class="swatch ${k.category === undefined ? k.key : categoryClass(k.category)}"
            ></span
            >${k.label}
          </li>`,
      )}
    </ul>`;
  }

  #legendKeys(): LegendKey[] {
    const inc = this.planSource.incidence;
    if (!inc) return [];
    return workloadLegend(inc, this.#rowsOf(inc), this.breakdown, this.language.lang);
  }

  /** True when bars are split by section (`section`) or by top-level section (`part`). */
  #bySection(): boolean {
    return this.breakdown === 'section' || this.breakdown === 'part';
  }

  /** The units' workload, by top-level section with `breakdown="part"`. */
  #rowsOf(inc: Incidence): UnitWorkload[] {
    return this.#rows(inc, this.breakdown === 'part' ? 'top' : 'item');
  }

  #sectionIndex(): Map<string, number> {
    const inc = this.planSource.incidence;
    const map = new Map<string, number>();
    if (inc) legendSections(inc, this.breakdown).forEach((s, i) => map.set(s.id, i));
    map.set('', map.size);
    return map;
  }

  #rowState(unit: string): string {
    const inc = this.planSource.incidence!;
    return linkState(inc, this.selection.selection, this.selection.hovered, 'unit', unit);
  }

  #pick(i: number): void {
    const bar = this.#layout?.bars[i];
    if (!bar) return;
    this.#keys.active = i;
    this.selection.toggle({ kind: 'unit', id: bar.unit });
  }

  #onFocus(event: FocusEvent, i: number): void {
    const bar = this.#layout?.bars[i];
    if (!bar) return;
    this.#keys.active = i;
    this.selection.hover({ kind: 'unit', id: bar.unit });
    this.tooltip.showAtElement(event.target as Element, this.#tooltipLines(bar));
  }

  #onPointer(event: PointerEvent, bar: WorkloadBar): void {
    this.selection.hover({ kind: 'unit', id: bar.unit });
    this.tooltip.showAtPointer(event, this.#tooltipLines(bar));
  }

  #onLeave = (): void => {
    this.selection.hover(null);
    this.tooltip.hide();
  };

  #tooltipLines(bar: WorkloadBar): string[] {
    return [bar.name, this.#load(bar)];
  }

  #load(bar: WorkloadBar): string {
    const m = this.language.messages;
    return m.unitLoad(bar.items, bar.lead + bar.inferredLead, bar.inferredLead, bar.member);
  }
}
