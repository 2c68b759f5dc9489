import { readTheme } from '../controllers/theme-controller.js';
import {
  DARK_NETWORK_PALETTE,
  LIGHT_NETWORK_PALETTE,
  type NetworkPalette,
} from './network.palette.js';

/**
 * The network colours as resolved on an element (page overrides of
 * `--remit-…` included), for exports that must stand alone. Falls back to the
 * built-in light or dark palette for anything unset.
 */
export function readNetworkPalette(el: HTMLElement): NetworkPalette {
  const theme = readTheme(el);
  const attr = el.getAttribute('theme');
  const dark =
    attr === 'dark' || (attr !== 'light' && matchMedia('(prefers-color-scheme: dark)').matches);
  const base = dark ? DARK_NETWORK_PALETTE : LIGHT_NETWORK_PALETTE;
  return {
    background: theme.background || base.background,
    text: theme.text || base.text,
    muted: theme.muted || base.muted,
    font: theme.font || base.font,
    categories: base.categories.map((c, i) => theme.categories[i] || c),
  };
}
