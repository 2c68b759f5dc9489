import JSZip from 'jszip';
import { pngSize } from '../../src/app/png-size.js';

/** EMU (English Metric Units) in an inch: the unit of OOXML geometry. */
const EMU = 914400;

/** A picture on a slide: where it is placed (inches) and its PNG's size (px). */
export interface PptxPicture {
  place: { x: number; y: number; w: number; h: number };
  size: { width: number; height: number };
}

/** A slide of a .pptx as its XML has it. */
export interface PptxSlide {
  /** the text of every run (`<a:t>`), unescaped, in order */
  runs: string[];
  /** the text of the title placeholder, if the slide has one */
  title: string | undefined;
  /** the East Asian typeface of every run that names one */
  fonts: string[];
  pictures: PptxPicture[];
}

/** A .pptx file read back: its slide size (inches) and its slides in order. */
export interface PptxDeck {
  width: number;
  height: number;
  slides: PptxSlide[];
}

const unescape = (s: string) =>
  s
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&amp;', '&');

/** Unzips a .pptx and reads its slide size, and each slide's text runs, typefaces and pictures. */
export async function readPptx(bytes: Uint8Array): Promise<PptxDeck> {
  const zip = await JSZip.loadAsync(bytes);
  const text = (path: string) => {
    const file = zip.file(path);
    if (!file) throw new Error(`readPptx: no ${path}`);
    return file.async('string');
  };
  const presentation = await text('ppt/presentation.xml');
  const [, cx, cy] = presentation.match(/<p:sldSz cx="(\d+)" cy="(\d+)"/u)!;
  const count = Object.keys(zip.files).filter((f) =>
    /^ppt\/slides\/slide\d+\.xml$/u.test(f),
  ).length;
  const slides: PptxSlide[] = [];
  for (let n = 1; n <= count; n++) {
    const xml = await text(`ppt/slides/slide${n}.xml`);
    const rels = await text(`ppt/slides/_rels/slide${n}.xml.rels`);
    const runs = [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/gu)].map((m) => unescape(m[1]!));
    const fonts = [...xml.matchAll(/<a:ea typeface="([^"]*)"/gu)].map((m) => m[1]!);
    const titleShape = [...xml.matchAll(/<p:sp>.*?<\/p:sp>/gsu)].find(([sp]) =>
      /<p:ph[^>]*type="title"/u.test(sp),
    )?.[0];
    const title = titleShape
      ? [...titleShape.matchAll(/<a:t>([^<]*)<\/a:t>/gu)].map((m) => unescape(m[1]!)).join('')
      : undefined;
    const pictures: PptxPicture[] = [];
    for (const [pic] of xml.matchAll(/<p:pic>.*?<\/p:pic>/gsu)) {
      const id = pic.match(/r:embed="([^"]+)"/u)![1]!;
      const target = rels.match(new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`, 'u'))![1]!;
      const media = await zip.file(`ppt/${target.replace('../', '')}`)!.async('uint8array');
      const [, x, y] = pic.match(/<a:off x="(\d+)" y="(\d+)"/u)!;
      const [, w, h] = pic.match(/<a:ext cx="(\d+)" cy="(\d+)"/u)!;
      pictures.push({
        place: { x: +x! / EMU, y: +y! / EMU, w: +w! / EMU, h: +h! / EMU },
        size: pngSize(media)!,
      });
    }
    slides.push({ runs, title, fonts, pictures });
  }
  return { width: +cx! / EMU, height: +cy! / EMU, slides };
}
