import type { ThemeColors } from '../controllers/theme-controller.js';
import { textWidth, truncateText } from './text-width.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** One legend entry of an export: a swatch of a resolved colour and its label. */
export interface LegendEntry {
  label: string;
  /** a resolved colour (e.g. from `readTheme`), not a `var()` */
  color: string;
}

export interface SvgExportOptions {
  /** drawn above the chart and set as the SVG's `<title>` */
  title: string;
  /** the text summary, set as `<desc>` */
  description?: string;
  legend?: readonly LegendEntry[];
  /** the host's resolved theme (`readTheme(host)`) */
  colors: ThemeColors;
}

/** Computed properties copied onto every exported shape and text as attributes. */
const PAINT = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'opacity',
] as const;
const FONT = [
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
] as const;
const DROP = ['style', 'class', 'part', 'tabindex', 'focusable'];

/**
 * Turns a chart's live `<svg>` into a standalone SVG document: computed
 * colours and fonts copied onto each element as presentation attributes (the
 * file needs no stylesheet and no `var()`), hidden elements removed, a
 * background, the title above and the legend below added. Fonts are named, not
 * embedded. `data-*` and `aria-label` attributes are kept, so exported marks can
 * be processed further (`data-item`, `data-unit` …). Text stays text: names are
 * set with `textContent` and escaped by `XMLSerializer`.
 *
 * Call it on a connected, rendered element (it reads computed styles).
 */
export function exportSvg(svg: SVGSVGElement, options: SvgExportOptions): string {
  const { colors } = options;
  const { width, height, viewBox } = sizeOf(svg);
  const fontSize = parseFloat(colors.fontSize) || 13;
  const chart = copyWithComputedStyle(svg);
  chart.setAttribute('x', '0');
  chart.setAttribute('width', String(width));
  chart.setAttribute('height', String(height));
  chart.setAttribute('viewBox', viewBox);
  chart.removeAttribute('xmlns');

  const pad = 12;
  const titleSize = Math.round(fontSize * 1.25);
  const top = pad + titleSize + pad;
  chart.setAttribute('y', String(top));
  const legend = legendGroup(options.legend ?? [], width, pad, fontSize, colors);
  const total = top + height + (legend.height ? pad + legend.height + pad : pad);

  const root = document.createElementNS(SVG_NS, 'svg');
  root.setAttribute('xmlns', SVG_NS);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(total));
  root.setAttribute('viewBox', `0 0 ${width} ${total}`);
  root.setAttribute('font-family', colors.font);
  root.setAttribute('font-size', String(fontSize));
  root.appendChild(el('title', {}, options.title));
  if (options.description) root.appendChild(el('desc', {}, options.description));
  root.appendChild(el('rect', { width: '100%', height: '100%', fill: colors.background }));
  const heading = truncateText(options.title, width - 2 * pad, titleSize);
  root.appendChild(
    el(
      'text',
      {
        x: pad,
        y: pad + titleSize * 0.85,
        'font-size': titleSize,
        'font-weight': 600,
        fill: colors.text,
      },
      heading,
    ),
  );
  root.appendChild(chart);
  if (legend.height) {
    legend.group.setAttribute('transform', `translate(0,${top + height + pad})`);
    root.appendChild(legend.group);
  }
  return new XMLSerializer().serializeToString(root);
}

/** The pixel size of a rendered SVG and its viewBox. */
export function sizeOf(svg: SVGSVGElement): { width: number; height: number; viewBox: string } {
  const box = svg.viewBox.baseVal;
  const rect = svg.getBoundingClientRect();
  const width = Math.round(rect.width || box?.width || 640);
  const height = Math.round(rect.height || box?.height || 400);
  const viewBox =
    box && box.width > 0
      ? `${box.x} ${box.y} ${box.width} ${box.height}`
      : `0 0 ${width} ${height}`;
  return { width, height, viewBox };
}

function copyWithComputedStyle(svg: SVGSVGElement): SVGSVGElement {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const from = [svg, ...svg.querySelectorAll('*')];
  const to = [copy, ...copy.querySelectorAll('*')];
  const hidden: Element[] = [];
  from.forEach((source, i) => {
    const target = to[i]!;
    const style = getComputedStyle(source);
    if (style.display === 'none' || style.visibility === 'hidden') {
      hidden.push(target);
      return;
    }
    for (const name of PAINT) setIfUseful(target, name, style.getPropertyValue(name));
    if (source instanceof SVGTextContentElement || source === svg) {
      for (const name of FONT) setIfUseful(target, name, style.getPropertyValue(name));
    }
    for (const name of DROP) target.removeAttribute(name);
  });
  for (const node of hidden) node.remove();
  removeComments(copy);
  return copy;
}

function setIfUseful(target: Element, name: string, value: string): void {
  if (!value || value === 'normal' || value === 'auto') return;
  if ((name === 'opacity' || name.endsWith('-opacity')) && value === '1') return;
  if (name === 'stroke-dasharray' && value === 'none') return;
  target.setAttribute(name, value);
}

function removeComments(root: Node): void {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const c of comments) c.parentNode?.removeChild(c);
}

function legendGroup(
  entries: readonly LegendEntry[],
  width: number,
  pad: number,
  fontSize: number,
  colors: ThemeColors,
): { group: SVGGElement; height: number } {
  const group = document.createElementNS(SVG_NS, 'g');
  group.setAttribute('data-legend', '');
  if (entries.length === 0) return { group, height: 0 };
  const swatch = Math.round(fontSize * 0.9);
  const line = Math.round(fontSize * 1.6);
  let x = pad;
  let y = 0;
  for (const entry of entries) {
    const label = truncateText(entry.label, width - 2 * pad - swatch - 6, fontSize);
    const w = swatch + 6 + textWidth(label, fontSize) + pad * 1.5;
    if (x > pad && x + w > width - pad) {
      x = pad;
      y += line;
    }
    group.appendChild(
      el('rect', {
        x,
        y: y + (line - swatch) / 2,
        width: swatch,
        height: swatch,
        fill: entry.color,
        rx: 2,
      }),
    );
    group.appendChild(
      el(
        'text',
        { x: x + swatch + 6, y: y + line / 2, 'dominant-baseline': 'central', fill: colors.text },
        label,
      ),
    );
    x += w;
  }
  return { group, height: y + line };
}

function el(name: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const node = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}
