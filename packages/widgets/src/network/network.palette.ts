import { UNIT_KINDS } from '@remit/core/model';
import type { NetworkNode } from './network.model.js';

/** What a node's colour says: its community, or its unit kind. */
export type ColorBy = 'community' | 'kind';

/** Colours for drawing outside the cascade (the SVG export and snapshots). */
export interface NetworkPalette {
  background: string;
  surface: string;
  text: string;
  muted: string;
  grid: string;
  selected: string;
  focus: string;
  font: string;
  /** eight categorical colours; the eighth is for "other" */
  categories: readonly string[];
}

/** The number of categorical colours; community or kind `CATEGORIES - 1` and above share the last. */
export const CATEGORIES = 8;

/**
 * Light categories: Okabe–Ito hues, orange and sky blue darkened, each at least
 * 3:1 against white (WCAG 1.4.11); the eighth, grey, stands for "other".
 */
export const LIGHT_CATEGORIES = [
  '#0072b2',
  '#d55e00',
  '#009e73',
  '#cc79a7',
  '#b26f00',
  '#6f62c7',
  '#5c7a00',
  '#767676',
] as const;

/** Dark categories: the same hues, lighter, each at least 4.5:1 against #16191d. */
export const DARK_CATEGORIES = [
  '#56b4e9',
  '#e69f00',
  '#2dbe8e',
  '#cc79a7',
  '#f0e442',
  '#b4a7f0',
  '#9acd32',
  '#a0a0a0',
] as const;

export const LIGHT_NETWORK_PALETTE: NetworkPalette = {
  background: '#ffffff',
  surface: '#f6f8fa',
  text: '#1f2328',
  muted: '#59636e',
  grid: '#d0d7de',
  selected: '#bf3989',
  focus: '#0969da',
  font: "system-ui, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif",
  categories: LIGHT_CATEGORIES,
};

export const DARK_NETWORK_PALETTE: NetworkPalette = {
  ...LIGHT_NETWORK_PALETTE,
  background: '#16191d',
  surface: '#1f2428',
  text: '#e6edf3',
  muted: '#9198a1',
  grid: '#30363d',
  selected: '#f778ba',
  focus: '#58a6ff',
  categories: DARK_CATEGORIES,
};

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
