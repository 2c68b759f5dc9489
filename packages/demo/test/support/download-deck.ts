import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { settled } from './dashboard-page.js';

/**
 * Starts the presentation (unless it is on), clicks its PPT control and
 * returns the downloaded file's name and bytes.
 */
export async function downloadDeck(page: Page): Promise<{ name: string; bytes: Buffer }> {
  if ((await page.locator('[data-presentation]').count()) === 0) {
    await page.locator('button[data-action="present"]').click();
    await settled(page);
  }
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    page.locator('[data-presentation] button[data-action="deck"]').click(),
  ]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}
