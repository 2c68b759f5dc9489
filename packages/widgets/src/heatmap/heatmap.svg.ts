import { formatNumber } from '../shared/format.js';
import { DEFAULT_LANG, type Lang } from '../shared/lang.js';
import { messages } from '../shared/messages.js';
import { textWidth } from '../shared/text-width.js';
import { wrapLabel } from './wrap-label.js';
import { placeVertical } from './vertical-runs.js';
import { heatmapMessages } from './heatmap.messages.js';
import { CORRECTED_MARK, rolesDrawn, type HeatmapLayout } from './heatmap.model.js';
import {
  cellFill,
  cellMark,
  HATCH,
  LIGHT_PALETTE,
  barFill,
  rampFill,
  RAMP_STEPS,
  type HeatmapPalette,
} from './heatmap.palette.js';
import { xmlText } from '../shared/xml-text.js';
import { CENTRED } from '../shared/svg-text.js';
import { round2 } from '../shared/round2.js';

export interface HeatmapSVGOptions {
  /** default: the light theme */
  palette?: HeatmapPalette;
  /** the language of the legend and figures (default zh-CN) */
  lang?: Lang;
  /** drawn above the chart and given as the SVG's `<title>` */
  title?: string;
  /** the text summary, given as the SVG's `<desc>` */
  description?: string;
  /** prefix of ids inside the SVG (the hatch pattern), unique per document it is inlined into */
  idPrefix?: string;
}

/**
 * The heatmap as a standalone SVG document: title, legend, then the chart.
 * Every cell is a `<rect>` carrying `data-item`, `data-unit` and `data-role`
 * (and `data-inferred` for inferred leads), so exports can be processed further.
 *
 * Text is escaped for XML (hostile names come out as the text they are) and
 * characters XML forbids become U+FFFD, so the result always parses. Used by
 * the element's `toSVG()` and by the snapshot tests of named scenarios.
 */
export function heatmapSVG(layout: HeatmapLayout, options: HeatmapSVGOptions = {}): string {
  const p = options.palette ?? LIGHT_PALETTE;
  const lang = options.lang ?? DEFAULT_LANG;
  const id = `${options.idPrefix ?? 'remit-heatmap'}-hatch`;
  const margin = 12;
  const fs = layout.fontSize;
  const titleFs = Math.round(fs * 1.35);
  const width = Math.max(layout.width + 2 * margin, 240);
  const out: string[] = [];

  let y = margin;
  const titleLines = options.title ? wrapLabel(options.title, width - 2 * margin, titleFs, 3) : [];
  const head: string[] = [];
  for (const line of titleLines) {
    head.push(
      `<text x="${margin}" y="${y + titleFs / 2}" ${CENTRED} font-size="${titleFs}" font-weight="600">${xmlText(line)}</text>`,
    );
    y += Math.round(titleFs * 1.4);
  }
  if (titleLines.length) y += 4;
  const legend = legendEntries(layout, p, lang, id);
  let x = margin;
  const lineH = fs + 8;
  for (const entry of legend) {
    const w = entry.width(fs);
    if (x > margin && x + w > width - margin) {
      x = margin;
      y += lineH;
    }
    head.push(`<g transform="translate(${x},${y})">${entry.draw(fs)}</g>`);
    x += w + fs;
  }
  if (legend.length) y += lineH + 4;
  const top = y;
  const height = top + layout.height + margin;

  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img">`,
  );
  if (options.title) out.push(`<title>${xmlText(options.title)}</title>`);
  if (options.description) out.push(`<desc>${xmlText(options.description)}</desc>`);
  out.push(
    `<defs><pattern id="${id}" width="${HATCH.spacing}" height="${HATCH.spacing}" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="${HATCH.width}" height="${HATCH.spacing}" fill="${xmlText(p.background)}"/></pattern></defs>`,
    `<rect width="${width}" height="${height}" fill="${xmlText(p.background)}"/>`,
    `<g font-family="${xmlText(p.font)}" font-size="${fs}" fill="${xmlText(p.text)}">`,
    ...head,
    `<g transform="translate(${margin},${top})">`,
    ...chart(layout, p, lang, id),
    '</g></g></svg>',
  );
  return out.join('\n');
}

