/**
 * The weight an application with a bundler pays for the elements it imports: each entry of
 * the per-element modules (`@remit/widgets/define` and every `@remit/widgets/<element>`)
 * bundled on its own as an app's production build does it (Vite's defaults: Rollup, esbuild's
 * minifier), with Lit, d3 and @remit/core from their packages (core's `dist/`).
 *
 * For each entry, gzipped (level 9): what the page loads with it (`initial`), what loads only
 * when an element fetches a `src` (`on demand`: the plan reader) and the network's layout
 * worker (only for large networks). Used by scripts/check-size.mjs.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { elementEntries } from './element-entries.mjs';

/** @import { Rollup } from 'vite' */

const pkg = join(dirname(fileURLToPath(import.meta.url)), '..');
const ENTRY = '\0remit-app-entry';

/** What an app's initial load may weigh, gzipped, importing `@remit/widgets/define`. */
export const APP_BUDGET_KIB = 120;

/** The entries an app imports, `define` first. */
export function appEntries() {
  return ['define', ...elementEntries().map((e) => e.name)];
}

/** Why the weights cannot be measured, or undefined when they can. */
export function missingForAppWeight() {
  if (!existsSync(join(pkg, 'dist', 'define.js')))
    return 'the per-element modules are not built (node scripts/build.mjs)';
  if (!existsSync(join(pkg, '..', 'core', 'dist', 'model', 'index.js')))
    return '@remit/core is not built (npx -y pnpm@10 --filter @remit/core build)';
  return undefined;
}

/**
 * @param {string} entry `define` or an element's name
 * @returns {Promise<{ entry: string, initial: number, onDemand: number, worker: number }>}
 */
export async function appWeight(entry) {
  const file = join(pkg, 'dist', `${entry}.js`);
  // write: false and no watch: the output in memory, one or one per format
  const result = /** @type {Rollup.RollupOutput | Rollup.RollupOutput[]} */ (
    await build({
      configFile: false,
      root: pkg,
      logLevel: 'silent',
      mode: 'production',
      plugins: [
        {
          name: 'remit:app-entry',
          resolveId: (id) => (id === 'app-entry' ? ENTRY : null),
          load: (id) => (id === ENTRY ? `import ${JSON.stringify(file)};` : null),
        },
      ],
      build: { write: false, modulePreload: false, rollupOptions: { input: 'app-entry' } },
    })
  );
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
  const chunks = new Map(outputs.filter((o) => o.type === 'chunk').map((c) => [c.fileName, c]));
  // The entry and every chunk it imports statically load with the page.
  /** @type {Set<string>} */
  const initial = new Set();
  /** @param {string} name */
  const visit = (name) => {
    const chunk = chunks.get(name);
    if (initial.has(name) || !chunk) return;
    initial.add(name);
    for (const next of chunk.imports) visit(next);
  };
  for (const c of chunks.values()) if (c.isEntry) visit(c.fileName);
  /** @param {string | Uint8Array} text */
  const gz = (text) => gzipSync(text, { level: 9 }).length;
  let onDemand = 0;
  let worker = 0;
  let loaded = 0;
  for (const o of outputs) {
    const text = o.type === 'chunk' ? o.code : o.source;
    if (!/\.js$/.test(o.fileName)) continue;
    if (o.type === 'chunk' && initial.has(o.fileName)) loaded += gz(text);
    else if (/worker/.test(o.fileName)) worker += gz(text);
    else onDemand += gz(text);
  }
  return { entry, initial: loaded, onDemand, worker };
}
