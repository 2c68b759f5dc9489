import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { deckFor } from '../src/app/deck.js';
import { fitPicture, SLIDE, type ChartView, type Deck } from '../src/app/deck-model.js';
import { fittingSize, linesOf } from '../src/app/deck-text.js';
import { dashboardMessages } from '../src/app/messages.js';
import { planHeading } from '../src/app/plan-heading.js';
import { planInsight, type PlanInsight } from '../src/app/plan-insight.js';
import { readPlanInput } from '../src/app/read-plan-input.js';
import type { UiLang } from '../src/app/settings.js';
import { writePptx, type ChartPicture } from '../src/app/write-pptx.js';
import type { PageCapacity } from '../src/app/heatmap-pages.js';
import {
  NO_CHOICES,
  presentationSlides,
  slideCapacity,
  slideMessage,
  type SlideChoices,
} from '../src/panels/presentation-view.js';
import { readPptx, type PptxDeck } from './support/read-pptx.js';

/** A plan file read as the dashboard reads a dropped file. */
function insightOf(path: string): { insight: PlanInsight; name: string } {
  const url = new URL(path, import.meta.url);
  const name = url.pathname.split('/').pop()!;
  const input = readPlanInput(readFileSync(url), { origin: 'file', name });
  if (!input.plan) throw new Error(`${name}: no plan`);
  return { insight: planInsight(input.plan), name };
}

const FOUNDING = '../../core/data/xuhui-2020-fazhi.txt';
/** The matrix a slide holds on a 1080p screen: the deck then has the slides a projector shows. */
const AT_1080P = slideCapacity(1920, 1080);
const CORPUS = [
  '../../../fixtures/corpus/anhui-2022-keytasks.txt',
  '../../../fixtures/corpus/lishui-2023-gzbg-duties.txt',
  '../../../fixtures/corpus/guangzhou-2006-gzbg-tasks.txt',
];

