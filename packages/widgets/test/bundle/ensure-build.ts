import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** packages/widgets */
export const PKG = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BUNDLE = join(PKG, 'dist', 'remit-widgets.js');
export const IIFE = join(PKG, 'dist', 'remit-widgets.iife.js');
/** The plan reader the ES single files import beside them when an element fetches a `src`. */
export const READER = join(PKG, 'dist', 'remit-widgets.reader.js');

/** Latest modification time of any file under `dir` (0 when missing). */
function newest(dir: string): number {
  if (!existsSync(dir)) return 0;
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === '__snapshots__') continue;
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

/** What the bundles are built from: widgets and core sources, the build config and scripts. */
function newestInput(): number {
  return Math.max(
    newest(join(PKG, 'src')),
    newest(join(PKG, '..', 'core', 'src')),
    newest(join(PKG, 'scripts')),
    statSync(join(PKG, 'vite.config.ts')).mtimeMs,
    statSync(join(PKG, 'package.json')).mtimeMs,
  );
}

/**
 * Vitest global setup: runs the library build (`node scripts/build.mjs`)
 * when dist/ is missing or older than its sources, so the tests never run
 * against a stale bundle. After `pnpm --filter @remit/widgets build` it does
 * nothing.
 */
export default function ensureBuild(): void {
  const outputs = [
    BUNDLE,
    READER,
    IIFE,
    join(PKG, 'dist', 'index.js'),
    join(PKG, 'dist', 'remit-widgets.d.ts'),
    join(PKG, 'dist', 'remit-widgets.full.js'),
  ];
  const built = Math.min(...outputs.map((f) => (existsSync(f) ? statSync(f).mtimeMs : 0)));
  if (built > newestInput()) return;
  const run = spawnSync(process.execPath, ['scripts/build.mjs'], {
    cwd: PKG,
    stdio: 'inherit',
  });
  if (run.status !== 0) throw new Error('widgets-dist: building the bundles failed (see above)');
}
