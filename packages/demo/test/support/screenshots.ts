import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

/** Where the dashboard's screenshots are kept (committed, looked at by people). */
export const SCREENSHOTS = new URL('../../screenshots/', import.meta.url).pathname;

/**
 * Whether screenshots are written: only with `REMIT_SCREENSHOTS=1`, so an ordinary
 * test run leaves the committed pictures alone. Refresh them with
 * `REMIT_SCREENSHOTS=1 npx vitest run --project demo` and look at them.
 */
export const SAVE_SCREENSHOTS = process.env.REMIT_SCREENSHOTS === '1';

/**
 * Takes a screenshot of the page (so drawing runs in every test) and saves it as
 * `screenshots/<name>.png` when `SAVE_SCREENSHOTS`; returns the picture.
 */
export async function screenshot(
  page: Page,
  name: string,
  options: { fullPage?: boolean } = {},
): Promise<Buffer> {
  const picture = await page.screenshot({
    fullPage: options.fullPage ?? true,
    animations: 'disabled',
  });
  if (SAVE_SCREENSHOTS) saveScreenshot(`${name}.png`, picture);
  return picture;
}

/** Saves a file beside the screenshots when `SAVE_SCREENSHOTS`. */
export function saveScreenshot(name: string, content: Uint8Array): void {
  if (!SAVE_SCREENSHOTS) return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  writeFileSync(join(SCREENSHOTS, name), content);
}
