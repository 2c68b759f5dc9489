import { html, nothing, svg, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { NetworkLegendEntry } from './network-legend.js';
import type { NetworkMessages } from './network.messages.js';
import type { NetworkModel, NetworkNode } from './network.model.js';
import { categoryClass } from '../shared/category.js';
import { categoryOf, type ColorBy } from './network.palette.js';
import { itemHalf } from './network.svg.js';
import { HIT_RADIUS, type NetworkView } from './network.view.js';

/** What is highlighted: nodes and ties kept bright while the rest dims. */
export interface Highlight {
  nodes: ReadonlySet<number>;
  ties: ReadonlySet<number>;
}

/** The ties layer: one `<line>` per drawn tie, with `data-source` / `data-target` node ids. */
export function tiesTemplate(
  model: NetworkModel,
  view: NetworkView,
  lit: Highlight | undefined,
): TemplateResult {
  return svg`<g class="ties" aria-hidden="true">${repeat(
    view.ties,
    (t) => t.index,
    (t) => {
      const tie = model.ties[t.index]!;
      const cls = `tie${tie.inferred ? ' inferred' : ''}${lit?.ties.has(t.index) ? ' lit' : ''}`;
      return svg`<line class=${cls} data-source=${model.nodes[tie.source]!.id}
        data-target=${model.nodes[tie.target]!.id} data-weight=${tie.weight}
        x1=${t.x1} y1=${t.y1} x2=${t.x2} y2=${t.y2} stroke-width=${t.width}></line>`;
    },
  )}</g>`;
}

export interface NodesOptions {
  colorBy: ColorBy;
  lit: Highlight | undefined;
  /** the node holding the roving tabindex */
  focus: number;
  selected: (d: NetworkNode) => boolean;
  hovered: (d: NetworkNode) => boolean;
  /** the accessible name of node `i` */
  label: (i: number) => string;
}

/**
 * The nodes layer: each node a `<g role="button">` carrying `data-unit` (or
 * `data-item`), an accessible name and `aria-pressed`; only the roving-focus
 * node is in the tab order. Units are circles, items squares; the ring shows
 * focus, hover and selection.
 */
export function nodesTemplate(
  model: NetworkModel,
  view: NetworkView,
  o: NodesOptions,
): TemplateResult[] {
  return repeat(
    view.nodes,
    (n) => n.index,
    (n) => {
      const d = model.nodes[n.index]!;
      const selected = o.selected(d);
      const cls =
        `node ${d.type} ${categoryClass(categoryOf(d, o.colorBy))}` +
        (selected ? ' selected' : '') +
        (o.hovered(d) ? ' hovered' : '') +
        (o.lit?.nodes.has(n.index) ? ' lit' : '');
      const h = itemHalf(n.r);
      const hit = Math.max(h + 3.5, HIT_RADIUS);
      const mark =
        d.type === 'item'
          ? svg`<rect class="hit" x=${-hit} y=${-hit} width=${2 * hit} height=${2 * hit}></rect>
              <rect class="ring" x=${-h - 3.5} y=${-h - 3.5} width=${2 * h + 7} height=${2 * h + 7}></rect>
              <rect class="mark" x=${-h} y=${-h} width=${2 * h} height=${2 * h}></rect>`
          : svg`<circle class="hit" r=${Math.max(n.r + 3.5, HIT_RADIUS)}></circle><circle class="ring" r=${n.r + 3.5}></circle><circle class="mark" r=${n.r}></circle>`;
      return svg`<g class=${cls} data-index=${n.index}
        data-unit=${d.type === 'unit' ? d.id : nothing} data-item=${d.type === 'item' ? d.id : nothing}
        transform="translate(${n.x},${n.y})" role="button"
        tabindex=${n.index === o.focus ? '0' : '-1'} aria-pressed=${selected ? 'true' : 'false'}
        aria-label=${o.label(n.index)}>${mark}</g>`;
    },
  ) as unknown as TemplateResult[];
}

/** The labels layer: placed labels only, with a halo in the background colour; hidden from screen readers (the nodes carry the names). */
export function labelsTemplate(view: NetworkView, lit: Highlight | undefined): TemplateResult {
  return svg`<g class="labels" aria-hidden="true" font-size=${view.fontSize}>${repeat(
    view.nodes.filter((n) => n.place.visible),
    (n) => n.index,
    (n) =>
      svg`<text class=${lit?.nodes.has(n.index) ? 'label lit' : 'label'} data-index=${n.index} x=${n.place.x} y=${n.place.y}
        text-anchor=${n.place.anchor} dominant-baseline="central" paint-order="stroke"
        stroke-linejoin="round">${n.label}</text>`,
  )}</g>`;
}

/** The colour legend as a list, and after it what explains it (`explain`); swatches are decorative. */
export function legendTemplate(
  entries: readonly NetworkLegendEntry[],
  name: string,
  explain: unknown = '',
): TemplateResult {
  return html`<ul part="legend" class="legend" aria-label=${name}>
    ${entries.map(
      (e) =>
        html`<li class=${categoryClass(e.category)}>
          <span class=${e.square ? 'swatch square' : 'swatch'} aria-hidden="true"></span
          ><span>${e.label}</span>
        </li>`,
    )}${explain}
  </ul>`;
}

export interface ControlsOptions {
  m: NetworkMessages;
  /** the ties slider, when there are more ties than the backbone */
  slider?: {
    value: number;
    max: number;
    shown: string;
    count: string;
    onInput: (v: number) => void;
  };
  onZoom: (factor: number) => void;
  onReset: () => void;
}

/**
 * The ties slider, the count of ties shown, and the zoom buttons. On paper only
 * the count remains: a picture of some of the ties must say so.
 */
export function controlsTemplate(o: ControlsOptions): TemplateResult {
  const { m, slider } = o;
  return html`<div part="controls" class="controls" role="group" aria-label=${m.controls}>
    ${
      slider
        ? html`<label part="ties-control" data-print="hide">
              <span>${m.tiesControl}</span>
              <input
                type="range"
                min="0"
                max=${slider.max}
                step="1"
                .value=${String(slider.value)}
                aria-valuetext=${`${slider.shown}, ${slider.count}`}
                @input=${(e: Event) => slider.onInput(Number((e.target as HTMLInputElement).value))}
              />
              <output>${slider.shown}</output>
            </label>
            <span part="count" class="count">${slider.count}</span>`
        : nothing
    }
    <span part="zoom" class="zoom" data-print="hide">
      <button
        type="button"
        part="button"
        aria-label=${m.zoomOut}
        title=${m.zoomOut}
        @click=${() => o.onZoom(1 / 1.5)}
      >
        −
      </button>
      <button
        type="button"
        part="button"
        aria-label=${m.zoomIn}
        title=${m.zoomIn}
        @click=${() => o.onZoom(1.5)}
      >
        +
      </button>
      <button
        type="button"
        part="button"
        aria-label=${m.zoomReset}
        title=${m.zoomReset}
        @click=${o.onReset}
      >
        ⟲
      </button>
    </span>
  </div>`;
}
