#!/usr/bin/env node
// Runs every benchmark in turn and prints its figures. Not a test: nothing here
// passes or fails on time. `node bench/run.mjs [metrics|parse|widgets|dashboard|memory|batch …]`
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
/** @type {Record<string, [runner: 'tsx' | 'node', file: string]>} */
const benches = {
  metrics: ['tsx', 'bench/metrics.bench.ts'],
  compare: ['tsx', 'bench/compare.bench.ts'],
  parse: ['node', 'bench/parse.bench.mjs'],
  io: ['tsx', 'bench/io.bench.ts'],
  office: ['tsx', 'bench/office.bench.ts'],
  widgets: ['node', 'bench/widgets/run.mjs'],
  memory: ['node', 'bench/memory.bench.mjs'],
  dashboard: ['tsx', 'bench/dashboard.bench.ts'],
  batch: ['tsx', 'bench/batch.bench.ts'],
};
const wanted = process.argv.slice(2).length > 0 ? process.argv.slice(2) : Object.keys(benches);
let failed = 0;
for (const name of wanted) {
  const bench = benches[name];
  if (!bench) {
    console.error(
      `bench: unknown benchmark "${name}"; choose from ${Object.keys(benches).join(', ')}`,
    );
    process.exit(2);
  }
  const [runner, file] = bench;
  if (!existsSync(new URL(`../${file}`, import.meta.url))) continue;
  console.log(`\n## ${name}\n`);
  const command = runner === 'tsx' ? 'npx' : process.execPath;
  const args = runner === 'tsx' ? ['tsx', file] : [file];
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) failed++;
}
process.exit(failed > 0 ? 1 : 0);