function chart(layout: HeatmapLayout, p: HeatmapPalette, lang: Lang, hatch: string): string[] {
  const { regions, fontSize: fs, numberSize: nfs } = layout;
  const pad = Math.round(fs / 2);
  const m = regions.matrix;
  const noSection = messages(lang).noSection;
  const out: string[] = ['<g class="bands">'];
  for (const band of layout.sectionBands) {
    out.push(
      `<line x1="0" x2="${m.x + m.w}" y1="${band.y + 0.5}" y2="${band.y + 0.5}" stroke="${xmlText(p.grid)}"/>`,
      `<text x="${pad}" y="${band.y + band.h / 2}" ${CENTRED} font-weight="600">${band.section === null ? xmlText(noSection) : titled(band.label, band.title)}</text>`,
    );
  }
  out.push(`</g><g class="rows" font-size="${layout.labelSize}">`);
  for (const row of layout.rows) {
    out.push(
      `<rect x="${m.x}" y="${row.y}" width="${m.w}" height="${row.h}" fill="${xmlText(p.surface)}"/>`,
      `<text x="${pad}" y="${row.y + row.h / 2}" ${CENTRED}>${titled(row.label, row.title)}</text>`,
    );
  }
  out.push(`</g><g class="columns" font-size="${layout.labelSize}">`);
  const labelEnd = regions.columnLabels.y + regions.columnLabels.h - pad;
  for (const col of layout.columns) {
    out.push(verticalLabel(col.label, col.name, col.x + col.w / 2, labelEnd, layout.labelSize));
  }
  out.push('</g><g class="cells">');
  for (const cell of layout.cells) {
    const r = cellMark(cell);
    const inferred = cell.inferred ? ' data-inferred="true"' : '';
    out.push(
      `<rect data-item="${xmlText(cell.item)}" data-unit="${xmlText(cell.unit)}" data-role="${cell.role}"${inferred} x="${r.x}" y="${r.y}" width="${r.w}" height="${r.h}" fill="${xmlText(cellFill(cell, layout.color, p))}"/>`,
    );
    if (cell.inferred) {
      out.push(
        `<rect x="${r.x}" y="${r.y}" width="${r.w}" height="${r.h}" fill="url(#${hatch})"/>`,
      );
    }
  }
  const bars = xmlText(barFill(p));
  out.push(`</g><g class="bars" font-size="${nfs}" fill="${xmlText(p.muted)}">`);
  for (const bar of layout.marginals.columns) {
    out.push(
      `<rect data-unit="${xmlText(bar.id)}" x="${bar.x}" y="${bar.y}" width="${bar.w}" height="${bar.h}" fill="${bars}"/>`,
    );
    if (bar.leads) {
      out.push(
        `<rect x="${bar.lead.x}" y="${bar.lead.y}" width="${bar.lead.w}" height="${bar.lead.h}" fill="${xmlText(p.lead)}"/>`,
      );
    }
    if (layout.marginals.columnFigures) {
      out.push(
        `<text x="${bar.tx}" y="${bar.ty}" text-anchor="middle" ${CENTRED}>${formatNumber(lang, bar.value)}</text>`,
      );
    }
  }
  for (const bar of layout.marginals.rows) {
    out.push(
      `<rect data-item="${xmlText(bar.id)}" x="${bar.x}" y="${bar.y}" width="${bar.w}" height="${bar.h}" fill="${bars}"/>`,
    );
    if (bar.leads) {
      out.push(
        `<rect x="${bar.lead.x}" y="${bar.lead.y}" width="${bar.lead.w}" height="${bar.lead.h}" fill="${xmlText(p.lead)}"/>`,
      );
    }
    if (layout.marginals.rowFigures) {
      out.push(
        `<text x="${bar.tx}" y="${bar.ty}" ${CENTRED}>${formatNumber(lang, bar.value)}</text>`,
      );
    }
  }
  out.push('</g>');
  return out;
}

/**
 * A column name set run by run where `placeVertical` puts it: each glyph at its own place, so
 * the picture does not depend on a renderer's support for `writing-mode` (librsvg, which
 * Inkscape and many converters use, and office suites set such text wrongly).
 */
