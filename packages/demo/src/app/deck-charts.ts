import type { RemitElement } from '@remit/widgets';
import {
  SLIDE_TEXT,
  slideBars,
  slideCellSize,
  slideCompareRows,
  slideHeatmapFont,
} from '../panels/presentation-view.js';
import { fitPicture, SLIDE, type Deck, type DeckPicture } from './deck-model.js';
import type { PlanInsight } from './plan-insight.js';
import { pngSize } from './png-size.js';
import type { UiLang } from './settings.js';
import type { ChartPicture } from './write-pptx.js';

/** Pixels an inch the charts are drawn at: the slide as the presentation fills a 1080p screen. */
const PX = 1920 / SLIDE.width;

/**
 * Draws the deck's charts with the widgets themselves and takes their PNG
 * export (`toPNG`): each chart in a box of its place's size at 1080p, with the
 * slides' chart text size, light, out of sight; the PNG has at least twice the
 * pixels the picture covers on a 1080p slide (three times at PowerPoint's
 * 96 px an inch), unless the widget caps a very large matrix. The charts
 * share the page's `<remit-data id="plan">`, so they show the plan (and the
 * selection) that the presentation shows; a page of the matrix draws its part.
 */
export async function drawCharts(
  deck: Deck,
  insight: PlanInsight,
  lang: UiLang,
): Promise<Map<string, ChartPicture>> {
  const places = deck.slides
    .flatMap((s) => s.blocks)
    .filter((b): b is DeckPicture => b.kind === 'picture');
  const host = document.createElement('div');
  host.inert = true;
  host.setAttribute('aria-hidden', 'true');
  host.dataset['deckCharts'] = '';
  // CSSOM, not a style attribute: allowed under any style-src
  const style = host.style;
  style.position = 'fixed';
  style.top = '0';
  style.left = '-100000px';
  style.setProperty('--remit-font-size', '24px');
  style.setProperty('--remit-background', '#ffffff');
  document.body.append(host);
  const pictures = new Map<string, ChartPicture>();
  try {
    for (const place of places) {
      if (pictures.has(place.key)) continue;
      const frame = document.createElement('div');
      frame.style.width = `${Math.round(place.box.w * PX)}px`;
      const el = chartElement(place, insight, lang);
      frame.append(el);
      host.append(frame);
      await customElements.whenDefined(el.localName);
      await el.renderComplete;
      const svg = new DOMParser().parseFromString(el.toSVG(), 'image/svg+xml').documentElement;
      const width = parseFloat(svg.getAttribute('width') ?? '') || 640;
      const height = parseFloat(svg.getAttribute('height') ?? '') || 400;
      const fitted = fitPicture(place.box, width, height);
      const scale = Math.min(8, Math.max(2, (2 * fitted.w * PX) / width));
      const png = new Uint8Array(await (await el.toPNG({ scale })).arrayBuffer());
      const size = pngSize(png);
      if (!size) continue;
      const caption = el.shadowRoot?.querySelector('[part~="count"]')?.textContent?.trim();
      const description = svg.querySelector('desc')?.textContent?.trim();
      pictures.set(place.key, {
        png,
        ...size,
        ...(caption ? { caption } : {}),
        ...(description ? { description } : {}),
      });
    }
  } finally {
    host.remove();
  }
  return pictures;
}

/** A chart element as its slide sets it up, sized for `place` at 1080p. */
function chartElement(place: DeckPicture, insight: PlanInsight, lang: UiLang): RemitElement {
  const el = document.createElement(`remit-${place.view}`) as RemitElement;
  // a page of the matrix draws its part of the plan; a whole chart shares the page's data
  if (place.plan) el.data = place.plan;
  else el.setAttribute('source', 'plan');
  el.setAttribute('lang', lang);
  el.setAttribute('theme', 'light');
  const width = place.box.w * PX;
  const height = place.box.h * PX;
  if (place.view === 'heatmap') {
    // the slide's first guess: the picture is fitted to its place anyway
    const cell = slideCellSize(place.plan ?? insight.plan, {
      width: width - 360,
      height: height - 260,
    });
    el.setAttribute('cell-size', String(cell));
    el.style.setProperty('--remit-font-size', `${slideHeatmapFont(cell)}px`);
  } else if (place.view === 'network') {
    // names as large as on the slide
    el.style.setProperty('--remit-font-size', `${SLIDE_TEXT}px`);
    el.setAttribute('static', '');
    el.setAttribute('fill', '');
    // room for the export's title above and legend below
    el.setAttribute('height', String(Math.max(240, Math.round(height - 160))));
  } else if (place.view === 'compare') {
    // the comparison the slide shows: the earlier plan beside the plan, units that changed most first
    const compare = el as RemitElement & { earlier?: unknown; comparison?: unknown };
    compare.earlier = insight.earlier?.plan;
    compare.comparison = insight.earlier?.comparison;
    el.style.setProperty('--remit-font-size', `${SLIDE_TEXT}px`);
    el.setAttribute('limit', String(slideCompareRows(insight, Math.round(height - 110))));
  } else {
    // the chart fills its place less the export's title and legend; a bar and its gap take
    // 1.9 lines of 24 px text, as on the slide
    el.style.setProperty('--remit-font-size', `${SLIDE_TEXT}px`);
    const bars = Math.max(240, Math.round(height - 110));
    el.setAttribute('height', String(bars));
    el.setAttribute('limit', String(slideBars(bars)));
  }
  return el;
}
