import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      'packages/core/vitest.config.ts',
      'packages/widgets/vitest.node.config.ts',
      'packages/widgets/vitest.config.ts',
      'packages/widgets/vitest.dist.config.ts',
      'packages/demo/vitest.config.ts',
      'examples/vitest.config.ts',
    ],
  },
});