function verticalLabel(
  label: string,
  full: string,
  cx: number,
  bottom: number,
  fs: number,
): string {
  const parts: string[] = [`<g>`, `<title>${xmlText(full)}</title>`];
  for (const run of placeVertical(label, round2(cx), bottom, fs)) {
    parts.push(
      run.upright
        ? `<text x="${run.x}" y="${run.y}" text-anchor="middle" ${CENTRED}>${xmlText(run.text)}</text>`
        : `<text transform="translate(${run.x} ${run.y}) rotate(90)" text-anchor="middle" ${CENTRED}>${xmlText(run.text)}</text>`,
    );
  }
  parts.push('</g>');
  return parts.join('');
}

/** A label, with the full text as a tooltip when the label was cut. */
function titled(label: string, full: string): string {
  return label === full ? xmlText(label) : `${xmlText(label)}<title>${xmlText(full)}</title>`;
}

function em(text: string): number {
  return textWidth(text, 1);
}

interface LegendEntry {
  width: (fs: number) => number;
  draw: (fs: number) => string;
}

function legendEntries(
  layout: HeatmapLayout,
  p: HeatmapPalette,
  lang: Lang,
  hatch: string,
): LegendEntry[] {
  const t = messages(lang);
  const h = heatmapMessages[lang];
  const swatch = (fill: string, small: boolean, hatched: boolean) => (fs: number) => {
    const d = small ? Math.round(fs * 0.2) : 0;
    const s = fs - 2 * d;
    const rect = `<rect x="${d}" y="${d}" width="${s}" height="${s}" fill="${xmlText(fill)}"/>`;
    return hatched
      ? rect + `<rect x="${d}" y="${d}" width="${s}" height="${s}" fill="url(#${hatch})"/>`
      : rect;
  };
  const entry = (draw: (fs: number) => string, text: string): LegendEntry => ({
    width: (fs) => fs + 4 + Math.ceil(em(text) * fs),
    draw: (fs) => `${draw(fs)}<text x="${fs + 4}" y="${fs / 2}" ${CENTRED}>${xmlText(text)}</text>`,
  });
  const role = layout.color === 'role';
  const drawn = rolesDrawn(layout.grid);
  const entries: LegendEntry[] = [];
  if (drawn.lead) entries.push(entry(swatch(role ? p.lead : p.muted, false, false), t.lead));
  if (drawn.inferredLead) {
    entries.push(entry(swatch(role ? p.inferredLead : p.muted, false, true), t.inferredLead));
  }
  if (drawn.member) entries.push(entry(swatch(role ? p.member : p.muted, true, false), t.member));
  if (!role) {
    const caption = layout.color === 'workload' ? h.colorWorkload : h.colorUnits;
    const steps = Array.from({ length: RAMP_STEPS }, (_, k) => k);
    entries.push({
      width: (fs) =>
        Math.ceil((em(caption) + em(h.fewer) + em(h.more) + 1.5) * fs) + steps.length * fs,
      draw: (fs) => {
        let x = 0;
        const parts: string[] = [];
        const text = (s: string) => {
          parts.push(`<text x="${x}" y="${fs / 2}" ${CENTRED}>${xmlText(s)}</text>`);
          x += Math.ceil((em(s) + 0.5) * fs);
        };
        text(caption);
        text(h.fewer);
        for (const s of steps) {
          parts.push(
            `<rect x="${x}" y="0" width="${fs}" height="${fs}" fill="${xmlText(rampFill(p, s))}"/>`,
          );
          x += fs;
        }
        x += Math.round(fs / 2);
        text(h.more);
        return parts.join('');
      },
    });
  }
  if (layout.rows.some((r) => r.corrected)) {
    entries.push(
      entry((fs) => `<text y="${fs / 2}" ${CENTRED}>${CORRECTED_MARK}</text>`, h.corrected),
    );
  }
  const bars = barFill(p);
  entries.push(
    entry(
      (fs) =>
        `<rect x="0" y="${Math.round(fs * 0.3)}" width="${fs}" height="${fs - Math.round(fs * 0.3)}" fill="${bars}"/>`,
      `${h.workloadBar} / ${h.unitsBar}`,
    ),
  );
  return entries;
}
