import {
  html,
  LitElement,
  nothing,
  type CSSResultGroup,
  type PropertyDeclarations,
  type TemplateResult,
} from 'lit';
import type { Incidence } from '@remit/core/model';
import { CleanupController } from '../controllers/cleanup-controller.js';
import { LangController } from '../controllers/lang-controller.js';
import { PlanSourceController } from '../controllers/plan-source-controller.js';
import { SelectionController } from '../controllers/selection-controller.js';
import { readTheme } from '../controllers/theme-controller.js';
import { TooltipController } from '../controllers/tooltip-controller.js';
import { watchData } from '../data/dev-warnings.js';
import type { PlanStore } from '../data/plan-store.js';
import { baseStyles } from './base-styles.js';
import { describeLoadError } from './describe-load-error.js';
import { download } from './download.js';
import { exportSvg, type LegendEntry } from './export-svg.js';
import { svgToPng } from './export-png.js';
import { renderState } from './render-state.js';
import { tokens } from './tokens.js';

/**
 * The one thin base class of Remit's visual elements. It wires the shared
 * controllers and gives every element the same surface:
 *
 * - data three ways (`data`, `source`, `src`; see `PlanSourceController`) and
 *   the idle / loading / empty / error states drawn with a readable message;
 * - linked selection (`this.selection`), tooltip (`this.tooltip`), language
 *   (`this.language.lang`, `this.language.messages`), cleanup (`this.cleanup`);
 * - the optional export toolbar (`toolbar` attribute), `toSVG()`, `toPNG()`
 *   and `renderComplete`.
 *
 * A subclass implements `defaultLabel()` (its accessible name) and
 * `renderReady(inc)`; it draws its chart as `<svg part="chart">` (used by the
 * default `toSVG`) or overrides `exportRoot()` / `toSVG()`; it lists its legend
 * in `legend()`; it overrides `drawComplete()` when drawing finishes after
 * Lit's update (canvas, layout in a worker).
 *
 * @attr src - URL of a .json, .csv or .txt plan, fetched and read in the browser
 * @attr source - id of a `<remit-data>` element whose plan and selection to share
 * @attr theme - `light` or `dark`; unset follows `prefers-color-scheme`
 * @attr toolbar - show download buttons (SVG, PNG)
 * @attr label - the chart's accessible name and export title (default: the element's own)
 * @attr lang - `zh-CN` or `en` (default: the nearest `lang`, else zh-CN)
 * @fires remit-select - `detail: { kind: 'unit' | 'item', id }`, or `null` when cleared
 * @fires remit-hover - `detail: { kind, id }` while the pointer or focus is on a mark, `null` after
 * @csspart frame - the wrapper around everything
 * @csspart state - the idle, loading, empty or error message
 * @csspart toolbar - the export buttons' container
 * @csspart button - each export button
 * @csspart export-status - the toolbar's live region, telling when an export failed
 * @csspart tooltip - the tooltip
 * @csspart data-table - the visually hidden data table alternative (heatmap, network and workload: drawn when the browser is idle after the picture is painted; `renderComplete` waits for it)
 */
export abstract class RemitElement extends LitElement {
  static override styles: CSSResultGroup = [tokens, baseStyles];

  static override properties: PropertyDeclarations = {
    data: { attribute: false },
    src: { type: String, reflect: true },
    source: { type: String, reflect: true },
    theme: { type: String, reflect: true },
    toolbar: { type: Boolean, reflect: true },
    label: { type: String, reflect: true },
  };

  /** A Plan object; wins over `source` and `src`. */
  declare data: unknown;
  declare src: string | null | undefined;
  declare source: string | null | undefined;
  declare theme: 'light' | 'dark' | null | undefined;
  declare toolbar: boolean;
  declare label: string | null | undefined;

  protected readonly planSource = new PlanSourceController(this);
  protected readonly selection = new SelectionController(this, this.planSource);
  protected readonly language = new LangController(this);
  protected readonly tooltip = new TooltipController(this);
  protected readonly cleanup = new CleanupController(this);

  constructor() {
    super();
    this.toolbar = false;
  }

  /** The element's default accessible name in the current language. */
  protected abstract defaultLabel(): string;

  /** Draws the `ready` state. */
  protected abstract renderReady(inc: Incidence): TemplateResult;

  /** Legend entries for exports, with resolved colours (see `readTheme`). */
  protected legend(): LegendEntry[] {
    return [];
  }

  /** Resolves when drawing that happens after Lit's update is done (default: nothing). */
  protected drawComplete(): Promise<void> {
    return Promise.resolve();
  }

  /** The live `<svg>` that `toSVG` exports (default: `svg[part~="chart"]`). */
  protected exportRoot(): SVGSVGElement | null {
    return this.renderRoot.querySelector<SVGSVGElement>('svg[part~="chart"]');
  }

