import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import ensureWidgetsBuild from '../../../packages/widgets/test/bundle/ensure-build.js';
import {
  optionalPeers,
  APPS,
  EXAMPLES,
  mustRun,
  NPM_ENV,
  ROOT,
  tarballNames,
  WORK,
  type AppName,
  type Clients,
} from './clients.js';

const PNPM = ['-y', 'pnpm@10'];

/** Latest modification time under `dir` (0 when missing). */
function newest(dir: string): number {
  if (!existsSync(dir)) return 0;
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

/** Builds core's dist/ when it is missing or older than its sources (the test command builds it first). */
async function ensureCoreBuild(): Promise<void> {
  const core = join(ROOT, 'packages/core');
  const built = join(core, 'dist/index.js');
  const stale =
    !existsSync(built) ||
    statSync(built).mtimeMs <
      Math.max(newest(join(core, 'src')), statSync(join(core, 'package.json')).mtimeMs);
  if (stale) await mustRun('npx', [...PNPM, '--filter', '@remit/core', 'build'], ROOT);
}

/** Copies `from` into `to`, leaving out what a checkout would not hold. */
function copyApp(from: string, to: string): void {
  cpSync(from, to, {
    recursive: true,
    filter: (path) => !/[\\/](node_modules|dist)([\\/]|$)/.test(path.slice(from.length)),
  });
}

/**
 * A fresh copy of an example app with the two tarballs beside its package.json, installed with
 * plain npm as docs/installing.md says. An earlier run's node_modules is kept (less to fetch)
 * but never its @remit packages or lock file.
 */
async function installApp(name: AppName, pack: string): Promise<string> {
  const dir = join(WORK, 'apps', name);
  mkdirSync(dir, { recursive: true });
  for (const entry of readdirSync(dir)) {
    if (entry !== 'node_modules') rmSync(join(dir, entry), { recursive: true, force: true });
  }
  rmSync(join(dir, 'node_modules', '@remit'), { recursive: true, force: true });
  copyApp(join(EXAMPLES, name), dir);
  return install(dir, pack, []);
}

/** A bare Node project (`"type": "module"`) with the tarballs and `extra` packages. */
async function installNode(name: string, pack: string, extra: string[]): Promise<string> {
  const dir = join(WORK, name);
  rmSync(join(dir, 'node_modules', '@remit'), { recursive: true, force: true });
  rmSync(join(dir, 'package-lock.json'), { force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'package.json'),
    `${JSON.stringify({ name: `remit-${name}-consumer`, private: true, type: 'module' }, null, 2)}\n`,
  );
  return install(dir, pack, extra);
}

async function install(dir: string, pack: string, extra: string[]): Promise<string> {
  const { core, widgets } = tarballNames();
  for (const file of [core, widgets]) cpSync(join(pack, file), join(dir, file));
  await mustRun('npm', ['install', `./${core}`, `./${widgets}`, ...extra], dir, NPM_ENV);
  return dir;
}

export default async function setup(project: TestProject): Promise<void> {
  const started = performance.now();
  await ensureCoreBuild();
  ensureWidgetsBuild();
  const pack = join(WORK, 'pack');
  rmSync(pack, { recursive: true, force: true });
  mkdirSync(pack, { recursive: true });
  await mustRun(
    'npx',
    [
      ...PNPM,
      '--filter',
      '@remit/core',
      '--filter',
      '@remit/widgets',
      'pack',
      '--pack-destination',
      pack,
    ],
    ROOT,
  );
  rmSync(join(WORK, 'apps', 'plans'), { recursive: true, force: true });
  cpSync(join(EXAMPLES, 'plans'), join(WORK, 'apps', 'plans'), { recursive: true });
  const [react, vue, jquery, node, analysis, noFormats] = await Promise.all([
    ...APPS.map((app) => installApp(app, pack)),
    installNode('node', pack, []),
    installNode('analysis', pack, optionalPeers({ formats: true })),
    installNode('no-formats', pack, optionalPeers({ formats: false })),
  ]);
  const clients: Clients = {
    pack,
    apps: { 'react-app': react!, 'vue-app': vue!, 'jquery-page': jquery! },
    node: node!,
    analysis: analysis!,
    noFormats: noFormats!,
  };
  project.provide('clients', clients);
  console.log(
    `clients: packed and installed ${APPS.length} apps and 3 Node projects in ${((performance.now() - started) / 1000).toFixed(0)} s (${WORK})`,
  );
}
