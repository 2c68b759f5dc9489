#!/usr/bin/env node
// In a source checkout the CLI runs from TypeScript through tsx; a published
// package ships only `dist/`, which runs on plain Node.
import { existsSync } from 'node:fs';

/**
 * Analysis packages that @remit/core declares as optional peers (pages that only
 * draw do not need them); the command line does, and says so instead of a stack.
 */
const ANALYSIS_PEERS = ['arquero', 'graphology', 'graphology-metrics', 'graphology-shortest-path'];

const source = new URL('../src/cli/main.ts', import.meta.url);
if (existsSync(source)) {
  const { register } = await import('tsx/esm/api');
  register();
  await import(source.href);
} else {
  try {
    await import('../dist/cli/main.js');
  } catch (error) {
    const missing = /Cannot find package '([^']+)'/.exec(String(error?.message))?.[1];
    if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !ANALYSIS_PEERS.includes(missing)) throw error;
    console.error(
      `remit: the command line needs ${missing}, an optional peer dependency of @remit/core ` +
        `that is not installed. Install the analysis packages beside @remit/core:\n` +
        `  npm install ${ANALYSIS_PEERS.join(' ')}`,
    );
    process.exit(78);
  }
}
