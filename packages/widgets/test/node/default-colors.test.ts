import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readTokenTable } from '../../scripts/manifest.mjs';
import { DARK_COLORS, LIGHT_COLORS, type DefaultColors } from '../../src/shared/default-colors.js';

/** WCAG relative luminance of a `#rrggbb` colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG contrast ratio of two colours. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** OKLab of a `#rrggbb` colour (Björn Ottosson's matrices). */
function oklab(hex: string): [number, number, number] {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
  const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
  return [
    0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s,
    1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s,
    0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s,
  ];
}

/** OKLCH chroma and hue (degrees) of a colour. */
function chromaHue(hex: string): { chroma: number; hue: number } {
  const [, a, b] = oklab(hex);
  return { chroma: Math.hypot(a, b), hue: ((Math.atan2(b, a) * 180) / Math.PI + 360) % 360 };
}

function hueDistance(x: number, y: number): number {
  const d = Math.abs(x - y) % 360;
  return Math.min(d, 360 - d);
}

/** Perceptual distance (OKLab ΔE) of two colours. */
function distance(x: string, y: string): number {
  const [p, q] = [oklab(x), oklab(y)];
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

const THEMES: [string, DefaultColors][] = [
  ['light', LIGHT_COLORS],
  ['dark', DARK_COLORS],
];

describe('the built-in colours', () => {
  for (const [theme, c] of THEMES) {
    const roles = { lead: c.lead, 'inferred lead': c.inferredLead, member: c.member };

    it(`${theme}: every role and category colour is at least 3:1 against the background and the surface`, () => {
      for (const color of [...Object.values(roles), ...c.categories]) {
        expect(contrast(color, c.background), color).toBeGreaterThanOrEqual(3);
        expect(contrast(color, c.surface), color).toBeGreaterThanOrEqual(3);
      }
      expect(c.categories).toHaveLength(8);
    });

    it(`${theme}: text is at least 4.5:1 against the background and the surface`, () => {
      for (const color of [c.text, c.muted]) {
        expect(contrast(color, c.background)).toBeGreaterThanOrEqual(4.5);
        expect(contrast(color, c.surface)).toBeGreaterThanOrEqual(4.5);
      }
    });

    it(`${theme}: no category shares a hue with a role (30° of OKLCH hue at least) or looks like one`, () => {
      for (const category of c.categories) {
        const { chroma, hue } = chromaHue(category);
        for (const [role, color] of Object.entries(roles)) {
          if (chroma >= 0.04) {
            expect(
              hueDistance(hue, chromaHue(color).hue),
              `${category} vs ${role}`,
            ).toBeGreaterThanOrEqual(30);
          }
          expect(distance(category, color), `${category} vs ${role}`).toBeGreaterThanOrEqual(0.085);
        }
      }
    });

    it(`${theme}: the categories are told apart from one another`, () => {
      const cats = c.categories;
      for (let i = 0; i < cats.length; i++) {
        for (let j = i + 1; j < cats.length; j++) {
          expect(distance(cats[i]!, cats[j]!), `${cats[i]} vs ${cats[j]}`).toBeGreaterThanOrEqual(
            0.075,
          );
        }
      }
    });
  }

  it('are the values the tokens table documents', () => {
    const table = readTokenTable(
      readFileSync(new URL('../../src/shared/tokens.ts', import.meta.url), 'utf8'),
    );
    const documented = new Map(
      table.map((t: { name: string; description: string }) => [t.name, t.description]),
    );
    const check = (name: string, light: string, dark: string): void =>
      expect(documented.get(name)?.toLowerCase(), name).toContain(
        `(light: ${light}; dark: ${dark})`.toLowerCase(),
      );
    check('--remit-lead', LIGHT_COLORS.lead, DARK_COLORS.lead);
    check('--remit-member', LIGHT_COLORS.member, DARK_COLORS.member);
    check('--remit-selected', LIGHT_COLORS.selected, DARK_COLORS.selected);
    LIGHT_COLORS.categories.forEach((light, i) =>
      check(`--remit-category-${i + 1}`, light, DARK_COLORS.categories[i]!),
    );
  });
});
