#!/usr/bin/env node
// In a source checkout the CLI runs from TypeScript through tsx; a published
// package ships only `dist/`, which runs on plain Node.
import { existsSync } from 'node:fs';

const source = new URL('../src/cli/main.ts', import.meta.url);
if (existsSync(source)) {
  const { register } = await import('tsx/esm/api');
  register();
  await import(source.href);
} else {
  await import('../dist/cli/main.js');
}
