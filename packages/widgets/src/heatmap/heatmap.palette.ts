import { DARK_COLORS, LIGHT_COLORS, type DefaultColors } from '../shared/default-colors.js';

/**
 * Concrete colours for painting outside the DOM's cascade: the Canvas painter
 * and the SVG export, which must stand alone. The element fills it from the
 * resolved `--remit-…` custom properties, so page overrides reach exports too.
 */
export interface HeatmapPalette {
  background: string;
  surface: string;
  text: string;
  muted: string;
  grid: string;
  lead: string;
  inferredLead: string;
  member: string;
  selected: string;
  focus: string;
  font: string;
}

const FONT = "system-ui, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif";

/** The light theme's defaults (`shared/default-colors.ts`), for Node snapshots and fallbacks. */
export const LIGHT_PALETTE: HeatmapPalette = heatmapPalette(LIGHT_COLORS);

/** The dark theme's defaults. */
export const DARK_PALETTE: HeatmapPalette = heatmapPalette(DARK_COLORS);

function heatmapPalette(c: DefaultColors): HeatmapPalette {
  const { background, surface, text, muted, grid, lead, inferredLead, member, selected, focus } = c;
  return {
    background,
    surface,
    text,
    muted,
    grid,
    lead,
    inferredLead,
    member,
    selected,
    focus,
    font: FONT,
  };
}

/** How far a member's square is inset from a lead's of side `size` (a fifth, rounded to 0.01). */
export function memberInset(size: number): number {
  return Math.round(size * 0.2 * 100) / 100;
}

/** The metric colour ramp has this many steps; the legend shows each. */
export const RAMP_STEPS = 5;

/** The ramp step (0 … RAMP_STEPS − 1) of a value in [0, 1]. */
export function rampStep(t: number): number {
  return Math.max(0, Math.min(RAMP_STEPS - 1, Math.ceil(t * RAMP_STEPS) - 1));
}

/**
 * The colour of a ramp step, from least to most contrast with the background:
 * a tint of the lead colour (70% lead: still 3:1 against the background for
 * the default palettes, WCAG 1.4.11), the lead colour, then the lead colour
 * mixed towards the text colour. `RAMP_CSS` gives the same steps as CSS.
 */
export function rampFill(p: HeatmapPalette, step: number): string {
  const [from, to, t] = RAMP[step] ?? RAMP[RAMP.length - 1]!;
  return mixHex(p[from], p[to], t);
}

/** Each ramp step as (from, to, share of `to`). */
const RAMP: readonly (readonly ['background' | 'lead', 'lead' | 'text', number])[] = [
  ['background', 'lead', 0.7],
  ['background', 'lead', 0.85],
  ['lead', 'text', 0],
  ['lead', 'text', 0.3],
  ['lead', 'text', 0.55],
];

/**
 * The ramp steps as CSS colours over the theme's custom properties; `--_remit-ramp-k` stands in
 * where the browser lacks `color-mix()` (see heatmap.ramp-fallback.ts).
 */
export const RAMP_CSS: readonly string[] = RAMP.map(
  ([from, to, t], k) =>
    `var(--_remit-ramp-${k}, color-mix(in srgb, var(--_remit-${to}) ${Math.round(t * 100)}%, var(--_remit-${from})))`,
);

/** The fill of the marginal bars: the muted colour, 80% (3:1 against the background). */
export function barFill(p: HeatmapPalette): string {
  return mixHex(p.background, p.muted, 0.8);
}

/** Inferred leads are hatched with stripes of the background colour, 45°, this far apart (px). */
export const HATCH = { spacing: 4, width: 1.5 } as const;

/**
 * Mixes two `#rrggbb` colours in sRGB; anything else returns `b` unchanged
 * (a custom property may hold a named colour, which still paints correctly).
 */
export function mixHex(a: string, b: string, t: number): string {
  const x = parseHex(a);
  const y = parseHex(b);
  if (!x || !y) return b;
  const c = x.map((v, k) => Math.round(v + (y[k]! - v) * t));
  return `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

function parseHex(s: string): number[] | undefined {
  const m = /^#([0-9a-f]{6})$/iu.exec(s.trim());
  if (!m) return undefined;
  const n = parseInt(m[1]!, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** The palette of a host's resolved theme (`readTheme`); empty values keep the light defaults. */
export function paletteFrom(colors: Partial<Record<keyof HeatmapPalette, string>>): HeatmapPalette {
  const p = { ...LIGHT_PALETTE };
  for (const key of Object.keys(p) as (keyof HeatmapPalette)[]) {
    const value = colors[key]?.trim();
    if (value) p[key] = value;
  }
  return p;
}
