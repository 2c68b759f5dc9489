import { CENTRED } from '../shared/svg-text.js';
import { xmlText } from '../shared/xml-text.js';
import type { Rect } from './heatmap.model.js';
import type { HeatmapScene, SceneBar, SceneRect, SceneText } from './heatmap.scene.js';

const MIDDLE = ' text-anchor="middle"';

/**
 * A heatmap scene (`heatmapScene`) as a standalone SVG document: title,
 * legend, then the chart. Every cell is a `<rect>` carrying `data-item`,
 * `data-unit` and `data-role` (and `data-inferred` for inferred leads), so
 * exports can be processed further.
 *
 * Text is escaped for XML (hostile names come out as the text they are) and
 * characters XML forbids become U+FFFD, so the result always parses. Used by
 * the element's `toSVG()` and by the snapshot tests of named scenarios.
 */
export function heatmapSVG(scene: HeatmapScene): string {
  const { width, height, hatch, chart, bands, bars } = scene;
  const hatched = (r: Rect): string =>
    `<rect x="${r.x}" y="${r.y}" width="${r.w}" height="${r.h}" fill="url(#${hatch.id})"/>`;
  const rect = (r: SceneRect, data = ''): string =>
    `<rect${data} x="${r.x}" y="${r.y}" width="${r.w}" height="${r.h}" fill="${xmlText(r.fill)}"/>` +
    (r.hatched ? hatched(r) : '');
  // a label cut to fit carries its full text as a tooltip
  const text = (t: SceneText & { title?: string }, before = '', after = ''): string =>
    `<text x="${t.x}" y="${t.y}"${before} ${CENTRED}${after}>${xmlText(t.text)}${t.title && t.title !== t.text ? `<title>${xmlText(t.title)}</title>` : ''}</text>`;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img">`,
  ];
  if (scene.title) out.push(`<title>${xmlText(scene.title)}</title>`);
  if (scene.description) out.push(`<desc>${xmlText(scene.description)}</desc>`);
  out.push(
    `<defs><pattern id="${hatch.id}" width="${hatch.spacing}" height="${hatch.spacing}" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="${hatch.width}" height="${hatch.spacing}" fill="${xmlText(hatch.fill)}"/></pattern></defs>`,
    `<rect width="${width}" height="${height}" fill="${xmlText(scene.background)}"/>`,
    `<g font-family="${xmlText(scene.font)}" font-size="${scene.fontSize}" fill="${xmlText(scene.fill)}">`,
  );
  for (const line of scene.heading.lines) {
    out.push(text(line, '', ` font-size="${scene.heading.fontSize}" font-weight="600"`));
  }
  for (const entry of scene.legend) {
    const marks = entry.marks.map((m) => ('text' in m ? text(m) : rect(m)));
    out.push(`<g transform="translate(${entry.x},${entry.y})">${marks.join('')}</g>`);
  }
  out.push(`<g transform="translate(${chart.x},${chart.y})">`, '<g class="bands">');
  for (const band of bands.marks) {
    out.push(
      `<line x1="0" x2="${bands.x2}" y1="${band.line}" y2="${band.line}" stroke="${xmlText(bands.stroke)}"/>`,
      text(band, '', ' font-weight="600"'),
    );
  }
  out.push(`</g><g class="rows" font-size="${scene.rows.fontSize}">`);
  for (const row of scene.rows.marks) {
    out.push(rect({ ...row.stripe, fill: scene.rows.fill }), text(row.label));
  }
  out.push(`</g><g class="columns" font-size="${scene.columns.fontSize}">`);
  // Each glyph at its own place, so the picture does not depend on a renderer's support for
  // `writing-mode` (librsvg, which Inkscape and many converters use, and office suites set such
  // text wrongly).
  for (const col of scene.columns.marks) {
    const runs = col.runs.map((run) =>
      run.upright
        ? text(run, MIDDLE)
        : `<text transform="translate(${run.x} ${run.y}) rotate(90)"${MIDDLE} ${CENTRED}>${xmlText(run.text)}</text>`,
    );
    out.push(`<g><title>${xmlText(col.title)}</title>${runs.join('')}</g>`);
  }
  out.push('</g><g class="cells">');
  for (const cell of scene.cells.marks) {
    const inferred = cell.inferred ? ' data-inferred="true"' : '';
    out.push(
      rect(
        cell,
        ` data-item="${xmlText(cell.item)}" data-unit="${xmlText(cell.unit)}" data-role="${cell.role}"${inferred}`,
      ),
    );
    if (cell.inferred) out.push(hatched(cell));
  }
  out.push(`</g><g class="bars" font-size="${bars.fontSize}" fill="${xmlText(bars.text)}">`);
  const bar = (b: SceneBar, data: string, anchor: string): void => {
    out.push(rect({ ...b, fill: bars.fill }, ` ${data}="${xmlText(b.id)}"`));
    if (b.lead) out.push(rect({ ...b.lead, fill: bars.lead }));
    if (b.figure) out.push(text(b.figure, anchor));
  };
  for (const b of bars.columns) bar(b, 'data-unit', MIDDLE);
  for (const b of bars.rows) bar(b, 'data-item', '');
  out.push('</g>', '</g></g></svg>');
  return out.join('\n');
}
