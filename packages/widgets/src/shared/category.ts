import { css, unsafeCSS } from 'lit';
import { CATEGORY_COUNT } from './default-colors.js';

/**
 * The class of category `index` (0-based): `category-1` … `category-8`,
 * cycling. With `categoryStyles` in the element's styles, an element of that
 * class has `--_category` set to the category colour (`--remit-category-N`):
 * `fill: var(--_category)`. Categories are communities, unit kinds and
 * sections; they never take a role colour.
 */
export function categoryClass(index: number): string {
  const n = ((Math.trunc(index) % CATEGORY_COUNT) + CATEGORY_COUNT) % CATEGORY_COUNT;
  return `category-${n + 1}`;
}

/** Sets `--_category` on `.category-1` … `.category-8` from the `--remit-category-N` tokens. */
export const categoryStyles = css`
  ${unsafeCSS(
    Array.from(
      { length: CATEGORY_COUNT },
      (_, i) => `.category-${i + 1} { --_category: var(--_remit-category-${i + 1}); }`,
    ).join('\n'),
  )}
`;
