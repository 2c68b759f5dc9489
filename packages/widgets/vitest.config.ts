import { execFileSync } from 'node:child_process';
import { playwright } from '@vitest/browser-playwright';
import { defaultClientConditions } from 'vite';
import { defineProject } from 'vitest/config';

/**
 * Browser tests: every element in real Chromium (Debian's /usr/bin/chromium).
 * `remit-source` makes `@remit/core/*` resolve to core's TypeScript sources.
 */
export default defineProject({
  resolve: { conditions: ['remit-source', ...defaultClientConditions] },
  // Screenshots are written during the run; watching them would reload the tests.
  server: { watch: { ignored: ['**/screenshots/**'] } },
  test: {
    name: 'widgets',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['src/**/*.layout.test.ts', 'test/node/**'],
    // REMIT_SCREENSHOTS=1 makes tests write screenshots (see test/browser/screenshots.ts).
    env: { TZ: 'UTC', REMIT_SCREENSHOTS: process.env.REMIT_SCREENSHOTS ?? '' },
    browser: {
      enabled: true,
      headless: true,
      screenshotFailures: false,
      provider: playwright({
        launchOptions: {
          executablePath: '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      }),
      instances: [{ browser: 'chromium' }],
      // `commands.emulateMedia('print')` lays the page out as Chromium prints it
      commands: {
        emulateMedia: async ({ page }, media: 'print' | 'screen') => {
          await page.emulateMedia({ media });
        },
        // an exported SVG as librsvg draws it (Inkscape and many converters use it)
        rasterizeWithRsvg: (_context, svg: string) =>
          execFileSync('rsvg-convert', ['--format=png'], { input: svg }).toString('base64'),
      },
      viewport: { width: 1280, height: 900 },
    },
  },
});
