import type { Browser } from 'playwright-core';

/**
 * The share of pixels (0–1) that differ between two PNG screenshots, decoded
 * and compared in a blank page of `browser`; 1 when their sizes differ. A
 * pixel differs when a channel differs by more than `tolerance` (default 0).
 */
export async function pixelDifference(
  browser: Browser,
  a: Buffer,
  b: Buffer,
  options: { tolerance?: number } = {},
): Promise<number> {
  if (a.equals(b)) return 0;
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    return await page.evaluate(
      async ([a64, b64, tolerance]) => {
        const decode = async (base64: string) => {
          const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
          const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
          const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
          const ctx = canvas.getContext('2d')!;
          ctx.drawImage(bitmap, 0, 0);
          return ctx.getImageData(0, 0, bitmap.width, bitmap.height);
        };
        const [x, y] = await Promise.all([decode(a64), decode(b64)]);
        if (x.width !== y.width || x.height !== y.height) return 1;
        let differing = 0;
        for (let i = 0; i < x.data.length; i += 4) {
          if (
            Math.abs(x.data[i]! - y.data[i]!) > tolerance ||
            Math.abs(x.data[i + 1]! - y.data[i + 1]!) > tolerance ||
            Math.abs(x.data[i + 2]! - y.data[i + 2]!) > tolerance ||
            Math.abs(x.data[i + 3]! - y.data[i + 3]!) > tolerance
          ) {
            differing++;
          }
        }
        return differing / (x.width * x.height);
      },
      [a.toString('base64'), b.toString('base64'), options.tolerance ?? 0] as const,
    );
  } finally {
    await context.close();
  }
}
