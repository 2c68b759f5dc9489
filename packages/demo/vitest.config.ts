import { defaultServerConditions } from 'vite';
import { defineProject } from 'vitest/config';

/**
 * The dashboard's browser tests: Node drives Debian's Chromium through
 * playwright-core against the built dashboard, served on 127.0.0.1 with a
 * strict Content-Security-Policy.
 */
export default defineProject({
  // Node-side tests of the dashboard's own modules import core and the widgets from source.
  resolve: { conditions: ['remit-source', ...defaultServerConditions] },
  ssr: { resolve: { conditions: ['remit-source', ...defaultServerConditions] } },
  test: {
    name: 'demo',
    environment: 'node',
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    // One Chromium at a time: the machine has two cores.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    env: { TZ: 'UTC' },
  },
});
