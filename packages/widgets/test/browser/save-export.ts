import { commands } from 'vitest/browser';
import { SAVE_SCREENSHOTS } from './screenshots.js';

/**
 * Builds an element's exported PNG (`toPNG`, built from `toSVG`) and, with
 * `REMIT_SCREENSHOTS=1` (see `screenshots.ts`), saves it as
 * `screenshots/<name>.png`, to look at exports as a reader of the file would.
 */
export async function saveExportPng(
  el: { toPNG(o?: { scale?: number }): Promise<Blob> },
  name: string,
): Promise<void> {
  const bytes = new Uint8Array(await (await el.toPNG({ scale: 1 })).arrayBuffer());
  if (!SAVE_SCREENSHOTS) return;
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  await commands.writeFile(`screenshots/${name}.png`, btoa(binary), { encoding: 'base64' });
}
