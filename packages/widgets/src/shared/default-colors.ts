/** A theme's built-in colours: the defaults of the `--remit-…` custom properties (see `tokens.ts`). */
export interface DefaultColors {
  lead: string;
  inferredLead: string;
  member: string;
  text: string;
  muted: string;
  background: string;
  surface: string;
  grid: string;
  focus: string;
  selected: string;
  error: string;
  /** `--remit-category-1` … `--remit-category-8`; the eighth (grey) stands for "other" */
  categories: readonly string[];
}

/** How many category colours there are (`--remit-category-1` … `-8`). */
export const CATEGORY_COUNT = 8;

/**
 * The light theme. Role colours are Okabe–Ito (lead blue, inferred lead
 * bluish green, member vermillion). Category colours (communities, unit kinds,
 * sections) share no hue with them: violet, green, rose, ochre, indigo,
 * magenta, ink, and grey for "other", each at least 3:1 against the background
 * and the surface (WCAG 1.4.11) and at least 30° of OKLCH hue from every role
 * colour (test/node/default-colors.test.ts checks both).
 */
export const LIGHT_COLORS: DefaultColors = {
  lead: '#0072b2',
  inferredLead: '#009e73',
  member: '#d55e00',
  text: '#1f2328',
  muted: '#59636e',
  background: '#ffffff',
  surface: '#f6f8fa',
  grid: '#d0d7de',
  focus: '#0969da',
  selected: '#bf3989',
  error: '#cf222e',
  categories: [
    '#8341be',
    '#3c740d',
    '#c72c4c',
    '#8e6c00',
    '#3d36ab',
    '#9f268d',
    '#37373d',
    '#767676',
  ],
};

/** The dark theme: the same hues, lighter, each at least 3:1 against the dark background and surface. */
export const DARK_COLORS: DefaultColors = {
  lead: '#56b4e9',
  inferredLead: '#2dbe8e',
  member: '#e69f00',
  text: '#e6edf3',
  muted: '#9198a1',
  background: '#16191d',
  surface: '#1f2428',
  grid: '#30363d',
  focus: '#58a6ff',
  selected: '#f778ba',
  error: '#ff7b72',
  categories: [
    '#c699f8',
    '#8cd55e',
    '#fa7f8c',
    '#e2df50',
    '#8d8ff0',
    '#eb8ad7',
    '#e4e4e8',
    '#9a9a9a',
  ],
};
