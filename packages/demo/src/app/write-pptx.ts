import PptxGenJS from 'pptxgenjs';
import {
  DECK_COLORS,
  DECK_FONT,
  fitPicture,
  SLIDE,
  type Deck,
  type DeckPicture,
  type DeckText,
} from './deck-model.js';

/** A chart drawn for the deck: its PNG, the PNG's size in px, what it says about itself. */
export interface ChartPicture {
  png: Uint8Array;
  width: number;
  height: number;
  /** a line under the picture (显示 20 / 35 条协作关系) */
  caption?: string;
  /** the picture's alternative text */
  description?: string;
}

type Slide = ReturnType<PptxGenJS['addSlide']>;

/**
 * Writes `deck` as a .pptx file with pptxgenjs (16:9, every text in
 * `DECK_FONT`), each chart's place filled with its picture from `pictures`,
 * by the place's `key` (a place without a picture stays empty). Runs in the browser and in Node.
 */
export async function writePptx(
  deck: Deck,
  pictures: ReadonlyMap<string, ChartPicture>,
): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.theme = { headFontFace: DECK_FONT, bodyFontFace: DECK_FONT };
  pptx.title = deck.title;
  if (deck.subtitle) pptx.subject = deck.subtitle;
  const lang = deck.lang === 'en' ? 'en-US' : 'zh-CN';
  const layouts = new Map<string, string>();
  for (const s of deck.slides) {
    const title = s.blocks.find((b): b is DeckText => b.kind === 'text' && b.role === 'title');
    const slide = pptx.addSlide(title ? { masterName: titleLayout(pptx, layouts, title) } : {});
    slide.background = { color: 'FFFFFF' };
    if (s.id !== 'title') {
      slide.slideNumber = {
        x: SLIDE.width - 1.2,
        y: SLIDE.height - 0.5,
        w: 0.8,
        h: 0.3,
        fontFace: DECK_FONT,
        fontSize: 12,
        color: DECK_COLORS.muted,
        align: 'right',
      };
    }
    for (const block of s.blocks) {
      if (block.kind === 'text') addText(slide, block, lang);
      else addPicture(slide, block, pictures.get(block.key), lang);
    }
  }
  const out = await pptx.write({ outputType: 'uint8array', compression: true });
  return out as Uint8Array;
}

/**
 * The name of a slide layout whose title placeholder has `title`'s box, made
 * on first use: a title in the placeholder is what PowerPoint's outline,
 * screen readers and its accessibility checker take as the slide's title, and
 * a placeholder's place comes from its layout.
 */
function titleLayout(pptx: PptxGenJS, layouts: Map<string, string>, title: DeckText): string {
  const { x, y, w, h } = title.box;
  const key = [x, y, w, h].map((n) => n.toFixed(3)).join(' ');
  let name = layouts.get(key);
  if (!name) {
    name = `Remit ${layouts.size + 1}`;
    pptx.defineSlideMaster({
      title: name,
      background: { color: 'FFFFFF' },
      objects: [
        { placeholder: { options: { name: 'title', type: 'title', x, y, w, h }, text: '' } },
      ],
    });
    layouts.set(key, name);
  }
  return name;
}

function addText(slide: Slide, block: DeckText, lang: string): void {
  const last = block.paragraphs.length - 1;
  const runs = block.paragraphs.flatMap((runs, p) =>
    runs.map((run, r) => ({
      text: run.text,
      options: {
        ...(run.bold ? { bold: true } : {}),
        ...(run.color ? { color: run.color } : {}),
        ...(run.size ? { fontSize: run.size } : {}),
        // a paragraph ends after its last run
        ...(r === runs.length - 1 && p < last ? { breakLine: true } : {}),
      },
    })),
  );
  const card = block.fill !== undefined;
  slide.addText(runs, {
    ...block.box,
    ...(block.role === 'title' ? { placeholder: 'title' } : {}),
    fontFace: DECK_FONT,
    fontSize: block.size,
    color: block.color,
    lang,
    align: block.align ?? 'left',
    valign: block.valign ?? 'top',
    margin: card ? 12 : 0,
    // PowerPoint shrinks text that outgrows its box once the text is edited
    fit: block.role === 'title' || block.role === 'body' ? 'shrink' : 'none',
    ...(block.gap ? { paraSpaceAfter: block.gap } : {}),
    ...(card ? { fill: { color: block.fill! }, shape: 'roundRect', rectRadius: 0.08 } : {}),
  } as PptxGenJS.TextPropsOptions);
}

function addPicture(
  slide: Slide,
  block: DeckPicture,
  picture: ChartPicture | undefined,
  lang: string,
): void {
  if (!picture) return;
  const place = fitPicture(block.box, picture.width, picture.height);
  slide.addImage({
    data: `image/png;base64,${toBase64(picture.png)}`,
    ...place,
    ...(picture.description ? { altText: picture.description } : {}),
  });
  if (!picture.caption || block.caption === 0) return;
  slide.addText(picture.caption, {
    x: block.box.x,
    y: place.y + place.h + 0.05,
    w: block.box.w,
    h: block.caption - 0.05,
    fontFace: DECK_FONT,
    fontSize: 14,
    color: DECK_COLORS.muted,
    lang,
    align: 'center',
    valign: 'top',
    margin: 0,
  });
}

/** Base64 of bytes, in the browser and in Node alike (`btoa` takes a binary string). */
function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}
