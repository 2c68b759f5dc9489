import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { expect } from 'vitest';
import { launchChromium } from '../../../packages/widgets/test/bundle/browser.js';
import { shellEnv } from './clients.js';

/** A free TCP port on 127.0.0.1. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * The development warnings of an app whose first plan is examples/plans/xuhui-2020-fazhi.json
 * (17 items, 15 units): one for the plan changed in place, with its counts before and after, and
 * one for the plan given as an attribute.
 */
export async function expectDevWarnings(dir: string): Promise<void> {
  const { inPlace, attribute } = await devWarnings(dir);
  expect(inPlace).toHaveLength(1);
  expect(inPlace[0]).toMatch(
    /changed in place \(sections\/items\/units\/assignments \d+\/17\/15\/\d+ → \d+\/18\/15\/\d+\)/,
  );
  expect(attribute).toHaveLength(1);
  expect(attribute[0]).toContain('<remit-heatmap>: data="[object Object]" is an attribute');
}

/**
 * Runs an app's Vite development server (`npm run dev`, as a developer does) and opens the app
 * in Chromium; makes the two mistakes the development warnings are for (a plan changed in
 * place and handed over again; a plan given as an attribute) and returns the console's
 * warnings, each mistake's apart.
 */
async function devWarnings(dir: string): Promise<{ inPlace: string[]; attribute: string[] }> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const server = spawn(
    'npm',
    ['run', 'dev', '--', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { cwd: dir, env: shellEnv(), stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  let log = '';
  server.stdout.on('data', (b: Buffer) => (log += b.toString()));
  server.stderr.on('data', (b: Buffer) => (log += b.toString()));
  const browser = await launchChromium();
  try {
    await expect
      .poll(
        () =>
          fetch(origin)
            .then((r) => r.ok)
            .catch(() => false),
        { timeout: 60_000 },
      )
      .toBe(true);
    const page = await browser.newPage();
    const warnings: string[] = [];
    page.on('console', (m) => {
      // Lit's own notice of its development build is Lit's, not Remit's
      if (m.type() === 'warning' && !m.text().startsWith('Lit is in dev mode'))
        warnings.push(m.text());
    });
    await page.goto(origin, { waitUntil: 'load' });
    // the app's plan drawn (Vite optimises the dependencies on first load: allow for it)
    await expect
      .poll(() => page.locator('remit-workload [data-unit]').count(), { timeout: 60_000 })
      .toBeGreaterThan(0);
    expect(warnings, log).toEqual([]);

    // an item pushed into the plan the elements hold, and the same object handed over again
    // (what a framework does when it re-renders with a plan changed in place)
    await page.evaluate(() => {
      const data = document.querySelector('remit-data') as HTMLElement & {
        data: { items: { id: string; title: string }[] };
      };
      const plan = data.data;
      plan.items.push({ id: 'added', title: '新增任务' });
      data.data = plan;
    });
    await expect.poll(() => warnings.length).toBeGreaterThan(0);
    const inPlace = warnings.splice(0);

    // a plan given as an attribute, as a template without .prop writes it
    await page.evaluate(() => {
      const el = document.createElement('remit-heatmap');
      el.setAttribute('data', '[object Object]');
      document.body.append(el);
    });
    await expect.poll(() => warnings.length).toBeGreaterThan(0);
    return { inPlace, attribute: warnings.splice(0) };
  } finally {
    await browser.close();
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
  }
}
