import { UNIT_KINDS } from '@remit/core/model';
import {
  CATEGORY_COUNT,
  DARK_COLORS,
  LIGHT_COLORS,
  type DefaultColors,
} from '../shared/default-colors.js';
import type { NetworkNode } from './network.model.js';

const FONT = "system-ui, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif";

/** What a node's colour says: its community, or its unit kind. */
export type ColorBy = 'community' | 'kind';

/** The colours and font a network is drawn with (`networkScene`). */
export interface NetworkPalette {
  background: string;
  text: string;
  /** ties, the note, and nodes past the categories */
  muted: string;
  font: string;
  /** eight categorical colours; the eighth is for "other" */
  categories: readonly string[];
}

/** The number of categorical colours; community or kind `CATEGORIES - 1` and above share the last. */
export const CATEGORIES = CATEGORY_COUNT;

/** The light categories (`--remit-category-N` defaults; no role hue, see `default-colors.ts`). */
export const LIGHT_CATEGORIES = LIGHT_COLORS.categories;

/** The dark categories. */
export const DARK_CATEGORIES = DARK_COLORS.categories;

export const LIGHT_NETWORK_PALETTE: NetworkPalette = networkPalette(LIGHT_COLORS);

export const DARK_NETWORK_PALETTE: NetworkPalette = networkPalette(DARK_COLORS);

/**
 * The palette of the live element: the theme tokens themselves
 * (`var(--_remit-…)`), so the page's theme, dark mode and overrides of
 * `--remit-category-N` apply without drawing again.
 */
export const TOKEN_NETWORK_PALETTE: NetworkPalette = {
  background: 'var(--_remit-background)',
  text: 'var(--_remit-text)',
  muted: 'var(--_remit-muted)',
  font: 'var(--_remit-font)',
  categories: LIGHT_CATEGORIES.map((_, i) => `var(--_remit-category-${i + 1})`),
};

function networkPalette(c: DefaultColors): NetworkPalette {
  const { background, text, muted, categories } = c;
  return { background, text, muted, font: FONT, categories };
}

/**
 * The category (0 … 7) a node is coloured with: its community (communities
 * past the seventh share the "other" grey), or its unit kind (`other`
 * kinds and items in bipartite mode take the grey).
 */
export function categoryOf(node: NetworkNode, colorBy: ColorBy): number {
  const other = CATEGORIES - 1;
  if (colorBy === 'kind') {
    if (node.type === 'item' || !node.kind) return other;
    const k = UNIT_KINDS.indexOf(node.kind);
    return k < 0 || node.kind === 'other' ? other : Math.min(k, other);
  }
  return node.community < 0 ? other : Math.min(node.community, other);
}
