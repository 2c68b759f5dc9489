// A `remit batch` worker thread. As bin/remit.js does for the command, it runs
// the TypeScript source through tsx in a source checkout (a thread does not
// inherit the loader its parent registered), and the built JavaScript in a
// published package.
import { existsSync } from 'node:fs';

const source = new URL('../src/cli/batch/batch-worker.ts', import.meta.url);
if (existsSync(source)) {
  const { register } = await import('tsx/esm/api');
  register();
  await import(source.href);
} else {
  await import('../dist/cli/batch/batch-worker.js');
}
