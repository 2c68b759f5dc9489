import { readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'vite';

const demo = new URL('../../', import.meta.url).pathname;
const packages = join(demo, '..');
/**
 * Where the tests' build goes (under node_modules: ignored by git, lint and
 * format); `REMIT_TEST_DIST` names another folder, so that two test runs on one
 * checkout do not empty each other's build.
 */
export const TEST_DIST = process.env.REMIT_TEST_DIST ?? join(demo, 'node_modules', '.test-dist');
const STAMP = join(TEST_DIST, '.built');

/**
 * Builds the dashboard into `.test-dist` with Vite's build API, unless a build
 * newer than every source file of the demo, the widgets and core is there.
 */
export async function buildDashboard(): Promise<string> {
  const sources = [
    join(demo, 'src'),
    join(demo, 'index.html'),
    join(demo, 'vite.config.ts'),
    join(packages, 'widgets', 'src'),
    join(packages, 'core', 'src'),
    join(packages, 'core', 'data'),
  ];
  const newest = Math.max(...(await Promise.all(sources.map(newestTime))));
  const built = await stat(STAMP).then(
    (s) => s.mtimeMs,
    () => 0,
  );
  if (built > newest) return TEST_DIST;
  await build({
    configFile: join(demo, 'vite.config.ts'),
    logLevel: 'error',
    build: { outDir: TEST_DIST, emptyOutDir: true },
  });
  await writeFile(STAMP, new Date().toISOString());
  return TEST_DIST;
}

async function newestTime(path: string): Promise<number> {
  const s = await stat(path).catch(() => undefined);
  if (!s) return 0;
  if (!s.isDirectory()) return s.mtimeMs;
  const entries = await readdir(path, { withFileTypes: true, recursive: true });
  const times = await Promise.all(
    entries
      .filter((e) => e.isFile())
      .map((e) => stat(join(e.parentPath, e.name)).then((x) => x.mtimeMs)),
  );
  return Math.max(s.mtimeMs, ...times);
}