/** A grey PNG of `width` × `height` px, made here (no image library). */
function png(width: number, height: number): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  const rows = Buffer.alloc((width + 1) * height, 0xcc);
  for (let y = 0; y < height; y++) rows[y * (width + 1)] = 0; // filter: none
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function crc32(bytes: Uint8Array): number {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

/** Pictures of three shapes: a tall matrix, a wide network, a workload of 5:3. */
const SHAPES = new Map<ChartView, ChartPicture>([
  ['heatmap', { png: png(2400, 3000), width: 2400, height: 3000 }],
  [
    'network',
    { png: png(3200, 1400), width: 3200, height: 1400, caption: '显示 20 / 35 条协作关系' },
  ],
  ['workload', { png: png(3000, 1800), width: 3000, height: 1800 }],
]);

async function build(
  insight: PlanInsight,
  name: string,
  options: {
    lang?: UiLang;
    choices?: SlideChoices;
    selection?: { kind: 'unit'; id: string };
    capacity?: PageCapacity;
  } = {},
): Promise<{ deck: Deck; pptx: PptxDeck; ms: number }> {
  const lang = options.lang ?? 'zh-CN';
  const m = dashboardMessages(lang);
  const heading = planHeading({ plan: insight.plan, naming: undefined, source: name, m });
  const started = performance.now();
  const deck = deckFor({
    insight,
    selection: options.selection ?? null,
    choices: options.choices ?? NO_CHOICES,
    lang,
    m,
    ...heading,
    capacity: options.capacity ?? AT_1080P,
  });
  const pictures = new Map(
    deck.slides
      .flatMap((s) => s.blocks)
      .flatMap((b) => (b.kind === 'picture' ? [[b.key, SHAPES.get(b.view)!] as const] : [])),
  );
  const bytes = await writePptx(deck, pictures);
  const ms = performance.now() - started;
  return { deck, pptx: await readPptx(bytes), ms };
}

describe('deck', () => {
  it('fits a picture into its place with its aspect kept, centred', () => {
    // 1000 × 800 px into 10 × 4 in: the height limits, 0.005 in a px: 5 × 4 in, 2.5 in either side
    expect(fitPicture({ x: 1, y: 2, w: 10, h: 4 }, 1000, 800)).toEqual({
      x: 3.5,
      y: 2,
      w: 5,
      h: 4,
    });
    // 2000 × 500 px: the width limits, 0.005 in a px: 10 × 2.5 in, 0.75 in above and below
    expect(fitPicture({ x: 1, y: 2, w: 10, h: 4 }, 2000, 500)).toEqual({
      x: 1,
      y: 2.75,
      w: 10,
      h: 2.5,
    });
  });

  it('counts lines of CJK text at 1 em a character against 90% of the width', () => {
    // 1 in = 72 pt, 90%: 64.8 pt a line; five characters at 20 pt are 100 pt: two lines
    expect(linesOf('一二三四五', 20, 1)).toBe(2);
    expect(linesOf('一二三', 20, 1)).toBe(1);
    // 30 characters in 6 in (388.8 pt): 28 pt takes three lines, 24 pt two (720 pt)
    expect(fittingSize('一'.repeat(30), 6, [28, 24, 20], 2)).toBe(24);
  });

  for (const path of [FOUNDING, ...CORPUS]) {
    const { insight, name } = insightOf(path);
    it(`writes ${name} as the presentation's slides after a title slide, 16:9, text as text`, async () => {
      const { deck, pptx, ms } = await build(insight, name);
      const ids = presentationSlides(insight, null, NO_CHOICES, AT_1080P).map((s) => s.id);
      expect(deck.slides.map((s) => s.id)).toEqual(['title', ...ids]);
      expect(pptx.slides).toHaveLength(1 + ids.length);
      expect(pptx.width / pptx.height).toBeCloseTo(16 / 9, 3);
      expect([pptx.width, pptx.height]).toEqual(
        [SLIDE.width, SLIDE.height].map((x) => expect.closeTo(x, 2)),
      );
      // the title slide: the plan's title (and subtitle when it has one)
      expect(pptx.slides[0]!.title).toBe(deck.title);
      if (deck.subtitle) expect(pptx.slides[0]!.runs).toContain(deck.subtitle);
      ids.forEach((id, k) => {
        const slide = pptx.slides[k + 1]!;
        const message = slideMessage(id, insight, 'zh-CN');
        if (message) expect(slide.runs, id).toContain(message);
        expect(slide.runs, id).toContain(deck.slides[k + 1]!.title);
        // the title in the slide's title placeholder: PowerPoint's outline and screen readers find it
        expect(slide.title, id).toBe(deck.slides[k + 1]!.title);
        // every run in the CJK typeface
        expect(new Set(slide.fonts), id).toEqual(new Set(['Microsoft YaHei']));
        const charts = id === 'heatmap' || id === 'network' || id === 'workload';
        expect(slide.pictures, id).toHaveLength(charts ? 1 : 0);
        for (const { place, size } of slide.pictures) {
          // the aspect kept, inside the slide, filling its place across or down
          expect(place.w / place.h, id).toBeCloseTo(size.width / size.height, 2);
          expect(place.x).toBeGreaterThanOrEqual(0.5);
          expect(place.x + place.w).toBeLessThanOrEqual(SLIDE.width - 0.5);
          expect(place.y + place.h).toBeLessThanOrEqual(SLIDE.height - 0.5);
          const box = deck.slides[k + 1]!.blocks.find((b) => b.kind === 'picture')!.box;
          expect(Math.max(place.w / box.w, place.h / box.h)).toBeCloseTo(1, 3);
        }
      });
      // what a chart says about itself goes under it
      const network = ids.indexOf('network');
      if (network >= 0) expect(pptx.slides[network + 1]!.runs).toContain('显示 20 / 35 条协作关系');
      console.log(`${name}: ${pptx.slides.length} slides, deck written in ${ms.toFixed(0)} ms`);
    });
  }

  it('states the founding plan’s messages in Chinese and in English', async () => {
    const { insight, name } = insightOf(FOUNDING);
    const zh = await build(insight, name);
    const titles = zh.deck.slides.map((s) => s.title);
    expect(titles[0]).toBe('2020年上海市徐汇区法治政府建设工作要点与责任分工');
    expect(titles[1]).toMatch(/^本计划共有 17 项任务/u);
    expect(titles[2]).toMatch(/^承担任务最多的是/u);
    expect(titles[3]).toMatch(/协作面最广/u);
    // the headline figures as text: 17 items, 15 units, 45 assignments
    expect(zh.pptx.slides[1]!.runs).toEqual(expect.arrayContaining(['任务', '17', '15', '45']));
    // the items without a written lead, listed with their units
    const noLead = zh.deck.slides.findIndex((s) => s.id === 'no-lead');
    expect(zh.pptx.slides[noLead]!.runs.some((r) => r.startsWith('1. '))).toBe(true);
    const en = await build(insight, name, { lang: 'en' });
    expect(en.deck.slides[2]!.title).toMatch(/^The busiest/u);
    expect(en.pptx.slides[en.deck.slides.length - 1]!.runs).toContain('Act　');
  });

  it('follows the presenter: order, slides left out, own titles, the selected unit', async () => {
    const { insight, name } = insightOf(FOUNDING);
    const long = '各单位任务分工是否均衡，'.repeat(16).slice(0, 200); // the longest title the box takes
    const choices: SlideChoices = {
      order: ['findings', 'heatmap'],
      hidden: ['network', 'workload'],
      titles: { heatmap: '谁在承担任务', findings: long },
    };
    const { deck, pptx } = await build(insight, name, {
      choices,
      selection: { kind: 'unit', id: 'u2' },
    });
    expect(deck.slides.map((s) => s.id)).toEqual([
      'title',
      'findings',
      'heatmap',
      'headline',
      'no-lead',
      'unit',
    ]);
    expect(pptx.slides).toHaveLength(6);
    // a long title takes more lines at 20 pt, and the body starts below it
    expect(pptx.slides[1]!.title).toBe(long);
    const [kicker, title, body] = deck.slides[1]!.blocks.map((b) => b.box);
    expect(title!.y).toBeGreaterThanOrEqual(kicker!.y + kicker!.h);
    expect(body!.y).toBeGreaterThanOrEqual(title!.y + title!.h);
    expect(body!.h).toBeGreaterThan(2);
    expect(pptx.slides[2]!.runs).toContain('谁在承担任务');
    expect(pptx.slides[2]!.runs).toContain(
      '责任矩阵 · 2020年上海市徐汇区法治政府建设工作要点与责任分工',
    );
    expect(pptx.slides[5]!.runs).toContain(
      '区司法局承担 9 项任务（共 17 项），牵头 0 项，与 11 个单位共担任务。',
    );
    // the unit's nine items, each with its role
    expect(pptx.slides[5]!.runs.filter((r) => r.startsWith('　配合'))).toHaveLength(9);
  });

  it('spreads a matrix over the pages the presentation gives it, each its own picture', async () => {
    const { insight, name } = insightOf(FOUNDING);
    // 8 rows and 6 columns a slide: the 17 items in 4 sections take several pages
    const capacity = { rows: 8, columns: 6 };
    const pages = presentationSlides(insight, null, NO_CHOICES, capacity).filter(
      (s) => s.id === 'heatmap',
    );
    expect(pages.length).toBeGreaterThan(1);
    const { deck, pptx } = await build(insight, name, { capacity });
    const slides = deck.slides.filter((s) => s.id === 'heatmap');
    expect(slides.map((s) => s.page)).toEqual(pages.map((_, k) => k + 1));
    const keys = slides.flatMap((s) =>
      s.blocks.flatMap((b) => (b.kind === 'picture' ? [b.key] : [])),
    );
    expect(keys).toEqual(pages.map((_, k) => `heatmap-${k + 1}`));
    const first = deck.slides.indexOf(slides[0]!);
    expect(pptx.slides[first]!.runs[0]).toBe(
      `责任矩阵 · 第 ${pages[0]!.page!.part.first}–${pages[0]!.page!.part.last} 项任务（共 17 项） · 2020年上海市徐汇区法治政府建设工作要点与责任分工`,
    );
    // each page's picture is the page's part of the plan; units left out for room are said so
    slides.forEach((slide, k) => {
      const picture = slide.blocks.find((b) => b.kind === 'picture')!;
      expect(picture.kind === 'picture' && picture.plan).toBe(pages[k]!.page!.part.plan);
      const hidden = pages[k]!.page!.part.hiddenUnits;
      if (hidden > 0) {
        expect(pptx.slides[deck.slides.indexOf(slide)]!.runs).toContain(
          dashboardMessages('zh-CN').slideHiddenUnits(hidden),
        );
      }
    });
  });
});
