import { css, unsafeCSS, type CSSResult } from 'lit';
import { CATEGORY_COUNT, DARK_COLORS, LIGHT_COLORS, type DefaultColors } from './default-colors.js';

/** The custom property (after `--remit-`) of each built-in colour. */
const PROPERTY: Record<Exclude<keyof DefaultColors, 'categories'>, string> = {
  lead: 'lead',
  inferredLead: 'inferred-lead',
  member: 'member',
  text: 'text',
  muted: 'muted',
  background: 'background',
  surface: 'surface',
  grid: 'grid',
  focus: 'focus',
  selected: 'selected',
  error: 'error',
};

const COLOR_NAMES = [
  ...Object.values(PROPERTY),
  ...Array.from({ length: CATEGORY_COUNT }, (_, i) => `category-${i + 1}`),
];

/** A theme's defaults as declarations of the private `--_remit-d-…` properties. */
function defaults(colors: DefaultColors): CSSResult {
  const values = [
    ...Object.keys(PROPERTY).map((k) => colors[k as keyof typeof PROPERTY]),
    ...colors.categories,
  ];
  return unsafeCSS(COLOR_NAMES.map((name, i) => `--_remit-d-${name}: ${values[i]};`).join('\n'));
}

/**
 * The public styling API shared by every Remit element: CSS custom properties.
 *
 * Set any `--remit-…` property on the element or on an ancestor to override it;
 * unset properties fall back to the built-in light or dark value. Dark values
 * apply with `theme="dark"`, or with `prefers-color-scheme: dark` unless the
 * element has `theme="light"`. Sizes are px or em, never rem (a host page's root
 * font size must not leak in).
 *
 * | property | light | dark | used for |
 * | --- | --- | --- | --- |
 * | `--remit-lead` | #0072B2 | #56B4E9 | a written lead (牵头) |
 * | `--remit-inferred-lead` | #009E73 | #2DBE8E | a lead inferred by convention |
 * | `--remit-member` | #D55E00 | #E69F00 | a member (配合) |
 * | `--remit-text` | #1F2328 | #E6EDF3 | labels and figures |
 * | `--remit-muted` | #59636E | #9198A1 | secondary text, axes |
 * | `--remit-background` | #FFFFFF | #16191D | the element's background |
 * | `--remit-surface` | #F6F8FA | #1F2428 | cards, toolbar, tooltip |
 * | `--remit-grid` | #D0D7DE | #30363D | grid lines, borders |
 * | `--remit-focus` | #0969DA | #58A6FF | keyboard focus ring |
 * | `--remit-selected` | #BF3989 | #F778BA | the linked selection |
 * | `--remit-error` | #CF222E | #FF7B72 | the error state |
 * | `--remit-category-1` | #8341BE | #C699F8 | first category colour: communities, unit kinds, sections (violet) |
 * | `--remit-category-2` | #3C740D | #8CD55E | second category colour (green) |
 * | `--remit-category-3` | #C72C4C | #FA7F8C | third category colour (rose) |
 * | `--remit-category-4` | #8E6C00 | #E2DF50 | fourth category colour (ochre, yellow in dark) |
 * | `--remit-category-5` | #3D36AB | #8D8FF0 | fifth category colour (indigo) |
 * | `--remit-category-6` | #9F268D | #EB8AD7 | sixth category colour (magenta) |
 * | `--remit-category-7` | #37373D | #E4E4E8 | seventh category colour (ink) |
 * | `--remit-category-8` | #767676 | #9A9A9A | the last category: "other" (grey); sections cycle past it |
 * | `--remit-font` | system UI + CJK fallbacks | same | all text |
 * | `--remit-font-size` | 13px | same | base text size; other sizes are em |
 *
 * The role colours are the Okabe–Ito palette (safe for the common colour
 * vision deficiencies), each at least 3:1 against its background (WCAG 1.4.11);
 * text colours are at least 4.5:1 (WCAG 1.4.3). Category colours share no hue
 * with the role colours, so a community or a section is never read as a role
 * in linked views. The values live in `default-colors.ts`.
 *
 * Inside shadow styles, read the resolved values through the private
 * `--_remit-…` names (e.g. `fill: var(--_remit-lead)`), which already include
 * the fallback.
 */
export const tokens = css`
  :host {
    ${defaults(LIGHT_COLORS)}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${defaults(DARK_COLORS)}
    }
  }
  :host([theme='dark']) {
    ${defaults(DARK_COLORS)}
  }
  :host {
    ${unsafeCSS(COLOR_NAMES.map((n) => `--_remit-${n}: var(--remit-${n}, var(--_remit-d-${n}));`).join('\n'))}
    --_remit-font: var(
      --remit-font,
      system-ui,
      -apple-system,
      'Segoe UI',
      'PingFang SC',
      'Hiragino Sans GB',
      'Microsoft YaHei',
      'Noto Sans CJK SC',
      'Noto Sans SC',
      'WenQuanYi Micro Hei',
      sans-serif
    );
    --_remit-font-size: var(--remit-font-size, 13px);
  }
`;

/** The names of the public custom properties, for documentation and tests. */
export const TOKEN_NAMES = [
  '--remit-lead',
  '--remit-inferred-lead',
  '--remit-member',
  '--remit-text',
  '--remit-muted',
  '--remit-background',
  '--remit-surface',
  '--remit-grid',
  '--remit-focus',
  '--remit-selected',
  '--remit-error',
  '--remit-font',
  '--remit-font-size',
  '--remit-category-1',
  '--remit-category-2',
  '--remit-category-3',
  '--remit-category-4',
  '--remit-category-5',
  '--remit-category-6',
  '--remit-category-7',
  '--remit-category-8',
] as const;
