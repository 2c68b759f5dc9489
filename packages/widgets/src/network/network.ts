import {
  html,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import type { Incidence } from '@remit/core/model';
import { METRIC_DEFAULTS } from '@remit/core/metrics/plain';
import { ReducedMotionController } from '../controllers/reduced-motion-controller.js';
import { ResizeController } from '../controllers/resize-controller.js';
import { textSize } from '../shared/text-size.js';
import { LayoutSuperseded, SimulationController } from '../controllers/simulation.js';
import { TableAfterPicture } from '../controllers/table-after-picture.js';
import type { Selection } from '../data/selection.js';
import { dataTable } from '../shared/data-table.js';
import { explainButton } from '../shared/explain-button.js';
import type { Lang } from '../shared/lang.js';
import { RemitElement } from '../shared/remit-element.js';
import { bipartiteNetwork } from './bipartite-network.js';
import { describeNetwork } from './describe-network.js';
import { NetworkGestures } from './network-gestures.js';
import { networkHighlight } from './network-highlight.js';
import { createNetworkWorker, networkJob, PREWARM_NODES } from './network-job.js';
import { networkLegend, type NetworkLegendEntry } from './network-legend.js';
import { networkTableRows } from './network-table.js';
import {
  controlsTemplate,
  labelsTemplate,
  legendTemplate,
  nodesTemplate,
  tiesTemplate,
} from './network-templates.js';
import type { NetworkPositions } from './network.layout.js';
import { networkMessages } from './network.messages.js';
import type { NetworkMode, NetworkModel } from './network.model.js';
import { TOKEN_NETWORK_PALETTE, type ColorBy } from './network.palette.js';
import { networkScene } from './network.scene.js';
import { networkStyles } from './network.styles.js';
import { networkSVG } from './network.svg.js';
import {
  fitNetwork,
  IDENTITY_ZOOM,
  networkView,
  type Fit,
  type NetworkView,
  type ZoomState,
} from './network.view.js';
import { nextNode, type ArrowKey } from './next-node.js';
import { NodeDrag } from './node-drag.js';
import { nodeLabel, nodeTooltip, tiesByNode } from './node-text.js';
import { readNetworkPalette } from './read-network-palette.js';
import { maxStrongest, MAX_DRAWN_TIES, shownTies, type TiesOption } from './shown-ties.js';
import { tiesConverter } from './ties-converter.js';
import { unitNetwork } from './unit-network.js';

/** Above this many assignments the item–unit view is not drawn: it would be an unreadable, slow hairball. */
export const MAX_BIPARTITE_TIES = 6000;

const ARROWS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']);

/**
 * `<remit-network>`: who works with whom. In the default `units` mode, a node
 * per unit (area = workload, colour = community or unit kind) and a line per
 * pair of units sharing items (width = items shared), thinned to a readable
 * backbone (each unit's strongest ties plus a maximum spanning forest, from
 * core); the `ties` attribute or the slider shows more. In `bipartite` mode,
 * items (squares) joined to their units.
 *
 * The layout is d3-force, seeded and run for a fixed number of ticks before
 * anything is shown: the same plan gives the same picture every time. Large
 * graphs are laid out in a worker (main-thread slices when workers are
 * blocked). Zoom with Ctrl/⌘ + wheel, pinch or the buttons; pan by dragging
 * the background; drag nodes (the graph re-settles around them unless
 * `static` or reduced motion). Arrow keys move between nodes spatially, Home
 * and End jump to the busiest and the least busy, Enter or Space selects,
 * Escape clears.
 *
 * A label is drawn only where it is nearer its own node than any other, never
 * over a node or a label; the other names stay in tooltips, aria-labels and
 * the table. At 360 px wide or less (a phone, a sidebar) the network takes its
 * compact form: the five busiest units are named. Every node is a target of
 * 24 px at least.
 *
 * ```html
 * <remit-network src="plan.json" color-by="kind" ties="3"></remit-network>
 * ```
 *
 * @attr mode - `units` (default) or `bipartite`
 * @attr color-by - `community` (default) or `kind`
 * @attr ties - strongest ties drawn per unit (default 2), or `all`
 * @attr static - no re-simulation when dragging: only the dragged node moves
 * @attr seed - seed of the layout and of community detection (default 1)
 * @attr height - chart height in px (default: from the width)
 * @attr fill - the picture fills its box: enlarged past the usual limit and
 *   stretched one way (at most 1.6×) to the box's shape; for slides
 * @attr no-worker - never use a worker. A worker's script URL is a Trusted Types
 *   sink and Remit creates no policy besides Lit's `lit-html`: pages that enforce
 *   Trusted Types without a default policy should set it (otherwise the first large
 *   layout reports one violation, then runs on the main thread).
 * @cssproperty --remit-category-1 - node colour of the first community or unit kind (… up to --remit-category-8, the "other" grey)
 * @csspart controls - the ties slider, the count of ties shown and the zoom buttons
 * @csspart ties-control - the ties slider with its label
 * @csspart count - the count of ties shown (显示 20 / 35 条协作关系): keep it wherever the chart is shown
 * @csspart zoom - the zoom buttons
 * @csspart chart - the network's `<svg>`
 * @csspart legend - the colour legend
 * @fires remit-explain - `detail: { term }` from the "?" after the legend of groups (`group`) and
 *   after the note on what the lines mean (`tie`)
 */
export class RemitNetwork extends RemitElement {
  static override styles = [RemitElement.styles, networkStyles];

  static override properties: PropertyDeclarations = {
    ...RemitElement.properties,
    mode: { type: String, reflect: true },
    colorBy: { type: String, attribute: 'color-by', reflect: true },
    ties: { converter: tiesConverter, reflect: true },
    static: { type: Boolean, reflect: true },
    seed: { type: Number, reflect: true },
    chartHeight: { type: Number, attribute: 'height' },
    fill: { type: Boolean, reflect: true },
    noWorker: { type: Boolean, attribute: 'no-worker' },
  };

  declare mode: NetworkMode;
  declare colorBy: ColorBy;
  /** strongest ties drawn per unit, or `'all'`; undefined: core's default (2) */
  declare ties: TiesOption | undefined;
  declare static: boolean;
  declare seed: number;
  declare chartHeight: number | undefined;
  /** the picture fills its box (see `FitOptions.fill`) */
  declare fill: boolean;
  /** lay out on the main thread (in slices) even when the graph is large */
  declare noWorker: boolean;

  #size = new ResizeController(this);
  #motion = new ReducedMotionController(this);
  #simulation = new SimulationController<NetworkPositions>(this);
  /** The data table of the model shown, drawn after the picture. */
  #table = new TableAfterPicture(this, () => this.#model);
  #gestures = new NetworkGestures(this, {
    nodeAt: (event) => {
      const i = this.#nodeAt(event);
      const n = this.#view?.view.nodes[i];
      return n ? { i, x: n.x, y: n.y } : undefined;
    },
    zoomed: (z) => {
      this.#zoom = z;
      this.requestUpdate();
    },
    dragStart: (i) => this.#dragStart(i),
    dragMove: (i, x, y) => this.#dragMove(i, x, y),
    dragEnd: () => this.#drag.end(),
  });

  #model: NetworkModel | undefined;
  #modelKey: readonly unknown[] = [];
  #positions: NetworkPositions | undefined;
  #layoutPending: Promise<void> | undefined;
  #layoutError: unknown;
  #fit: { key: string; fit: Fit } | undefined;
  #zoom: ZoomState = IDENTITY_ZOOM;
  #view: { key: readonly unknown[]; view: NetworkView } | undefined;
  #texts:
    | { key: readonly unknown[]; byNode: [number, number][][]; rows: string[][]; summary: string }
    | undefined;
  #focus = -1;
  #drag = new NodeDrag(this.#simulation);

  constructor() {
    super();
    this.mode = 'units';
    this.colorBy = 'community';
    this.static = false;
    this.fill = false;
    this.seed = 1;
    this.noWorker = false;
  }

  /** The render model in use (nodes, ties, backbone), once a plan is shown. */
  get model(): NetworkModel | undefined {
    return this.#model;
  }

  /** The node positions in layout units, once laid out (moved by dragging). */
  get positions(): NetworkPositions | undefined {
    return this.#positions;
  }

  /** How the last layout ran: `sync`, `worker` or `slices`. */
  get layoutMode(): string | undefined {
    return this.#simulation.mode;
  }

  /** True while a worker, a main-thread layout or a live simulation is running. */
  get simulating(): boolean {
    return this.#simulation.running;
  }

  protected defaultLabel(): string {
    return networkMessages(this.language.lang).title(this.#mode());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Gestures were removed on disconnect; the next update attaches them again.
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#drag.reset();
  }

  // Runs after the controllers' hostUpdate, where the plan source takes in a
  // `data` set since the last update (willUpdate would still see the old plan).
  protected override update(changed: PropertyValues): void {
    const inc = this.planSource.state === 'ready' ? this.planSource.incidence : undefined;
    const key = [inc, this.#mode(), this.#seed()];
    if (key.some((v, i) => v !== this.#modelKey[i])) {
      this.#modelKey = key;
      // The worker's script loads while core builds a large graph.
      const nodes = inc
        ? inc.units.length + (this.#mode() === 'bipartite' ? inc.items.length : 0)
        : 0;
      if (nodes >= PREWARM_NODES && !this.noWorker) {
        this.#simulation.prewarm(createNetworkWorker);
      }
      this.#setModel(inc ? this.#build(inc) : undefined);
    }
    super.update(changed);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const chart = this.exportRoot();
    if (chart && this.isConnected) this.#gestures.attach(chart, this.#zoom);
    else if (!chart) this.#gestures.detach();
  }

  /** Waits for the layout (worker or slices), the update that draws it and the data table. */
  protected override async drawComplete(): Promise<void> {
    while (this.#layoutPending) {
      await this.#layoutPending;
      await this.updateComplete;
    }
    await this.#table.complete();
  }

  protected renderReady(inc: Incidence): TemplateResult {
    const model = this.#model;
    if (!model) {
      return html`<div part="state" class="state" role="status" data-state="too-large">
        ${networkMessages(this.language.lang).tooManyAssignments(inc.assignments.length)}
      </div>`;
    }
    if (this.#layoutError) {
      return html`<div part="state" class="state error" role="alert">
        ${String(this.#layoutError)}
      </div>`;
    }
    const lang = this.language.lang;
    const shown = this.#shown();
    if (!this.#positions) {
      // The texts are ready while the layout runs: the summary is drawn now, and the
      // data table as soon as the browser is idle (in a worker's layout, before the
      // picture); the update with the positions only adds the chart, the same
      // template keeping them.
      return this.#withTexts(
        model,
        shown,
        html`<div part="state" class="state" role="status" data-state="layout">
          ${this.language.messages.loading}
        </div>`,
      );
    }
    const m = networkMessages(lang);
    const colorBy = this.#colorBy();
    // the marks in the theme's own colours, so a change of theme needs no new scene
    const scene = networkScene(model, this.#viewFor(model, shown, this.#zoom), {
      palette: TOKEN_NETWORK_PALETTE,
      colorBy,
      legend: this.#legend(model),
    });
    const { width, height } = scene.chart;
    const { byNode } = this.#textsFor(model, shown, lang);
    const lit = networkHighlight(model, shown, this.#highlighted(), this.planSource.incidence);
    return this.#withTexts(
      model,
      shown,
      html`
        ${this.#controls(model, shown.length)}
        <svg
          part="chart"
          class=${lit ? 'network dim' : 'network'}
          role="group"
          aria-label=${this.accessibleName}
          aria-describedby="summary"
          width=${width}
          height=${height}
          viewBox="0 0 ${width} ${height}"
        >
          ${tiesTemplate(scene.ties, lit)}
          <!-- Chromium puts an SVG element that listens for focus events in the tab
             order: -1 keeps the group out of it, the nodes inside are the stops -->
          <g
            class="nodes"
            tabindex="-1"
            @pointerover=${this.#onPointerOver}
            @pointerout=${this.#onPointerOut}
            @click=${this.#onClick}
            @keydown=${this.#onKeydown}
            @focusin=${this.#onFocusIn}
            @focusout=${this.#onFocusOut}
          >
            ${nodesTemplate(scene.nodes, {
              lit,
              focus: this.#focus,
              selected: (n) => this.selection.isSelected(n.type, n.id),
              hovered: (n) => this.selection.isHovered(n.type, n.id),
              label: (i) => nodeLabel(model, i, byNode[i]!, lang),
            })}
          </g>
          ${labelsTemplate(scene, lit)}
        </svg>
        ${legendTemplate(
          scene.legend.entries,
          this.language.messages.legend,
          colorBy === 'community'
            ? html`<li>
                ${explainButton(this, 'group', this.language.messages.explain(m.groups))}
              </li>`
            : '',
        )}
        <p class="encoding">
          ${m.encoding(model.mode)}${
            model.mode === 'units'
              ? explainButton(this, 'tie', this.language.messages.explain(m.ties))
              : ''
          }
        </p>
      `,
    );
  }

  /**
   * `chart` (the picture, or the state while the layout runs), then the text
   * summary and the data table (once the browser has been idle after the first
   * picture of the model: see `TableAfterPicture`).
   */
  #withTexts(model: NetworkModel, shown: number[], chart: TemplateResult): TemplateResult {
    const lang = this.language.lang;
    const m = networkMessages(lang);
    const { rows, summary } = this.#textsFor(model, shown, lang);
    return html`${chart}
      <p id="summary" class="visually-hidden">${summary}</p>
      ${
        this.#table.mayDraw(model)
          ? dataTable({
              caption: m.tableCaption(model.mode),
              columns: m.columns(model.mode).map((label, i) => ({
                label,
                numeric: i === (model.mode === 'bipartite' ? 2 : 1),
              })),
              rows,
            })
          : nothing
      }`;
  }

  /**
   * The network as a standalone SVG: title, the whole graph (unzoomed), legend
   * and how to read it; nodes carry `data-unit` / `data-item`, ties
   * `data-source` / `data-target`.
   */
  override toSVG(): string {
    const model = this.#model;
    const positions = this.#positions;
    if (!model || !positions || this.planSource.state !== 'ready') return super.toSVG();
    const shown = this.#shown();
    const lang = this.language.lang;
    return networkSVG(
      networkScene(model, this.#viewFor(model, shown, IDENTITY_ZOOM), {
        palette: readNetworkPalette(this),
        colorBy: this.#colorBy(),
        title: this.accessibleName,
        description: describeNetwork(model, shown.length, lang),
        legend: this.#legend(model),
        note: networkMessages(lang).encoding(model.mode),
      }),
    );
  }

  protected override exportDescription(): string | undefined {
    const model = this.#model;
    return model ? describeNetwork(model, this.#shown().length, this.language.lang) : undefined;
  }

  // ---- model, layout, view -------------------------------------------------

  #mode(): NetworkMode {
    return this.mode === 'bipartite' ? 'bipartite' : 'units';
  }

  #colorBy(): ColorBy {
    return this.colorBy === 'kind' ? 'kind' : 'community';
  }

  /** The legend's entries, the same for the screen and the export: both draw them from their scene. */
  #legend(model: NetworkModel): NetworkLegendEntry[] {
    return networkLegend(model, this.#colorBy(), this.language.lang);
  }

  #seed(): number {
    return Number.isFinite(this.seed) ? Math.trunc(this.seed) : 1;
  }

  #build(inc: Incidence): NetworkModel | undefined {
    const seed = this.#seed();
    if (this.#mode() === 'units') return unitNetwork(inc, { seed });
    return inc.assignments.length > MAX_BIPARTITE_TIES
      ? undefined
      : bipartiteNetwork(inc, { seed });
  }

  #setModel(model: NetworkModel | undefined): void {
    this.#model = model;
    this.#positions = undefined;
    this.#layoutError = undefined;
    this.#fit = undefined;
    this.#view = undefined;
    this.#focus = model ? (model.priority[0] ?? -1) : -1;
    this.#drag.reset();
    this.#gestures.set(IDENTITY_ZOOM);
    if (!model) {
      this.#simulation.cancel();
      this.#layoutPending = undefined;
      return;
    }
    const job = networkJob(model.layout, {
      seed: this.#seed(),
      ...(this.noWorker ? { worker: false } : {}),
    });
    if (job.small) {
      // Small graphs are drawn in this very update.
      this.#positions = this.#simulation.runNow(job);
      this.#layoutPending = undefined;
      return;
    }
    const done = this.#simulation.run(job).then(
      (positions) => {
        if (this.#model !== model) return;
        this.#positions = positions;
        this.requestUpdate();
      },
      (error: unknown) => {
        if (error instanceof LayoutSuperseded || this.#model !== model) return;
        this.#layoutError = error;
        this.requestUpdate();
      },
    );
    this.#layoutPending = done;
    void done.then(() => {
      if (this.#layoutPending === done) this.#layoutPending = undefined;
    });
    // While the layout runs elsewhere, the texts and the controls' range of the
    // first picture are prepared (each reads every tie: millions at 2,000 units).
    this.#textsFor(model, this.#shown(), this.language.lang);
    maxStrongest(model);
  }

  #shown(): number[] {
    const model = this.#model;
    return model ? shownTies(model, this.ties) : [];
  }

  #width(): number {
    return Math.max(200, this.#size.width || 640);
  }

  #height(): number {
    const h = this.chartHeight;
    if (typeof h === 'number' && Number.isFinite(h) && h > 0) return Math.max(160, Math.round(h));
    const n = this.#model?.nodes.length ?? 0;
    return Math.round(Math.max(280, Math.min(720, this.#width() * (n > 100 ? 0.8 : 0.68))));
  }

  #fitFor(model: NetworkModel, positions: NetworkPositions, width: number, height: number): Fit {
    const key = `${width}x${height}${this.fill ? ' fill' : ''}`;
    // Kept while nodes move (dragging), so the picture does not rescale under the pointer.
    if (!this.#fit || this.#fit.key !== key) {
      this.#fit = { key, fit: fitNetwork(model, positions, width, height, { fill: this.fill }) };
    }
    return this.#fit.fit;
  }

  /** Nodes whose labels are placed first: the selected one, then the focused one. */
  #emphasis(model: NetworkModel): number[] {
    const out: number[] = [];
    const s = this.selection.selection;
    const at = s ? model.nodes.findIndex((d) => d.type === s.kind && d.id === s.id) : -1;
    if (at >= 0) out.push(at);
    const active = (this.renderRoot as ShadowRoot).activeElement;
    if (this.#focus >= 0 && active?.classList?.contains('node')) out.push(this.#focus);
    return out;
  }

  /** Labels a point under the element's text size (12 px at the default 13 px), on screen and in exports. */
  #labelSize(): number {
    return Math.max(9, textSize(this) - 1);
  }

  /**
   * The view at `zoom`: the live one (the current zoom; kept, since the pointer
   * and the keyboard read it) or the export's (the whole graph, unzoomed).
   */
  #viewFor(model: NetworkModel, shown: number[], zoom: ZoomState): NetworkView {
    const positions = this.#positions!;
    const width = this.#width();
    const height = this.#height();
    const fit = this.#fitFor(model, positions, width, height);
    const emphasis = this.#emphasis(model).join(',');
    const fontSize = this.#labelSize();
    const key = [model, positions, fit, zoom, width, height, shown, emphasis, fontSize];
    if (this.#view?.key.every((v, i) => v === key[i])) return this.#view.view;
    const view = networkView(model, positions, {
      width,
      height,
      fontSize,
      shown,
      zoom,
      fit,
      emphasis: this.#emphasis(model),
    });
    if (zoom === this.#zoom) this.#view = { key, view };
    return view;
  }

  /** Texts that change only with the model, the drawn ties or the language (not on hover). */
  #textsFor(model: NetworkModel, shown: number[], lang: Lang) {
    const key = [model, shown, lang];
    if (!this.#texts || !this.#texts.key.every((v, i) => v === key[i])) {
      const byNode = tiesByNode(model, shown);
      this.#texts = {
        key,
        byNode,
        rows: networkTableRows(model, byNode, lang),
        summary: describeNetwork(model, shown.length, lang),
      };
    }
    return this.#texts;
  }

  #highlighted(): Selection | null {
    return this.selection.selection ?? this.selection.hovered;
  }

  #controls(model: NetworkModel, shown: number): TemplateResult {
    const m = networkMessages(this.language.lang);
    let slider;
    if (model.mode === 'units' && model.tieTable.count > model.backbone.length) {
      const allowAll = model.tieTable.count <= MAX_DRAWN_TIES;
      const max = maxStrongest(model) + (allowAll ? 1 : 0);
      const current = this.ties ?? METRIC_DEFAULTS.backbone.strongest;
      const value = current === 'all' ? max : Math.min(current, max);
      slider = {
        value,
        max,
        shown: m.tiesValue(allowAll && value === max ? 'all' : value),
        count: m.tiesShown(shown, model.tieTable.count),
        onInput: (v: number) => {
          this.ties = allowAll && v >= max ? 'all' : Math.max(0, Math.round(v));
        },
      };
    }
    return controlsTemplate({
      m,
      ...(slider ? { slider } : {}),
      onZoom: (factor) => this.#gestures.zoomBy(factor),
      onReset: () => this.#gestures.set(IDENTITY_ZOOM),
    });
  }

  // ---- pointer and keyboard ------------------------------------------------

  #nodeAt(event: Event): number {
    const target = (event.target as Element | null)?.closest?.('.node');
    const i = Number(target?.getAttribute('data-index') ?? Number.NaN);
    return Number.isInteger(i) && i >= 0 && i < (this.#model?.nodes.length ?? 0) ? i : -1;
  }

  #selectionOf(i: number): Selection {
    const d = this.#model!.nodes[i]!;
    return { kind: d.type, id: d.id };
  }

  #tooltipLines(i: number): string[] {
    const model = this.#model!;
    const { byNode } = this.#textsFor(model, this.#shown(), this.language.lang);
    return nodeTooltip(model, i, byNode[i]!, this.language.lang);
  }

  #onPointerOver = (event: PointerEvent): void => {
    const i = this.#nodeAt(event);
    if (i < 0 || this.#drag.dragging >= 0) return;
    this.selection.hover(this.#selectionOf(i));
    this.tooltip.showAtPointer(event, this.#tooltipLines(i));
  };

  #onPointerOut = (event: PointerEvent): void => {
    const from = (event.target as Element).closest?.('.node');
    const to = (event.relatedTarget as Element | null)?.closest?.('.node');
    if (!from || to === from) return;
    this.selection.hover(null);
    this.tooltip.hide();
  };

  #onClick = (event: MouseEvent): void => {
    const i = this.#nodeAt(event);
    if (i < 0) return;
    this.#focus = i;
    this.selection.toggle(this.#selectionOf(i));
  };

  #onFocusIn = (event: FocusEvent): void => {
    const i = this.#nodeAt(event);
    if (i < 0) return;
    if (this.#focus !== i) {
      this.#focus = i;
      this.requestUpdate();
    }
    this.selection.hover(this.#selectionOf(i));
    this.tooltip.showAtElement(event.target as Element, this.#tooltipLines(i));
  };

  #onFocusOut = (event: FocusEvent): void => {
    if ((event.relatedTarget as Element | null)?.closest?.('.node')) return;
    this.selection.hover(null);
    this.tooltip.hide();
  };

  #onKeydown = (event: KeyboardEvent): void => {
    const model = this.#model;
    const view = this.#view?.view;
    const i = this.#nodeAt(event);
    if (!model || !view || i < 0) return;
    let to: number | undefined;
    if (ARROWS.has(event.key)) to = nextNode(view.nodes, i, event.key as ArrowKey);
    else if (event.key === 'Home') to = model.priority[0];
    else if (event.key === 'End') to = model.priority[model.priority.length - 1];
    else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.selection.toggle(this.#selectionOf(i));
      return;
    } else return;
    event.preventDefault();
    if (to !== undefined && to !== i) void this.#focusNode(to);
  };

  /** Moves the roving focus to node `i`, panning it into view when it is outside. */
  async #focusNode(i: number): Promise<void> {
    this.#focus = i;
    const view = this.#view?.view;
    const n = view?.nodes[i];
    if (view && n && (n.x < 0 || n.y < 0 || n.x > view.width || n.y > view.height)) {
      const z = this.#zoom;
      this.#gestures.set({ k: z.k, x: z.x + view.width / 2 - n.x, y: z.y + view.height / 2 - n.y });
    }
    this.requestUpdate();
    await this.updateComplete;
    this.renderRoot.querySelector<SVGGElement>(`.node[data-index="${i}"]`)?.focus();
  }

  // ---- dragging ------------------------------------------------------------

  /** Screen → layout coordinates, through the zoom and the fit. */
  #toLayout(x: number, y: number): [number, number] {
    const fit = this.#fit?.fit ?? { sx: 1, sy: 1, dx: 0, dy: 0 };
    const z = this.#zoom;
    return [((x - z.x) / z.k - fit.dx) / fit.sx, ((y - z.y) / z.k - fit.dy) / fit.sy];
  }

  #dragStart(i: number): void {
    const model = this.#model;
    const positions = this.#positions;
    if (!model || !positions) return;
    this.tooltip.hide();
    const settle = !this.static && !this.#motion.reduced;
    this.#drag.start(i, model.layout, this.#seed(), positions, settle, (p) => {
      this.#positions = p;
      this.requestUpdate();
    });
  }

  #dragMove(i: number, x: number, y: number): void {
    const positions = this.#positions;
    if (!positions) return;
    const [lx, ly] = this.#toLayout(x, y);
    const next = this.#drag.move(i, lx, ly, positions);
    if (!next) return;
    this.#positions = next;
    this.requestUpdate();
  }
}
