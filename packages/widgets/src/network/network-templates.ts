import { html, nothing, svg, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { styleProps } from '../shared/style-props.js';
import type { NetworkMessages } from './network.messages.js';
import type { NetworkScene, SceneLegendEntry, SceneNode } from './network.scene.js';
import { HIT_RADIUS } from './network.view.js';

/** What is highlighted: nodes and ties kept bright while the rest dims. */
export interface Highlight {
  nodes: ReadonlySet<number>;
  ties: ReadonlySet<number>;
}

/** The ties layer: one `<line>` per drawn tie, with `data-source` / `data-target` node ids. */
export function tiesTemplate(
  ties: NetworkScene['ties'],
  lit: Highlight | undefined,
): TemplateResult {
  return svg`<g class="ties" aria-hidden="true" stroke-opacity=${ties.opacity} stroke-linecap="round"
    ${styleProps({ stroke: ties.stroke })}>${repeat(
      ties.marks,
      (t) => t.index,
      (t) =>
        svg`<line class=${lit?.ties.has(t.index) ? 'tie lit' : 'tie'} data-source=${t.source}
        data-target=${t.target} data-weight=${t.weight} x1=${t.x1} y1=${t.y1} x2=${t.x2} y2=${t.y2}
        stroke-width=${t.width} stroke-dasharray=${t.dash ?? nothing}></line>`,
    )}</g>`;
}

export interface NodesOptions {
  lit: Highlight | undefined;
  /** the node holding the roving tabindex */
  focus: number;
  selected: (n: SceneNode) => boolean;
  hovered: (n: SceneNode) => boolean;
  /** the accessible name of node `i` */
  label: (i: number) => string;
}

/**
 * The nodes layer: each node a `<g role="button">` carrying `data-unit` (or
 * `data-item`), an accessible name and `aria-pressed`; only the roving-focus
 * node is in the tab order. Units are circles, items squares; the ring shows
 * focus, hover and selection, and is drawn only on the nodes that can show it
 * (the selected, the hovered and the roving-focus node): on the others it
 * would be an invisible element a node, thousands in a large network.
 */
export function nodesTemplate(nodes: readonly SceneNode[], o: NodesOptions): TemplateResult[] {
  return repeat(
    nodes,
    (n) => n.index,
    (n) => {
      const selected = o.selected(n);
      const hovered = o.hovered(n);
      const cls =
        `node ${n.type}` +
        (selected ? ' selected' : '') +
        (hovered ? ' hovered' : '') +
        (o.lit?.nodes.has(n.index) ? ' lit' : '');
      const { r } = n;
      const paint = styleProps({ fill: n.fill, stroke: n.stroke });
      const hit = Math.max(r + 3.5, HIT_RADIUS);
      // Only the ring comes and goes: the target and the mark stay, so a press that starts a
      // hover (which adds the ring) ends on the element it started on, and clicks.
      const ring = selected || hovered || n.index === o.focus;
      const mark =
        n.type === 'item'
          ? svg`<rect class="hit" x=${-hit} y=${-hit} width=${2 * hit} height=${2 * hit}></rect>${
              ring
                ? svg`<rect class="ring" x=${-r - 3.5} y=${-r - 3.5} width=${2 * r + 7} height=${2 * r + 7}></rect>`
                : nothing
            }<rect class="mark" x=${-r} y=${-r} width=${2 * r} height=${2 * r} stroke-width=${n.strokeWidth} ${paint}></rect>`
          : svg`<circle class="hit" r=${hit}></circle>${
              ring ? svg`<circle class="ring" r=${r + 3.5}></circle>` : nothing
            }<circle class="mark" r=${r} stroke-width=${n.strokeWidth} ${paint}></circle>`;
      return svg`<g class=${cls} data-index=${n.index}
        data-unit=${n.type === 'unit' ? n.id : nothing} data-item=${n.type === 'item' ? n.id : nothing}
        transform="translate(${n.x},${n.y})" role="button"
        tabindex=${n.index === o.focus ? '0' : '-1'} aria-pressed=${selected ? 'true' : 'false'}
        aria-label=${o.label(n.index)}>${mark}</g>`;
    },
  ) as unknown as TemplateResult[];
}

/** The labels layer: placed labels only, with a halo in the background colour; hidden from screen readers (the nodes carry the names). */
export function labelsTemplate(scene: NetworkScene, lit: Highlight | undefined): TemplateResult {
  const { labels } = scene;
  return svg`<g class="labels" aria-hidden="true" font-size=${scene.fontSize} stroke-width=${labels.haloWidth}
    stroke-linejoin="round" paint-order="stroke" ${styleProps({ fill: labels.fill, stroke: labels.halo })}>${repeat(
      labels.marks,
      (l) => l.index,
      (l) =>
        svg`<text class=${lit?.nodes.has(l.index) ? 'label lit' : 'label'} data-index=${l.index} x=${l.x} y=${l.y}
        text-anchor=${l.anchor} dominant-baseline="central">${l.text}</text>`,
    )}</g>`;
}

/** The colour legend as a list, and after it what explains it (`explain`); swatches are decorative. */
export function legendTemplate(
  entries: readonly SceneLegendEntry[],
  name: string,
  explain: unknown = '',
): TemplateResult {
  return html`<ul part="legend" class="legend" aria-label=${name}>
    ${entries.map(
      ({ swatch: s, label }) =>
        html`<li>
          <span
            class=${s.shape === 'square' ? 'swatch square' : 'swatch'}
            aria-hidden="true"
            ${styleProps({ background: s.fill, borderColor: s.shape === 'square' ? s.stroke : null })}
          ></span
          ><span>${label}</span>
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