  /** The store in use (own or lent by `<remit-data>`); holds the plan and selection. */
  get store(): PlanStore {
    return this.planSource.store;
  }

  /** The accessible name: the `label` attribute, else the element's default. */
  get accessibleName(): string {
    return this.label || this.defaultLabel();
  }

  /**
   * Resolves when the picture is fully drawn: data loaded (or failed), Lit's
   * update done, and `drawComplete()` settled. Await it before exporting,
   * measuring or taking screenshots.
   */
  get renderComplete(): Promise<void> {
    return (async () => {
      do {
        await this.updateComplete;
        await this.planSource.store.settled;
      } while (this.isUpdatePending);
      await this.updateComplete;
      await this.drawComplete();
    })();
  }

  override render(): TemplateResult {
    const inc = this.planSource.state === 'ready' ? this.planSource.incidence : undefined;
    return html`<div class="frame" part="frame">
      ${inc && this.toolbar ? this.renderToolbar() : nothing}
      ${
        inc
          ? this.renderReady(inc)
          : renderState(this.planSource.state, this.store.error, this.language.messages)
      }
      ${this.tooltip.render()}
    </div>`;
  }

  /** The export toolbar; drawn when the `toolbar` attribute is set and a plan is shown. */
  protected renderToolbar(): TemplateResult {
    const m = this.language.messages;
    return html`<div part="toolbar" class="toolbar" role="group" aria-label=${m.toolbar}>
      <button part="button" type="button" data-export="svg" @click=${this.#downloadSvg}>
        ${m.downloadSvg}
      </button>
      <button part="button" type="button" data-export="png" @click=${this.#downloadPng}>
        ${m.downloadPng}
      </button>
      <span part="export-status" class="export-status" role="status"
        >${this.#exportFailed ? m.exportFailed(this.#exportFailed) : ''}</span
      >
    </div>`;
  }

  /**
   * A standalone SVG document of the picture, with title, legend, `<desc>`
   * summary and `data-*` attributes on marks. When no chart is drawn (loading,
   * empty, error) it holds the title and the state message.
   */
  toSVG(): string {
    const colors = readTheme(this);
    const root = this.exportRoot();
    if (root) {
      return exportSvg(root, {
        title: this.accessibleName,
        description: this.exportDescription(),
        legend: this.legend(),
        colors,
      });
    }
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('width', '320');
    svg.setAttribute('height', '40');
    svg.setAttribute('viewBox', '0 0 320 40');
    const text = document.createElementNS('http://www.w3.org/2000/svg', 'text');
    text.setAttribute('x', '12');
    text.setAttribute('y', '24');
    text.textContent = this.stateText();
    svg.appendChild(text);
    this.renderRoot.appendChild(svg);
    try {
      return exportSvg(svg, { title: this.accessibleName, colors });
    } finally {
      svg.remove();
    }
  }

  /** A PNG of `toSVG()` at `scale` device pixels per pixel (default 2). */
  toPNG(options: { scale?: number } = {}): Promise<Blob> {
    return svgToPng(this.toSVG(), options.scale ?? 2);
  }

  /** The text summary put in exports' `<desc>`; subclasses usually return their summary. */
  protected exportDescription(): string | undefined {
    return undefined;
  }

  /** The format of the last toolbar download when it failed ('' when it worked). */
  #exportFailed = '';

  #downloadSvg = (): void => {
    this.#exported('SVG', async () => new Blob([this.toSVG()], { type: 'image/svg+xml' }));
  };

  #downloadPng = (): void => {
    this.#exported('PNG', () => this.toPNG());
  };

  /** Downloads what `make` gives, or says in the toolbar's live region that it failed. */
  #exported(format: 'SVG' | 'PNG', make: () => Promise<Blob>): void {
    this.#setExportFailed('');
    make().then(
      (blob) => download(blob, `${this.accessibleName}.${format.toLowerCase()}`),
      // A failed export (blocked image, no canvas) is told to the user, not thrown at the page.
      () => this.#setExportFailed(format),
    );
  }

  #setExportFailed(format: string): void {
    if (this.#exportFailed === format) return;
    this.#exportFailed = format;
    this.requestUpdate();
  }

  private stateText(): string {
    const m = this.language.messages;
    const state = this.planSource.state;
    if (state === 'error' && this.store.error) return describeLoadError(this.store.error, m);
    return state === 'loading' ? m.loading : state === 'empty' ? m.empty : m.idle;
  }
}

// Development builds: `el.data = plan` with the same object, edited in place, warns (subclasses
// copy this entry into their own `properties`).
if (process.env.NODE_ENV !== 'production') watchData(RemitElement.properties.data);
