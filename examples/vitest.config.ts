import { defineProject } from 'vitest/config';

/**
 * Real client apps installed from the packed tarballs (`clients`): the global setup packs
 * @remit/core and @remit/widgets with pnpm and installs the tarballs with plain npm into copies
 * of the apps in examples/ (outside the workspace, under the system's temporary folder, with
 * npm's cache there too); the tests build, type-check and drive each app in Debian's Chromium.
 */
export default defineProject({
  test: {
    name: 'clients',
    environment: 'node',
    include: ['test/**/*.spec.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    // after the other projects: installs, builds and type-checks want both cores
    sequence: { groupOrder: 1 },
    env: { TZ: 'UTC' },
  },
});
