import type { Plan } from '@remit/core/model';
import type { SlideId } from '../panels/presentation-view.js';
import type { UiLang } from './settings.js';

/** PowerPoint's 16:9 slide (its default since 2013), inches: 1280 × 720 px at 96 px an inch. */
export const SLIDE = { width: 13.333, height: 7.5 } as const;

/**
 * The deck's typeface, for Chinese and Latin alike. Microsoft YaHei (微软雅黑)
 * comes with every Windows since Vista and with Office for Mac, where Chinese
 * offices open decks (PowerPoint, WPS); a typeface missing there would fall
 * back to SimSun, a serif. LibreOffice elsewhere puts an installed CJK sans
 * (Noto Sans CJK SC) in its place.
 */
export const DECK_FONT = 'Microsoft YaHei';

/** The dashboard's light colours (dashboard.css), as PowerPoint takes them: hex without `#`. */
export const DECK_COLORS = {
  text: '1F2328',
  muted: '59636E',
  card: 'F4F6F8',
  warning: 'B42318',
  notice: '9A5B00',
  info: '3D5A80',
} as const;

/** A rectangle on a slide, inches from the top left. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A stretch of text in one style. */
export interface DeckRun {
  text: string;
  bold?: boolean;
  /** hex colour; the block's when unset */
  color?: string;
  /** pt; the block's when unset */
  size?: number;
}

/** A text box: paragraphs of runs, editable in PowerPoint. */
export interface DeckText {
  kind: 'text';
  role: 'kicker' | 'title' | 'subtitle' | 'body' | 'caveat';
  box: Box;
  /** pt */
  size: number;
  color: string;
  paragraphs: DeckRun[][];
  align?: 'left' | 'center';
  valign?: 'top' | 'middle' | 'bottom';
  /** a card's background colour */
  fill?: string;
  /** pt after each paragraph */
  gap?: number;
}

/** The views a deck shows as pictures (the widgets' own PNG export). */
export type ChartView = 'heatmap' | 'network' | 'workload' | 'compare';

/**
 * The place of a chart: the picture is fitted into `box` with its aspect kept
 * (`fitPicture`); what the chart says about itself (显示 20 / 35 条协作关系)
 * goes right under it, in a line `caption` tall (kept free below `box`).
 */
export interface DeckPicture {
  kind: 'picture';
  view: ChartView;
  /** names the picture among the deck's: the view, and for a page of the matrix its number (`heatmap-2`) */
  key: string;
  /** the part of the plan drawn (a page of the matrix); the whole plan when unset */
  plan?: Plan;
  box: Box;
  /** inches */
  caption: number;
}

export type DeckBlock = DeckText | DeckPicture;

export interface DeckSlide {
  /** the presentation's slide, or the deck's opening slide */
  id: SlideId | 'title';
  /** for a page of the matrix, its number (1-based) */
  page?: number;
  /** the slide's title as shown (and as PowerPoint's outline lists it) */
  title: string;
  blocks: DeckBlock[];
}

/** A deck as pure data: a title slide, then the presentation's slides. */
export interface Deck {
  lang: UiLang;
  title: string;
  subtitle: string;
  slides: DeckSlide[];
}

/**
 * Where a picture of `width` × `height` px goes in `box`: as large as fits,
 * its aspect kept, centred.
 */
export function fitPicture(box: Box, width: number, height: number): Box {
  const scale = Math.min(box.w / width, box.h / height);
  const w = width * scale;
  const h = height * scale;
  return { x: box.x + (box.w - w) / 2, y: box.y + (box.h - h) / 2, w, h };
}
