import { round2 } from '../shared/round2.js';
import { CENTRED } from '../shared/svg-text.js';
import { xmlText } from '../shared/xml-text.js';
import type { NetworkScene } from './network.scene.js';

/** The nodes' usual stroke width, set once on their layer. */
const NODE_STROKE = 1.5;

/**
 * A network scene (`networkScene`) as a standalone SVG document: title, chart,
 * legend, note. Each node carries `data-unit` (or `data-item` in bipartite
 * mode), each tie `data-source` and `data-target` (node ids) and
 * `data-weight`, so exports can be processed further. Text is escaped for XML,
 * so hostile names come out as the text they are. Used by `toSVG()` and the
 * snapshot tests of named scenarios.
 */
export function networkSVG(scene: NetworkScene): string {
  const { width, height, background, ties, labels, legend } = scene;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${xmlText(scene.font)}" font-size="${scene.fontSize}">`,
  ];
  if (scene.title) out.push(`<title>${xmlText(scene.title)}</title>`);
  if (scene.description) out.push(`<desc>${xmlText(scene.description)}</desc>`);
  out.push(`<rect width="${width}" height="${height}" fill="${background}"/>`);
  const { heading, note } = scene;
  if (heading) {
    const { x, y, fontSize, fill } = heading;
    out.push(
      `<text x="${x}" y="${y}" ${CENTRED} font-size="${fontSize}" font-weight="600" fill="${fill}">${xmlText(heading.text)}</text>`,
    );
  }

  out.push(`<g transform="translate(0,${scene.chart.top})">`);
  out.push(
    `<g data-layer="ties" fill="none" stroke="${ties.stroke}" stroke-opacity="${ties.opacity}" stroke-linecap="round">`,
  );
  for (const t of ties.marks) {
    const role = t.role ? ` data-role="${t.role}"` : '';
    const dash = t.dash ? ` stroke-dasharray="${t.dash}"` : '';
    out.push(
      `<line data-source="${xmlText(t.source)}" data-target="${xmlText(t.target)}" data-weight="${t.weight}"${role} x1="${t.x1}" y1="${t.y1}" x2="${t.x2}" y2="${t.y2}" stroke-width="${t.width}"${dash}/>`,
    );
  }
  out.push('</g>');
  out.push(`<g data-layer="nodes" stroke-width="${NODE_STROKE}">`);
  for (const n of scene.nodes) {
    const name = xmlText(n.name);
    const width = n.strokeWidth === NODE_STROKE ? '' : ` stroke-width="${n.strokeWidth}"`;
    const paint = `fill="${n.fill}" stroke="${n.stroke}"${width}><title>${name}</title>`;
    out.push(
      n.type === 'item'
        ? `<rect data-item="${xmlText(n.id)}" aria-label="${name}" x="${round2(n.x - n.r)}" y="${round2(n.y - n.r)}" width="${round2(2 * n.r)}" height="${round2(2 * n.r)}" ${paint}</rect>`
        : `<circle data-unit="${xmlText(n.id)}" aria-label="${name}" cx="${n.x}" cy="${n.y}" r="${n.r}" ${paint}</circle>`,
    );
  }
  out.push('</g>');
  out.push(
    `<g data-layer="labels" font-size="${scene.fontSize}" fill="${labels.fill}" stroke="${labels.halo}" stroke-width="${labels.haloWidth}" stroke-linejoin="round" paint-order="stroke">`,
  );
  for (const l of labels.marks) {
    out.push(
      `<text x="${l.x}" y="${l.y}" text-anchor="${l.anchor}" ${CENTRED}>${xmlText(l.text)}</text>`,
    );
  }
  out.push('</g></g>');

  if (legend.entries.length) {
    out.push(`<g data-layer="legend" font-size="${scene.fontSize}" fill="${legend.fill}">`);
    for (const { swatch: s, ...entry } of legend.entries) {
      out.push(
        s.shape === 'square'
          ? `<rect x="${s.x}" y="${s.y}" width="${s.side}" height="${s.side}" fill="${s.fill}" stroke="${s.stroke}" stroke-width="${s.strokeWidth}"/>`
          : `<circle cx="${s.cx}" cy="${s.cy}" r="${s.r}" fill="${s.fill}"/>`,
      );
      out.push(`<text x="${entry.x}" y="${entry.y}" ${CENTRED}>${xmlText(entry.text)}</text>`);
    }
    out.push('</g>');
  }
  if (note) {
    const { x, y, fontSize, fill } = note;
    out.push(
      `<text x="${x}" y="${y}" font-size="${fontSize}" fill="${fill}">${xmlText(note.text)}</text>`,
    );
  }
  return `${out.join('')}</svg>`;
}
