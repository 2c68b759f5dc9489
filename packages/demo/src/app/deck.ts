import type { UnitReport } from '@remit/core';
import type { Selection } from '@remit/widgets';
import {
  presentationSlides,
  slideMessage,
  slideName,
  type Slide,
  type SlideChoices,
} from '../panels/presentation-view.js';
import { chartBlocks, figureBlocks, findingBlocks, listBlocks } from './deck-bodies.js';
import {
  DECK_COLORS,
  SLIDE,
  type Box,
  type Deck,
  type DeckBlock,
  type DeckSlide,
  type DeckText,
} from './deck-model.js';
import { fittingSize, heightOf, linesOf } from './deck-text.js';
import type { PageCapacity } from './heatmap-pages.js';
import type { DashboardMessages } from './messages.js';
import type { PlanInsight } from './plan-insight.js';
import { noLeadRows, topFindings, unitRows } from './slide-rows.js';
import type { UiLang } from './settings.js';

export interface DeckOptions {
  insight: PlanInsight;
  selection: Selection | null;
  choices: SlideChoices;
  lang: UiLang;
  m: DashboardMessages;
  /** the plan's title and subtitle as the page shows them (`planHeading`) */
  title: string;
  subtitle: string;
  /** how much of the matrix a slide holds (`slideCapacity`): the presentation's pages */
  capacity: PageCapacity;
}

const MARGIN = 0.6;
const WIDTH = SLIDE.width - 2 * MARGIN;
/** the body ends here; below it the slide number */
const BOTTOM = SLIDE.height - 0.6;

/**
 * The deck of a presentation: a title slide with the plan's title and
 * subtitle, then exactly the slides `presentationSlides` gives (the
 * presenter's order, without the slides left out, a large matrix over as many
 * pages as `capacity` asks for), each titled as the presentation titles it
 * (the presenter's title, else `slideMessage`, else the slide's name) under
 * the slide's name, its page and the plan's title. Text stays text; the
 * charts are places for pictures.
 */
export function deckFor(options: DeckOptions): Deck {
  const { insight, selection, choices, lang, m, title, subtitle, capacity } = options;
  const unit =
    selection?.kind === 'unit'
      ? insight.report.units.find((u) => u.id === selection.id)
      : undefined;
  const total = insight.plan.items.length;
  const slides = presentationSlides(insight, selection, choices, capacity).map(
    (slide): DeckSlide => {
      const { id, page } = slide;
      const name = slideName(id, m, unit?.name);
      const message = choices.titles[id] || (slideMessage(id, insight, lang, unit) ?? name);
      const where = page ? ` · ${m.slidePage(page.part.first, page.part.last, total)}` : '';
      const head = slideHead(`${name}${where} · ${title}`, message);
      const area: Box = {
        x: MARGIN,
        y: head.bottom + 0.25,
        w: WIDTH,
        h: BOTTOM - head.bottom - 0.25,
      };
      return {
        id,
        ...(page ? { page: page.index + 1 } : {}),
        title: message,
        blocks: [...head.blocks, ...slideBody(slide, area, options, unit)],
      };
    },
  );
  return { lang, title, subtitle, slides: [titleSlide(title, subtitle, m), ...slides] };
}

function slideBody(
  { id, page }: Slide,
  area: Box,
  { insight, lang, m }: DeckOptions,
  unit: UnitReport | undefined,
): DeckBlock[] {
  switch (id) {
    case 'headline':
      return figureBlocks(insight, lang, area);
    case 'heatmap':
      if (!page) return chartBlocks(id, area);
      return chartBlocks(id, area, {
        key: `heatmap-${page.index + 1}`,
        plan: page.part.plan,
        ...(page.part.hiddenUnits > 0 ? { note: m.slideHiddenUnits(page.part.hiddenUnits) } : {}),
      });
    case 'network':
    case 'workload':
    case 'compare':
      return chartBlocks(id, area);
    case 'no-lead':
      return listBlocks(noLeadRows(insight), area, m);
    case 'unit':
      return unit ? listBlocks(unitRows(insight, unit, m), area, m) : [];
    case 'findings':
      return findingBlocks(topFindings(insight, lang), area, m);
  }
}

/** The slide's name and plan above, small; the message below as the title, 28 pt down to 20 pt to keep it to two lines. */
function slideHead(kicker: string, message: string): { blocks: DeckText[]; bottom: number } {
  const kickerSize = 16;
  const kickerBox = { x: MARGIN, y: 0.35, w: WIDTH, h: heightOf(1, kickerSize) };
  const size = fittingSize(message, WIDTH, [28, 26, 24, 22, 20], 2);
  const lines = linesOf(message, size, WIDTH);
  const titleBox = {
    x: MARGIN,
    y: kickerBox.y + kickerBox.h + 0.05,
    w: WIDTH,
    h: heightOf(lines, size),
  };
  return {
    bottom: titleBox.y + titleBox.h,
    blocks: [
      {
        kind: 'text',
        role: 'kicker',
        box: kickerBox,
        size: kickerSize,
        color: DECK_COLORS.muted,
        paragraphs: [[{ text: oneLine(kicker, kickerSize) }]],
      },
      {
        kind: 'text',
        role: 'title',
        box: titleBox,
        size,
        color: DECK_COLORS.text,
        paragraphs: [[{ text: message, bold: true }]],
      },
    ],
  };
}

/** The opening slide: the plan's title (40 pt down to 28 pt) and subtitle, then what the deck is. */
function titleSlide(title: string, subtitle: string, m: DashboardMessages): DeckSlide {
  const width = WIDTH - 0.4;
  const size = fittingSize(title, width, [40, 36, 32, 28], 2);
  const lines = linesOf(title, size, width);
  const titleBox = { x: MARGIN + 0.2, y: 2.4, w: width, h: heightOf(lines, size) };
  const blocks: DeckBlock[] = [
    {
      kind: 'text',
      role: 'title',
      box: titleBox,
      size,
      color: DECK_COLORS.text,
      valign: 'bottom',
      paragraphs: [[{ text: title, bold: true }]],
    },
  ];
  if (subtitle) {
    const subSize = 20;
    const subLines = Math.min(2, linesOf(subtitle, subSize, width));
    blocks.push({
      kind: 'text',
      role: 'subtitle',
      box: {
        x: titleBox.x,
        y: titleBox.y + titleBox.h + 0.3,
        w: width,
        h: heightOf(subLines, subSize),
      },
      size: subSize,
      color: DECK_COLORS.muted,
      paragraphs: [[{ text: subtitle }]],
    });
  }
  blocks.push({
    kind: 'text',
    role: 'caveat',
    box: { x: titleBox.x, y: BOTTOM - 0.3, w: width, h: heightOf(1, 14) },
    size: 14,
    color: DECK_COLORS.muted,
    paragraphs: [[{ text: m.tagline }]],
  });
  return { id: 'title', title, blocks };
}

/** `text` cut to one line of `WIDTH` at `size` pt, ending with `…`. */
function oneLine(text: string, size: number): string {
  if (linesOf(text, size, WIDTH) <= 1) return text;
  const chars = [...text];
  while (chars.length > 1 && linesOf(`${chars.join('')}…`, size, WIDTH) > 1) chars.pop();
  return `${chars.join('')}…`;
}
