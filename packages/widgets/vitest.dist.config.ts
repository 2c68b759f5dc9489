import { defineProject } from 'vitest/config';

/**
 * Browser tests of the built bundle and the example pages: Node drives
 * Debian's Chromium through playwright-core against a static server on
 * 127.0.0.1. The global setup builds dist/remit-widgets.js and
 * dist/remit-widgets.iife.js first when they are missing or stale.
 */
export default defineProject({
  test: {
    name: 'widgets-dist',
    environment: 'node',
    include: ['test/bundle/**/*.spec.ts'],
    globalSetup: ['test/bundle/ensure-build.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    fileParallelism: false,
    env: { TZ: 'UTC' },
  },
});
