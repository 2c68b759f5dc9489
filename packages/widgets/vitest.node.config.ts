import { defaultServerConditions } from 'vite';
import { defineProject } from 'vitest/config';

/** Node tests: pure layouts (`*.layout.test.ts`) and helpers that need no DOM. */
export default defineProject({
  resolve: { conditions: ['remit-source', ...defaultServerConditions] },
  ssr: { resolve: { conditions: ['remit-source', ...defaultServerConditions] } },
  test: {
    name: 'widgets-node',
    environment: 'node',
    include: ['src/**/*.layout.test.ts', 'test/node/**/*.test.ts'],
    env: { TZ: 'UTC' },
  },
});
