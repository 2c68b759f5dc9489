import {
  html,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { guard } from 'lit/directives/guard.js';
import { keyed } from 'lit/directives/keyed.js';
import type { Incidence } from '@remit/core/model';
import { readTheme, ThemeController } from '../controllers/theme-controller.js';
import { TableAfterPicture } from '../controllers/table-after-picture.js';
import { ResizeController } from '../controllers/resize-controller.js';
import { dataTable } from '../shared/data-table.js';
import { explainButton } from '../shared/explain-button.js';
import { svgToPng } from '../shared/export-png.js';
import { RemitElement } from '../shared/remit-element.js';
import { styleProps } from '../shared/style-props.js';
import { NO_EMPHASIS, paintHeatmap, type HeatmapEmphasis } from './heatmap.canvas.js';
import { markLabel, markLines, markSelection } from './heatmap.describe.js';
import { heatmapFontSize } from './heatmap.font-size.js';
import { heatmapLayout, type HeatmapLayoutOptions } from './heatmap.layout.js';
import { heatmapLegendEntries } from './heatmap.legend-entries.js';
import { heatmapLegend } from './heatmap.legend.js';
import { heatmapHit, markRect, sameMark, type HeatmapMark } from './heatmap.mark.js';
import { heatmapMessages } from './heatmap.messages.js';
import { type HeatmapColor, type HeatmapLayout } from './heatmap.model.js';
import { firstMark, heatmapNavigate } from './heatmap.navigate.js';
import { HEATMAP_SORTS, heatmapOrder, type HeatmapSort } from './heatmap.order.js';
import { paletteFrom, type HeatmapPalette } from './heatmap.palette.js';
import { applyRampFallback } from './heatmap.ramp-fallback.js';
import { heatmapPanes } from './heatmap.panes.js';
import { heatmapStyles } from './heatmap.styles.js';
import { heatmapSummary } from './heatmap.summary.js';
import { heatmapScene, type HeatmapScene } from './heatmap.scene.js';
import { heatmapSVG } from './heatmap.svg.js';
import { heatmapTable } from './heatmap.table.js';

/** How the heatmap draws: SVG, Canvas, or chosen by size (`auto`). */
export type HeatmapRenderer = 'auto' | 'svg' | 'canvas';

/** Label lengths in em: short in boxes under 480 px, long from 800 px. */
type LabelFit = 'narrow' | 'normal' | 'wide';
const LABEL_EM: Record<LabelFit, { row: number; column: number }> = {
  narrow: { row: 8, column: 7 },
  normal: { row: 13, column: 10 },
  wide: { row: 20, column: 12 },
};
/** The longest item titles shown in full in a wide box, in em. */
const MAX_ROW_LABEL_EM = 48;

/**
 * The room, in em of the chart font, a box of `width` px leaves beside the
 * matrix (a cell per unit), the item bars (about three cells) and the padding.
 */
function spareEm(inc: Incidence, width: number, cell: number, fontSize: number): number {
  return Math.floor((width - (inc.units.length + 3) * cell - 4 * fontSize) / fontSize);
}

/** The size of a box inside its border and scrollbars. */
function viewSize(box: HTMLElement): string {
  return `${box.clientWidth}×${box.clientHeight}`;
}

/** The cell size without a `cell-size` attribute, at a 12px chart font; it grows with the font. */
const DEFAULT_CELL = { svg: 20, canvas: 16 };
const NAV_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End']);
/** Above this many px in either direction, a PNG export is scaled down (browser canvas limits). */
const PNG_MAX_SIDE = 16384;
const PNG_MAX_AREA = 40e6;

/**
 * `<remit-heatmap>`: a plan's responsibility matrix. Items are rows under a
 * heading per section, units are columns; a cell marks each unit on each item,
 * coloured by role (lead, inferred lead — also hatched —, member — also
 * smaller) or by a metric. Bars show each unit's items above its column and
 * each item's units beside its row.
 *
 * Small plans draw as SVG; plans with more than `canvas-threshold`
 * assignments draw on a canvas that paints only the visible window. Both
 * scroll inside the element with the names pinned (sticky headers) and share
 * hit testing, keyboard, tooltip and selection, which all work from the pure
 * layout (`heatmapLayout`).
 *
 * Keyboard: Tab reaches the matrix; arrows move between cells with an
 * assignment and out to the row and column headers; Home / End go along the
 * row; Enter or Space selects the unit (on a cell or column header) or the item
 * (on a row header); Escape clears the selection.
 *
 * ```html
 * <remit-heatmap src="/plans/xuhui-2020.json" sort="seriation" toolbar></remit-heatmap>
 * ```
 *
 * @attr sort - `document` (default), `workload` or `seriation`
 * @attr color - `role` (default), `workload` (the unit's items) or `units` (the item's units)
 * @attr group - `section` (default: rows under section headings), `part` (under top-level
 *   sections: the parts of a plan, the plans of a combined plan) or `none`
 * @attr cell-size - px per cell (default 20 for SVG, 16 for Canvas, at the default font size;
 *   larger with a larger `--remit-font-size`). Names get smaller in cells too narrow for them.
 * @attr renderer - `auto` (default), `svg` or `canvas`
 * @attr canvas-threshold - assignments above which `auto` draws on a canvas (default 1000)
 * @cssproperty --remit-font-size - base text size (default 13px); unit and item names, headings
 *   and figures are drawn at 12/13 of it (capped at 32px), cells grow with it
 * @cssproperty --remit-heatmap-max-height - the height the matrix scrolls within (default 640px)
 * @fires remit-explain - `detail: { term }` from the "?" beside a role in the legend (`lead`,
 *   `inferred-lead`)
 * @csspart legend - the legend list
 * @csspart summary - the text summary
 * @csspart viewport - the scrolling box around the matrix
 * @csspart canvas - the canvas, in Canvas mode
 * @csspart corner - the empty top-left pane, in SVG mode
 * @csspart colhead - the unit names and workload bars, in SVG mode
 * @csspart rowhead - the section headings and item labels, in SVG mode
 * @csspart body - the cells and unit-count bars, in SVG mode
 * @csspart focus - the keyboard focus ring over the current mark
 */
export class RemitHeatmap extends RemitElement {
  static override styles = [RemitElement.styles, heatmapStyles];

  static override properties: PropertyDeclarations = {
    ...RemitElement.properties,
    sort: { type: String, reflect: true },
    color: { type: String, reflect: true },
    group: { type: String, reflect: true },
    cellSize: { type: Number, attribute: 'cell-size' },
    renderer: { type: String, reflect: true },
    canvasThreshold: { type: Number, attribute: 'canvas-threshold' },
  };

  declare sort: HeatmapSort;
  declare color: HeatmapColor;
  declare group: 'section' | 'part' | 'none';
  declare cellSize: number | undefined;
  declare renderer: HeatmapRenderer;
  declare canvasThreshold: number;

  #size = new ResizeController(this);
  #theme = new ThemeController(this);
  #layout: HeatmapLayout | undefined;
  #layoutKey: readonly unknown[] = [];
  #scene: HeatmapScene | undefined;
  #sceneKey: readonly unknown[] = [];
  #order: { inc: Incidence; sort: HeatmapSort; order: ReturnType<typeof heatmapOrder> } | undefined;
  #rowOf = new Map<string, number>();
  #columnOf = new Map<string, number>();
  #active: HeatmapMark | null = null;
  #pointer: HeatmapMark | null = null;
  #focused = false;
  #scroll = { left: 0, top: 0 };
  #frame: number | undefined;
  #observer: ResizeObserver | undefined;
  /** The size of the viewport the canvas was painted for (`viewSize`). */
  #painted = '';
  /** The data table of the plan shown, drawn after the picture. */
  #table = new TableAfterPicture(this, () =>
    this.planSource.state === 'ready' ? this.planSource.incidence : undefined,
  );

  constructor() {
    super();
    this.sort = 'document';
    this.color = 'role';
    this.group = 'section';
    this.renderer = 'auto';
    this.canvasThreshold = 1000;
  }

  /** The render model in use (after the first update with a plan), for tests and custom drawing. */
  get layout(): HeatmapLayout | undefined {
    return this.planSource.state === 'ready' ? this.#layout : undefined;
  }

  /** `svg` or `canvas`: how the current plan is drawn. */
  get mode(): 'svg' | 'canvas' {
    const inc = this.planSource.incidence;
    if (this.renderer === 'svg' || this.renderer === 'canvas') return this.renderer;
    const threshold = Number.isFinite(this.canvasThreshold) ? this.canvasThreshold : 1000;
    return (inc?.assignments.length ?? 0) > threshold ? 'canvas' : 'svg';
  }

  protected override defaultLabel(): string {
    const name = heatmapMessages[this.language.lang].name;
    const title = this.planSource.plan?.meta?.title;
    if (!title) return name;
    return this.language.lang === 'zh-CN' ? `${title}：${name}` : `${title}: ${name}`;
  }

  protected override exportDescription(): string | undefined {
    const inc = this.planSource.incidence;
    return inc && this.#layout ? heatmapSummary(inc, this.#layout, this.language.lang) : undefined;
  }

  protected override renderReady(inc: Incidence): TemplateResult {
    const layout = this.#layoutFor(inc);
    const lang = this.language.lang;
    const m = this.language.messages;
    const canvas = this.mode === 'canvas';
    const { matrix } = layout.regions;
    // Hover and focus re-render often; the summary and the table change only with the layout.
    const summary = guard([layout, lang], () => heatmapSummary(inc, layout, lang));
    const table = this.#table.mayDraw(inc)
      ? guard([layout, lang, this.accessibleName], () =>
          dataTable({
            caption: `${m.dataTable}：${this.accessibleName}`,
            ...heatmapTable(layout, lang),
          }),
        )
      : nothing;
    // the legend reads every cell's role: worked out again only with the layout
    const legend = guard([layout, lang], () =>
      heatmapLegend(heatmapLegendEntries(layout, lang), lang, (term, label) =>
        explainButton(this, term, m.explain(label)),
      ),
    );
    return html`${legend}
      <p part="summary" class="summary" id="summary">${summary}</p>
      <div
        part="viewport"
        class="viewport"
        role="group"
        aria-label=${this.accessibleName}
        aria-describedby="summary"
        ${styleProps({ scrollPaddingTop: `${matrix.y}px`, scrollPaddingLeft: `${matrix.x}px` })}
        @pointermove=${this.#onPointerMove}
        @pointerleave=${this.#onPointerLeave}
        @click=${this.#onClick}
        @scroll=${this.#onScroll}
      >
        <div
          class="content ${canvas ? 'canvas' : 'svg'}"
          ${styleProps({
            width: `${layout.width}px`,
            height: `${layout.height}px`,
            gridTemplateColumns: canvas ? null : `${matrix.x}px ${layout.width - matrix.x}px`,
            gridTemplateRows: canvas ? null : `${matrix.y}px ${layout.height - matrix.y}px`,
          })}
        >
          ${
            canvas
              ? html`<canvas part="canvas" aria-hidden="true"></canvas>`
              : heatmapPanes(
                  layout,
                  this.#sceneFor(layout, paletteFrom(this.#theme.colors())),
                  this.#emphasis(layout),
                  'hatch',
                )
          }
          ${this.#renderFocus(layout)}
        </div>
      </div>
      <p id="keys" class="visually-hidden">${heatmapMessages[lang].keys}</p>
      <div class="table-alternative">${table}</div>`;
  }

  #renderFocus(layout: HeatmapLayout): unknown {
    const mark = this.#current(layout);
    if (!mark) return nothing;
    const r = markRect(layout, mark);
    const x = mark.kind === 'row' ? r.x + this.#scroll.left : r.x;
    const y = mark.kind === 'column' ? r.y + this.#scroll.top : r.y;
    const s = markSelection(layout, mark);
    const pressed = this.selection.isSelected(s.kind, s.id);
    return keyed(
      `${mark.kind}:${mark.index}`,
      html`<button
        part="focus"
        class="focus"
        type="button"
        aria-label=${markLabel(layout, mark, this.language.lang)}
        aria-describedby="keys"
        aria-pressed=${pressed ? 'true' : 'false'}
        data-kind=${mark.kind}
        data-index=${mark.index}
        ${styleProps({ left: `${x}px`, top: `${y}px`, width: `${r.w}px`, height: `${r.h}px` })}
        @keydown=${this.#onKeydown}
        @focus=${this.#onFocus}
        @blur=${this.#onBlur}
      ></button>`,
    );
  }

  /** The mark that holds the roving focus: the last one moved to, else the first. */
  #current(layout: HeatmapLayout): HeatmapMark | null {
    const a = this.#active;
    if (a) {
      const count =
        a.kind === 'cell'
          ? layout.grid.count
          : a.kind === 'row'
            ? layout.rows.length
            : layout.columns.length;
      if (a.index < count) return a;
    }
    return firstMark(layout);
  }

  #layoutFor(inc: Incidence): HeatmapLayout {
    const width = this.#size.width;
    const fit: LabelFit = width > 0 && width < 480 ? 'narrow' : width >= 800 ? 'wide' : 'normal';
    const options = this.#options(inc, fit, width);
    const key = [
      inc,
      options.order,
      options.color,
      options.cellSize,
      options.fillWidth,
      options.fontSize,
      fit,
      options.groupBySection,
      options.sectionLevel,
      options.rowLabelEm,
    ];
    if (this.#layout && key.every((v, i) => v === this.#layoutKey[i])) return this.#layout;
    const layout = heatmapLayout(inc, options);
    if (this.#layout && this.#layout.rows.length !== layout.rows.length) this.#active = null;
    this.#layout = layout;
    this.#layoutKey = key;
    this.#rowOf = new Map(layout.rows.map((r, i) => [r.item, i]));
    this.#columnOf = new Map(layout.columns.map((c, i) => [c.unit, i]));
    return layout;
  }

  /**
   * Layout options from the attributes; label lengths follow the width of the
   * box. In a wide box the item titles take the room the matrix leaves, up to
   * `MAX_ROW_LABEL_EM`, so a small matrix is not a stamp beside cut titles,
   * and the columns widen to fill what is left (`fillWidth`).
   */
  #options(inc: Incidence, fit: LabelFit, width = 0): HeatmapLayoutOptions {
    const sort = HEATMAP_SORTS.includes(this.sort) ? this.sort : 'document';
    const color = (['role', 'workload', 'units'] as const).includes(this.color)
      ? this.color
      : 'role';
    const fontSize = heatmapFontSize(this, this.renderRoot.querySelector('.frame'));
    const size =
      this.cellSize && this.cellSize > 0
        ? this.cellSize
        : Math.round((DEFAULT_CELL[this.mode] * fontSize) / 12);
    if (this.#order?.inc !== inc || this.#order.sort !== sort) {
      this.#order = { inc, sort, order: heatmapOrder(inc, sort) };
    }
    const options: HeatmapLayoutOptions = {
      order: this.#order.order,
      color,
      cellSize: size,
      fontSize,
      groupBySection: this.group !== 'none',
      sectionLevel: this.group === 'part' ? 'top' : 'item',
      rowLabelEm:
        fit === 'wide'
          ? Math.max(
              LABEL_EM.wide.row,
              Math.min(MAX_ROW_LABEL_EM, spareEm(inc, width, size, fontSize)),
            )
          : LABEL_EM[fit].row,
      columnLabelEm: LABEL_EM[fit].column,
    };
    if (fit === 'wide') options.fillWidth = width;
    return options;
  }

  #emphasis(layout: HeatmapLayout): HeatmapEmphasis {
    const e = { ...NO_EMPHASIS };
    const sel = this.selection.selection;
    if (sel?.kind === 'item') e.selectedRow = this.#rowOf.get(sel.id) ?? -1;
    if (sel?.kind === 'unit') e.selectedColumn = this.#columnOf.get(sel.id) ?? -1;
    const local = this.#pointer ?? (this.#focused ? this.#current(layout) : null);
    if (local?.kind === 'cell') {
      e.hoveredRow = layout.grid.row[local.index]!;
      e.hoveredColumn = layout.grid.column[local.index]!;
    } else if (local?.kind === 'row') e.hoveredRow = local.index;
    else if (local?.kind === 'column') e.hoveredColumn = local.index;
    else {
      const hover = this.selection.hovered;
      if (hover?.kind === 'item') e.hoveredRow = this.#rowOf.get(hover.id) ?? -1;
      if (hover?.kind === 'unit') e.hoveredColumn = this.#columnOf.get(hover.id) ?? -1;
    }
    return e;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
    this.#observer = undefined;
    if (this.#frame !== undefined) cancelAnimationFrame(this.#frame);
    this.#frame = undefined;
    this.#pointer = null;
    this.#focused = false;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    applyRampFallback(this.renderRoot, () => paletteFrom(this.#theme.colors()));
    const viewport = this.renderRoot.querySelector<HTMLElement>('.viewport');
    if (viewport && this.isConnected && !this.#observer) {
      // Repaint when the box changes size (the canvas covers the visible window); the first
      // report, of the size just painted, needs none.
      this.#observer = new ResizeObserver(() => {
        if (viewSize(viewport) !== this.#painted) this.#schedulePaint();
      });
      this.#observer.observe(viewport);
    }
    this.#paint();
  }

  /** Resolves when the data table of the plan shown is drawn: it follows the picture. */
  protected override drawComplete(): Promise<void> {
    return this.#table.complete();
  }

  /** Paints the canvas now (Canvas mode only); runs after every update and on scroll. */
  #paint(): void {
    if (this.#frame !== undefined) cancelAnimationFrame(this.#frame);
    this.#frame = undefined;
    const layout = this.layout;
    const canvas = this.renderRoot.querySelector<HTMLCanvasElement>('canvas');
    const viewport = this.renderRoot.querySelector<HTMLElement>('.viewport');
    if (!layout || !canvas || !viewport) return;
    // Styles and sizes are read before the canvas is resized, which would make the browser
    // work out the style and layout again.
    const palette = paletteFrom(this.#theme.colors());
    this.#painted = viewSize(viewport);
    const width = Math.max(1, Math.min(viewport.clientWidth || 640, layout.width));
    const height = Math.max(1, Math.min(viewport.clientHeight || 480, layout.height));
    const view = { left: viewport.scrollLeft, top: viewport.scrollTop, width, height };
    const dpr = Math.min(window.devicePixelRatio || 1, 3);
    const w = Math.round(width * dpr);
    const h = Math.round(height * dpr);
    if (canvas.width !== w || canvas.height !== h) {
      canvas.width = w;
      canvas.height = h;
      canvas.style.setProperty('width', `${width}px`);
      canvas.style.setProperty('height', `${height}px`);
      canvas.style.setProperty('margin-bottom', `${-height}px`);
    }
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    const scene = this.#sceneFor(layout, palette);
    paintHeatmap(ctx, layout, scene, view, this.#emphasis(layout), palette.selected);
  }

  /**
   * The scene of the layout in a palette, kept while neither changes: a scroll
   * repaint reuses it (its cells are visited by window, never built).
   */
  #sceneFor(layout: HeatmapLayout, palette: HeatmapPalette): HeatmapScene {
    const key = [layout, this.language.lang, ...Object.values(palette)];
    if (!this.#scene || key.some((v, i) => v !== this.#sceneKey[i])) {
      this.#scene = heatmapScene(layout, { palette, lang: this.language.lang });
      this.#sceneKey = key;
    }
    return this.#scene;
  }

  #schedulePaint(): void {
    if (this.#frame !== undefined || this.mode !== 'canvas' || !this.isConnected) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = undefined;
      this.#paint();
    });
  }

  #markAt(event: MouseEvent): HeatmapMark | null {
    const layout = this.layout;
    const viewport = event.currentTarget as HTMLElement | null;
    if (!layout || !viewport) return null;
    const box = viewport.getBoundingClientRect();
    const vx = event.clientX - box.left - viewport.clientLeft;
    const vy = event.clientY - box.top - viewport.clientTop;
    const { matrix } = layout.regions;
    // The headers are sticky: inside them, viewport coordinates are layout coordinates.
    const x = vx < matrix.x ? vx : vx + viewport.scrollLeft;
    const y = vy < matrix.y ? vy : vy + viewport.scrollTop;
    return heatmapHit(layout, x, y);
  }

  #onPointerMove = (event: PointerEvent): void => {
    const layout = this.layout;
    const mark = this.#markAt(event);
    if (!layout) return;
    if (!mark) {
      this.#onPointerLeave();
      return;
    }
    this.tooltip.showAtPointer(event, markLines(layout, mark, this.language.lang));
    if (sameMark(mark, this.#pointer)) return;
    this.#pointer = mark;
    this.selection.hover(markSelection(layout, mark));
    this.requestUpdate();
  };

  #onPointerLeave = (): void => {
    this.tooltip.hide();
    if (!this.#pointer) return;
    this.#pointer = null;
    this.selection.hover(null);
    this.requestUpdate();
  };

  #onClick = (event: MouseEvent): void => {
    const layout = this.layout;
    const target = event.target as Element | null;
    const mark = target?.classList.contains('focus') ? this.#current(layout!) : this.#markAt(event);
    if (!layout || !mark) return;
    this.#active = mark;
    this.selection.toggle(markSelection(layout, mark));
    this.requestUpdate();
    // the clicked mark takes the focus, as in a grid: Escape and the arrow keys
    // then work from where the pointer was
    if (!target?.classList.contains('focus')) {
      void this.updateComplete.then(() =>
        this.renderRoot
          .querySelector<HTMLButtonElement>('button.focus')
          ?.focus({ preventScroll: true }),
      );
    }
  };

  #onScroll = (event: Event): void => {
    const viewport = event.currentTarget as HTMLElement;
    this.#scroll = { left: viewport.scrollLeft, top: viewport.scrollTop };
    this.tooltip.hide();
    if (this.mode === 'canvas') this.#schedulePaint();
    if (this.#active && this.#active.kind !== 'cell') this.requestUpdate();
  };

  #onKeydown = (event: KeyboardEvent): void => {
    const layout = this.layout;
    if (!layout || !NAV_KEYS.has(event.key)) return;
    const from = this.#current(layout);
    const next = from && heatmapNavigate(layout, from, event.key);
    if (!next) return;
    event.preventDefault();
    if (sameMark(next, from)) return;
    this.#active = next;
    this.requestUpdate();
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLButtonElement>('button.focus')?.focus(),
    );
  };

  #onFocus = (event: FocusEvent): void => {
    const layout = this.layout;
    const mark = layout && this.#current(layout);
    if (!layout || !mark) return;
    this.#focused = true;
    this.tooltip.showAtElement(
      event.target as Element,
      markLines(layout, mark, this.language.lang),
    );
    this.selection.hover(markSelection(layout, mark));
    this.requestUpdate();
  };

  #onBlur = (): void => {
    this.#focused = false;
    this.tooltip.hide();
    this.selection.hover(null);
    this.requestUpdate();
  };

  /** The standalone SVG of the whole matrix (either mode), with title, legend and summary. */
  override toSVG(): string {
    const layout = this.#exportLayout();
    if (!layout) return super.toSVG();
    return heatmapSVG(
      heatmapScene(layout, {
        palette: paletteFrom(readTheme(this)),
        lang: this.language.lang,
        title: this.accessibleName,
        description: this.exportDescription(),
      }),
    );
  }

  /** A PNG of `toSVG()`; very large matrices are scaled down to stay within browser canvas limits. */
  override toPNG(options: { scale?: number } = {}): Promise<Blob> {
    const layout = this.#exportLayout();
    let scale = options.scale ?? 2;
    if (layout) {
      const w = layout.width + 24;
      const h = layout.height + 120;
      scale = Math.min(
        scale,
        PNG_MAX_SIDE / w,
        PNG_MAX_SIDE / h,
        Math.sqrt(PNG_MAX_AREA / (w * h)),
      );
    }
    return svgToPng(this.toSVG(), scale);
  }

  /**
   * The layout exports draw: long labels whatever the width of the host, and
   * titles at least as long as the screen shows them.
   */
  #exportLayout(): HeatmapLayout | undefined {
    const inc = this.planSource.incidence;
    if (!this.layout || !inc) return undefined;
    return heatmapLayout(inc, this.#options(inc, 'wide', this.#size.width));
  }
}
