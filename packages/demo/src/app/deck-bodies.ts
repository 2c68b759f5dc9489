import type { Finding } from '@remit/core';
import { summary } from '@remit/core/metrics';
import type { Plan } from '@remit/core/model';
import { summaryCards } from '@remit/widgets';
import {
  DECK_COLORS,
  type Box,
  type ChartView,
  type DeckBlock,
  type DeckRun,
} from './deck-model.js';
import { heightOf, linesOf } from './deck-text.js';
import type { DashboardMessages } from './messages.js';
import type { PlanInsight } from './plan-insight.js';
import type { UiLang } from './settings.js';
import type { SlideRow } from './slide-rows.js';

/** The room, inches, under a chart for what it says about itself. */
const CAPTION = 0.4;
/** Space between cards and between list entries. */
const GAP = 0.25;
/** A card's inner margin, pt. */
const PAD = 12;
/** The ideographic space (U+3000) between a name and what follows it, one CJK character wide. */
const SPACE = '\u3000';

/**
 * A chart's slide: the picture fills the body. The network keeps a line below
 * it for the count of ties it shows; a page of the matrix that leaves units
 * out says so below it (`note`).
 */
export function chartBlocks(
  view: ChartView,
  area: Box,
  part: { key: string; plan?: Plan; note?: string } = { key: view },
): DeckBlock[] {
  const caption = view === 'network' ? CAPTION : 0;
  const below = part.note ? heightOf(1, 14) + 0.1 : 0;
  const picture: DeckBlock = {
    kind: 'picture',
    view,
    key: part.key,
    ...(part.plan ? { plan: part.plan } : {}),
    box: { ...area, h: area.h - caption - below },
    caption,
  };
  return part.note ? [picture, caveat(part.note, area)] : [picture];
}

/**
 * The headline figures as the summary widget's cards (`summaryCards`, the
 * same words and numbers): three across, each a filled box of text, the
 * busiest units listed in theirs as far as they fit.
 */
export function figureBlocks(insight: PlanInsight, lang: UiLang, area: Box): DeckBlock[] {
  const cards = summaryCards(summary(insight.inc), lang);
  const across = 3;
  const rows = Math.ceil(cards.length / across);
  const w = (area.w - (across - 1) * GAP) / across;
  const h = Math.min(2.4, (area.h - (rows - 1) * GAP) / rows);
  const top = area.y + (area.h - rows * h - (rows - 1) * GAP) / 2;
  return cards.map((card, k) => {
    const paragraphs: DeckRun[][] = [[{ text: card.label, size: 16, color: DECK_COLORS.muted }]];
    if (card.value) paragraphs.push([{ text: card.value, size: 40, bold: true }]);
    if (card.hint) paragraphs.push([{ text: card.hint, size: 14, color: DECK_COLORS.muted }]);
    const units = card.units ?? [];
    // what is left of the card under its label, in 18 pt lines
    const room = Math.floor((h - (2 * PAD) / 72 - heightOf(1, 16)) / heightOf(1, 18));
    const shown = units.length > room ? units.slice(0, Math.max(0, room - 1)) : units;
    for (const u of shown)
      paragraphs.push([{ text: `${u.name}${SPACE}` }, { text: u.items, bold: true }]);
    if (shown.length < units.length) paragraphs.push([{ text: '…' }]);
    return {
      kind: 'text',
      role: 'body',
      box: {
        x: area.x + (k % across) * (w + GAP),
        y: top + Math.floor(k / across) * (h + GAP),
        w,
        h,
      },
      size: 18,
      color: DECK_COLORS.text,
      fill: DECK_COLORS.card,
      valign: 'top',
      paragraphs,
    };
  });
}

/**
 * Items listed with their units, at 18 pt, or 16 pt when that shows them all;
 * those that do not fit are counted below the list (还有 3 项，见仪表盘).
 */
export function listBlocks(
  rows: readonly SlideRow[],
  area: Box,
  m: DashboardMessages,
): DeckBlock[] {
  const gap = 6;
  const fit = (size: number) => {
    const more = heightOf(1, 14) + 0.1;
    let used = 0;
    let n = 0;
    for (const r of rows) {
      used += heightOf(linesOf(`${r.title}${SPACE}${r.units}`, size, area.w), size) + gap / 72;
      const left = rows.length - n - 1;
      if (used > area.h - (left > 0 ? more : 0)) break;
      n++;
    }
    return n;
  };
  const size = fit(18) === rows.length ? 18 : 16;
  const n = fit(size);
  const blocks: DeckBlock[] = [
    {
      kind: 'text',
      role: 'body',
      box: { ...area, h: area.h - (n < rows.length ? heightOf(1, 14) + 0.1 : 0) },
      size,
      color: DECK_COLORS.text,
      valign: 'top',
      gap,
      paragraphs: rows
        .slice(0, n)
        .map((r) => [{ text: r.title }, { text: `${SPACE}${r.units}`, color: DECK_COLORS.muted }]),
    },
  ];
  if (n < rows.length) blocks.push(caveat(m.slideMore(rows.length - n), area));
  return blocks;
}

/** The findings, each with its severity in its colour, at 20 pt, smaller when they need the room. */
export function findingBlocks(
  list: readonly Finding[],
  area: Box,
  m: DashboardMessages,
): DeckBlock[] {
  if (list.length === 0) return [];
  const gap = 14;
  const texts = list.map((f) => `${m.findingSeverity[f.severity]}${SPACE}${f.text}`);
  const height = (size: number) =>
    texts.reduce((sum, t) => sum + heightOf(linesOf(t, size, area.w), size) + gap / 72, 0);
  const size = [20, 18, 16].find((s) => height(s) <= area.h) ?? 16;
  return [
    {
      kind: 'text',
      role: 'body',
      box: area,
      size,
      color: DECK_COLORS.text,
      valign: 'top',
      gap,
      paragraphs: list.map((f) => [
        {
          text: `${m.findingSeverity[f.severity]}${SPACE}`,
          bold: true,
          color: DECK_COLORS[f.severity],
        },
        { text: f.text },
      ]),
    },
  ];
}

/** A line under the body saying what the slide leaves out. */
function caveat(text: string, area: Box): DeckBlock {
  const h = heightOf(1, 14);
  return {
    kind: 'text',
    role: 'caveat',
    box: { x: area.x, y: area.y + area.h - h, w: area.w, h },
    size: 14,
    color: DECK_COLORS.muted,
    paragraphs: [[{ text }]],
  };
}
