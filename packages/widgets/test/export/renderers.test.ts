import { afterEach, describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import type { Plan } from '@remit/core/model';
import '../../src/define.js';
import { FOUNDING_PLAN } from '../browser/founding-plan.js';
import { mountSized, unmountAll } from '../browser/mount.js';
import { SAVE_SCREENSHOTS } from '../browser/screenshots.js';

declare module 'vitest/browser' {
  interface BrowserCommands {
    rasterizeWithRsvg: (svg: string) => Promise<string>;
  }
}

// An exported SVG is opened outside the browser: in Inkscape and the converters
// built on librsvg, in office suites. It must draw the same there as in
// Chromium. Pictures are compared in blocks of BLOCK × BLOCK pixels (glyph
// hinting and anti-aliasing differ between renderers, shapes and places must
// not): a block differs when its mean grey level differs by more than
// BLOCK_TOLERANCE of 255.
const BLOCK = 4;
const BLOCK_TOLERANCE = 48;
/** The share of blocks that may differ: about what two font rasterisers give on the same text. */
const MAX_DIFFERING = 0.03;

afterEach(unmountAll);

/** The last picture `pixels` drew, as PNG base64 (for screenshots). */
let lastPng = '';

async function pixels(src: string): Promise<ImageData> {
  const img = new Image();
  img.src = src;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = img.naturalWidth;
  canvas.height = img.naturalHeight;
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(img, 0, 0);
  lastPng = canvas.toDataURL('image/png').slice('data:image/png;base64,'.length);
  return ctx.getImageData(0, 0, canvas.width, canvas.height);
}

/** Mean grey level of each block. */
function blocks(image: ImageData): Float64Array {
  const bw = Math.ceil(image.width / BLOCK);
  const bh = Math.ceil(image.height / BLOCK);
  const sum = new Float64Array(bw * bh);
  const count = new Float64Array(bw * bh);
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      const k = (y * image.width + x) * 4;
      const grey = 0.299 * image.data[k]! + 0.587 * image.data[k + 1]! + 0.114 * image.data[k + 2]!;
      const b = Math.floor(y / BLOCK) * bw + Math.floor(x / BLOCK);
      sum[b]! += grey;
      count[b]! += 1;
    }
  }
  return sum.map((s, b) => s / count[b]!);
}

/** The share of blocks whose grey level differs by more than the tolerance. */
function differing(a: ImageData, b: ImageData): number {
  expect([b.width, b.height]).toEqual([a.width, a.height]);
  const ga = blocks(a);
  const gb = blocks(b);
  let n = 0;
  for (let k = 0; k < ga.length; k++) if (Math.abs(ga[k]! - gb[k]!) > BLOCK_TOLERANCE) n++;
  return n / ga.length;
}

async function exported(tag: 'remit-heatmap' | 'remit-network' | 'remit-workload', plan: Plan) {
  const attributes: Record<string, string> = { lang: 'zh-CN' };
  if (tag === 'remit-network') attributes['static'] = '';
  const el = await mountSized(tag, { width: '900px' }, attributes, { data: plan });
  return el.toSVG();
}

describe('exported SVGs draw the same in librsvg as in Chromium', () => {
  for (const tag of ['remit-heatmap', 'remit-network', 'remit-workload'] as const) {
    it(`${tag} of the founding plan`, async () => {
      const svg = await exported(tag, FOUNDING_PLAN);
      const chromium = await pixels(
        URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' })),
      );
      const chromiumPng = lastPng;
      const rsvg = await commands.rasterizeWithRsvg(svg);
      const other = await pixels(`data:image/png;base64,${rsvg}`);
      const share = differing(chromium, other);
      if (SAVE_SCREENSHOTS) {
        await commands.writeFile(`screenshots/export-rsvg-${tag}.png`, rsvg, {
          encoding: 'base64',
        });
        await commands.writeFile(`screenshots/export-chromium-${tag}.png`, chromiumPng, {
          encoding: 'base64',
        });
      }
      expect(share, `${tag}: ${(share * 100).toFixed(2)}% of blocks differ`).toBeLessThan(
        MAX_DIFFERING,
      );
    });
  }
});
