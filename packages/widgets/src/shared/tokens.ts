import { css } from 'lit';

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
 * | `--remit-series-1` … `--remit-series-8` | Okabe–Ito based | brighter | categories: sections, communities (cycle past 8) |
 * | `--remit-font` | system UI + CJK fallbacks | same | all text |
 * | `--remit-font-size` | 13px | same | base text size; other sizes are em |
 *
 * The role colours are the Okabe–Ito palette (safe for the common colour
 * vision deficiencies), each at least 3:1 against its background (WCAG 1.4.11);
 * text colours are at least 4.5:1 (WCAG 1.4.3).
 *
 * Inside shadow styles, read the resolved values through the private
 * `--_remit-…` names (e.g. `fill: var(--_remit-lead)`), which already include
 * the fallback.
 */
export const tokens = css`
  :host {
    --_remit-d-lead: #0072b2;
    --_remit-d-inferred-lead: #009e73;
    --_remit-d-member: #d55e00;
    --_remit-d-text: #1f2328;
    --_remit-d-muted: #59636e;
    --_remit-d-background: #ffffff;
    --_remit-d-surface: #f6f8fa;
    --_remit-d-grid: #d0d7de;
    --_remit-d-focus: #0969da;
    --_remit-d-selected: #bf3989;
    --_remit-d-error: #cf222e;
    --_remit-d-series-1: #0072b2;
    --_remit-d-series-2: #d55e00;
    --_remit-d-series-3: #009e73;
    --_remit-d-series-4: #b8578f;
    --_remit-d-series-5: #a66f00;
    --_remit-d-series-6: #6b6b6b;
    --_remit-d-series-7: #3a86c8;
    --_remit-d-series-8: #8f7a00;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      --_remit-d-lead: #56b4e9;
      --_remit-d-inferred-lead: #2dbe8e;
      --_remit-d-member: #e69f00;
      --_remit-d-text: #e6edf3;
      --_remit-d-muted: #9198a1;
      --_remit-d-background: #16191d;
      --_remit-d-surface: #1f2428;
      --_remit-d-grid: #30363d;
      --_remit-d-focus: #58a6ff;
      --_remit-d-selected: #f778ba;
      --_remit-d-error: #ff7b72;
      --_remit-d-series-1: #56b4e9;
      --_remit-d-series-2: #e69f00;
      --_remit-d-series-3: #2dbe8e;
      --_remit-d-series-4: #cc79a7;
      --_remit-d-series-5: #f0e442;
      --_remit-d-series-6: #bbbbbb;
      --_remit-d-series-7: #5fa8ff;
      --_remit-d-series-8: #d9b600;
    }
  }
  :host([theme='dark']) {
    --_remit-d-lead: #56b4e9;
    --_remit-d-inferred-lead: #2dbe8e;
    --_remit-d-member: #e69f00;
    --_remit-d-text: #e6edf3;
    --_remit-d-muted: #9198a1;
    --_remit-d-background: #16191d;
    --_remit-d-surface: #1f2428;
    --_remit-d-grid: #30363d;
    --_remit-d-focus: #58a6ff;
    --_remit-d-selected: #f778ba;
    --_remit-d-error: #ff7b72;
    --_remit-d-series-1: #56b4e9;
    --_remit-d-series-2: #e69f00;
    --_remit-d-series-3: #2dbe8e;
    --_remit-d-series-4: #cc79a7;
    --_remit-d-series-5: #f0e442;
    --_remit-d-series-6: #bbbbbb;
    --_remit-d-series-7: #5fa8ff;
    --_remit-d-series-8: #d9b600;
  }
  :host {
    --_remit-lead: var(--remit-lead, var(--_remit-d-lead));
    --_remit-inferred-lead: var(--remit-inferred-lead, var(--_remit-d-inferred-lead));
    --_remit-member: var(--remit-member, var(--_remit-d-member));
    --_remit-text: var(--remit-text, var(--_remit-d-text));
    --_remit-muted: var(--remit-muted, var(--_remit-d-muted));
    --_remit-background: var(--remit-background, var(--_remit-d-background));
    --_remit-surface: var(--remit-surface, var(--_remit-d-surface));
    --_remit-grid: var(--remit-grid, var(--_remit-d-grid));
    --_remit-focus: var(--remit-focus, var(--_remit-d-focus));
    --_remit-selected: var(--remit-selected, var(--_remit-d-selected));
    --_remit-error: var(--remit-error, var(--_remit-d-error));
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
    --_remit-series-1: var(--remit-series-1, var(--_remit-d-series-1));
    --_remit-series-2: var(--remit-series-2, var(--_remit-d-series-2));
    --_remit-series-3: var(--remit-series-3, var(--_remit-d-series-3));
    --_remit-series-4: var(--remit-series-4, var(--_remit-d-series-4));
    --_remit-series-5: var(--remit-series-5, var(--_remit-d-series-5));
    --_remit-series-6: var(--remit-series-6, var(--_remit-d-series-6));
    --_remit-series-7: var(--remit-series-7, var(--_remit-d-series-7));
    --_remit-series-8: var(--remit-series-8, var(--_remit-d-series-8));
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
  '--remit-series-1',
  '--remit-series-2',
  '--remit-series-3',
  '--remit-series-4',
  '--remit-series-5',
  '--remit-series-6',
  '--remit-series-7',
  '--remit-series-8',
] as const;

/** How many `--remit-series-N` colours there are; categories cycle past it. */
export const SERIES_COUNT = 8;
