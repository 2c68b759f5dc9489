import { css, unsafeCSS } from 'lit';
import { SERIES_COUNT } from './tokens.js';

/**
 * The class naming category `index` (0-based): `series-1` … `series-8`,
 * cycling. With `seriesStyles` in the element's styles, an element of that
 * class has `--_series` set to the category colour: `fill: var(--_series)`.
 */
export function seriesClass(index: number): string {
  const n = ((Math.trunc(index) % SERIES_COUNT) + SERIES_COUNT) % SERIES_COUNT;
  return `series-${n + 1}`;
}

/** Sets `--_series` on `.series-1` … `.series-8` from the `--remit-series-N` tokens. */
export const seriesStyles = css`
  ${unsafeCSS(
    Array.from(
      { length: SERIES_COUNT },
      (_, i) => `.series-${i + 1} { --_series: var(--_remit-series-${i + 1}); }`,
    ).join('\n'),
  )}
`;
