import { xmlText } from '../shared/xml-text.js';
import { textWidth, truncateText } from '../shared/text-width.js';
import type { NetworkLegendEntry } from './network-legend.js';
import type { NetworkModel } from './network.model.js';
import {
  categoryOf,
  LIGHT_NETWORK_PALETTE,
  type ColorBy,
  type NetworkPalette,
} from './network.palette.js';
import type { NetworkView } from './network.view.js';
import { CENTRED } from '../shared/svg-text.js';
import { round2 } from '../shared/round2.js';

export interface NetworkSVGOptions {
  palette?: NetworkPalette;
  colorBy?: ColorBy;
  /** drawn above the chart and given as `<title>` */
  title?: string;
  /** the text summary, given as `<desc>` */
  description?: string;
  legend?: readonly NetworkLegendEntry[];
  /** how to read sizes and widths, drawn under the legend */
  note?: string;
}

/**
 * The network as a standalone SVG document: title, chart, legend. Each node
 * carries `data-unit` (or `data-item` in bipartite mode), each tie
 * `data-source` and `data-target` (node ids) and `data-weight`, so exports can
 * be processed further. Text is escaped for XML, so hostile names come out as
 * the text they are. Used by `toSVG()` and the snapshot tests of named scenarios.
 */
export function networkSVG(
  model: NetworkModel,
  view: NetworkView,
  options: NetworkSVGOptions = {},
): string {
  const p = options.palette ?? LIGHT_NETWORK_PALETTE;
  const colorBy = options.colorBy ?? 'community';
  const fs = view.fontSize;
  const margin = 12;
  const titleFs = Math.round(fs * 1.3);
  const width = Math.max(view.width, 240);
  const top = options.title ? margin + Math.round(titleFs * 1.6) : margin;
  const out: string[] = [];
  const fill = (c: number): string => p.categories[c] ?? p.muted;

  out.push(`<g transform="translate(0,${top})">`);
  out.push(
    `<g data-layer="ties" fill="none" stroke="${p.muted}" stroke-opacity="0.5" stroke-linecap="round">`,
  );
  for (const t of view.ties) {
    const tie = model.ties[t.index]!;
    const a = model.nodes[tie.source]!;
    const b = model.nodes[tie.target]!;
    const dash = tie.inferred ? ' stroke-dasharray="4 3"' : '';
    const role = tie.role ? ` data-role="${tie.role}"` : '';
    out.push(
      `<line data-source="${xmlText(a.id)}" data-target="${xmlText(b.id)}" data-weight="${tie.weight}"${role} x1="${t.x1}" y1="${t.y1}" x2="${t.x2}" y2="${t.y2}" stroke-width="${t.width}"${dash}/>`,
    );
  }
  out.push('</g>');
  out.push(`<g data-layer="nodes" stroke-width="1.5">`);
  for (const n of view.nodes) {
    const d = model.nodes[n.index]!;
    const color = fill(categoryOf(d, colorBy));
    const label = xmlText(d.name);
    const h = itemHalf(n.r);
    if (d.type === 'item') {
      out.push(
        `<rect data-item="${xmlText(d.id)}" aria-label="${label}" x="${round2(n.x - h)}" y="${round2(n.y - h)}" width="${round2(2 * h)}" height="${round2(2 * h)}" fill="${p.background}" stroke="${color}" stroke-width="2"><title>${label}</title></rect>`,
      );
    } else {
      out.push(
        `<circle data-unit="${xmlText(d.id)}" aria-label="${label}" cx="${n.x}" cy="${n.y}" r="${n.r}" fill="${color}" stroke="${p.background}"><title>${label}</title></circle>`,
      );
    }
  }
  out.push('</g>');
  out.push(
    `<g data-layer="labels" font-size="${fs}" fill="${p.text}" stroke="${p.background}" stroke-width="3" stroke-linejoin="round" paint-order="stroke">`,
  );
  for (const n of view.nodes) {
    if (!n.place.visible) continue;
    out.push(
      `<text x="${n.place.x}" y="${n.place.y}" text-anchor="${n.place.anchor}" ${CENTRED}>${xmlText(n.label)}</text>`,
    );
  }
  out.push('</g></g>');

  let y = top + view.height + margin;
  const legend = options.legend ?? [];
  if (legend.length) {
    out.push(`<g data-layer="legend" font-size="${fs}" fill="${p.text}">`);
    const line = Math.round(fs * 1.6);
    const swatch = Math.round(fs * 0.85);
    let x = margin;
    for (const entry of legend) {
      const text = truncateText(entry.label, width - 2 * margin - swatch - 6, fs);
      const w = swatch + 6 + textWidth(text, fs) + 16;
      if (x > margin && x + w > width - margin) {
        x = margin;
        y += line;
      }
      const cy = y + line / 2;
      out.push(
        entry.square
          ? `<rect x="${x + 1}" y="${round2(cy - swatch / 2 + 1)}" width="${swatch - 2}" height="${swatch - 2}" fill="${p.background}" stroke="${fill(entry.category)}" stroke-width="2"/>`
          : `<circle cx="${round2(x + swatch / 2)}" cy="${cy}" r="${swatch / 2}" fill="${fill(entry.category)}"/>`,
      );
      out.push(`<text x="${x + swatch + 6}" y="${cy}" ${CENTRED}>${xmlText(text)}</text>`);
      x += w;
    }
    y += line;
    out.push('</g>');
  }
  if (options.note) {
    const note = truncateText(options.note, width - 2 * margin, fs * 0.92);
    out.push(
      `<text x="${margin}" y="${y + fs}" font-size="${round2(fs * 0.92)}" fill="${p.muted}">${xmlText(note)}</text>`,
    );
    y += Math.round(fs * 1.8);
  }
  const height = Math.round(y + margin);

  const head: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${xmlText(p.font)}" font-size="${fs}">`,
  ];
  if (options.title) head.push(`<title>${xmlText(options.title)}</title>`);
  if (options.description) head.push(`<desc>${xmlText(options.description)}</desc>`);
  head.push(`<rect width="${width}" height="${height}" fill="${p.background}"/>`);
  if (options.title) {
    const title = truncateText(options.title, width - 2 * margin, titleFs);
    head.push(
      `<text x="${margin}" y="${margin + titleFs / 2}" ${CENTRED} font-size="${titleFs}" font-weight="600" fill="${p.text}">${xmlText(title)}</text>`,
    );
  }
  return `${head.join('')}${out.join('')}</svg>`;
}

/** Half the side of an item square of radius `r`: the square inside the circle, so items never reach past their collision radius. */
export function itemHalf(r: number): number {
  return round2(r * Math.SQRT1_2);
}
