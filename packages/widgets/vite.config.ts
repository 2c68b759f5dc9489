import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defineConfig, type UserConfig } from 'vite';
import { elementEntries } from './scripts/element-entries.mjs';
import { entriesPlugin } from './scripts/vite/entries.js';
import { isExternal, noAnimatedZoomPlugin } from './scripts/vite/no-animated-zoom.js';
import {
  legacyPlugin,
  lazyImportsPlugin,
  minifyChunkPlugin,
  minifyCssTemplatesPlugin,
  noWorkerFilesPlugin,
  READER_FILE,
  singleFilePlugin,
} from './scripts/vite/single-file.js';
import { weightsPlugin } from './scripts/vite/weights.js';

/**
 * The library build of @remit/widgets, one Vite build per `--mode`:
 *
 * - `bundle`: dist/remit-widgets.js, one ES module that registers every element
 *   (Lit and the d3 modules inside); an element given a `src` imports the plan
 *   reader from dist/remit-widgets.reader.js beside it.
 * - `reader`: dist/remit-widgets.reader.js, core's plan reader as one
 *   self-contained ES module (decision 19).
 * - `iife`: dist/remit-widgets.iife.js, the same as a classic script, the reader inside.
 * - `bundle-full`, `iife-full`: dist/remit-widgets.full.js and
 *   remit-widgets.full.iife.js, the same with the add-on elements
 *   (`<remit-compare>`; see scripts/element-entries.mjs).
 * - `iife-legacy`: dist/remit-widgets.legacy.iife.js, every element as a classic
 *   script for Chromium 86 and later.
 * - `modules`: per-element ES modules for bundlers (dist/index.js, define.js,
 *   heatmap.js, network.js …, shared code in dist/chunks/), with `lit`, the d3
 *   modules and `@remit/core` left as imports so the host app shares them.
 *
 * `scripts/build.mjs` runs them all plus the type declarations and the Custom
 * Elements Manifest. An element is any `src/<name>/define.ts` (see
 * scripts/element-entries.mjs). Each plugin is in scripts/vite/, with why it exists.
 */

const root = dirname(fileURLToPath(import.meta.url));

const shared: UserConfig = {
  root,
  // Relative asset URLs (the worker file), so dist/ can be served from any path.
  base: './',
  publicDir: false,
  logLevel: 'warn',
  // Production builds of dependencies (Lit's development build warns and is
  // larger) whatever NODE_ENV the caller has.
  resolve: {
    conditions: [
      'remit-source',
      ...defaultClientConditions.filter((c) => c !== 'development|production'),
      'production',
    ],
  },
  esbuild: { target: 'es2022' },
};

/**
 * The single-file bundles: the standard one, the full one with the add-on elements, and the
 * legacy one (every element, as a classic script, for Chromium 86 and later; see
 * legacyPlugin).
 */
export type BundleVariant = 'standard' | 'full' | 'legacy';

const BASE_NAME: Record<BundleVariant, string> = {
  standard: 'remit-widgets',
  full: 'remit-widgets.full',
  legacy: 'remit-widgets.legacy',
};

/** The oldest browser the legacy bundle is built for (docs/embedding.md#browsers says why). */
const LEGACY_TARGET = 'chrome86';

/**
 * A single file is a production build: development warnings (behind
 * `process.env.NODE_ENV !== 'production'`) drop out. The per-element modules keep the test
 * for the app's bundler to decide.
 */
function singleFile(format: 'es' | 'iife', variant: BundleVariant = 'standard'): UserConfig {
  const base = BASE_NAME[variant];
  const fileName = format === 'es' ? `${base}.js` : `${base}.iife.js`;
  const target = variant === 'legacy' ? LEGACY_TARGET : 'es2022';
  return {
    ...shared,
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    plugins: [
      entriesPlugin(),
      noWorkerFilesPlugin(),
      noAnimatedZoomPlugin(),
      lazyImportsPlugin(format),
      minifyCssTemplatesPlugin(),
      ...(variant === 'legacy' ? [legacyPlugin()] : []),
      minifyChunkPlugin(format),
      weightsPlugin(fileName),
      singleFilePlugin(fileName),
    ],
    esbuild: { target },
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target,
      sourcemap: false,
      copyPublicDir: false,
      reportCompressedSize: false,
      // minifyChunkPlugin minifies fully with terser (Vite's own pass keeps whitespace in ES libraries).
      minify: false,
      lib: {
        entry: variant === 'standard' ? 'remit-entry:all' : 'remit-entry:full',
        name: 'RemitWidgets',
        formats: [format],
        fileName: () => fileName,
      },
      rollupOptions: { output: { inlineDynamicImports: true } },
    },
  };
}

/**
 * The plan reader on its own (`src/data/plan-reader.ts`: decoding, CSV, JSON and text
 * documents), the file the ES single files import when an element fetches a `src`. It imports
 * nothing and registers nothing, so it is not wrapped like the bundles.
 */
function readerFile(): UserConfig {
  return {
    ...shared,
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    plugins: [
      minifyChunkPlugin('es', false),
      weightsPlugin(READER_FILE),
      singleFilePlugin(READER_FILE),
    ],
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2022',
      sourcemap: false,
      copyPublicDir: false,
      reportCompressedSize: false,
      minify: false,
      lib: {
        entry: resolve(root, 'src/data/plan-reader.ts'),
        formats: ['es'],
        fileName: () => READER_FILE,
      },
      rollupOptions: { output: { inlineDynamicImports: true } },
    },
  };
}

/** The per-element modules, for bundlers. */
function modules(): UserConfig {
  const entry: Record<string, string> = {
    index: resolve(root, 'src/index.ts'),
    define: resolve(root, 'src/define.ts'),
  };
  for (const { name } of elementEntries()) entry[name] = `remit-entry:${name}`;
  return {
    ...shared,
    plugins: [entriesPlugin(), noAnimatedZoomPlugin()],
    worker: { format: 'es' },
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2022',
      sourcemap: true,
      copyPublicDir: false,
      reportCompressedSize: false,
      minify: false,
      lib: { entry, formats: ['es'] },
      rollupOptions: {
        external: isExternal,
        output: {
          entryFileNames: '[name].js',
          // Chunks that register an element end in /define.js, so the package's
          // `sideEffects` globs ("./dist/**/define.js") keep them in a bundler's output.
          chunkFileNames: (chunk) =>
            chunk.moduleIds.some((id) => /[\\/]src[\\/][^\\/]+[\\/]define\.ts$/.test(id))
              ? 'chunks/[hash]/define.js'
              : 'chunks/[name]-[hash].js',
          assetFileNames: 'assets/[name]-[hash][extname]',
        },
      },
    },
  };
}

const MODES: Record<string, () => UserConfig> = {
  bundle: () => singleFile('es'),
  reader: readerFile,
  iife: () => singleFile('iife'),
  'bundle-full': () => singleFile('es', 'full'),
  'iife-full': () => singleFile('iife', 'full'),
  'iife-legacy': () => singleFile('iife', 'legacy'),
  modules,
};

export default defineConfig(({ mode }) => (MODES[mode] ?? MODES.bundle!)());
