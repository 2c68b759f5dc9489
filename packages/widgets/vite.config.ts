import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minify } from 'terser';
import { elementEntries } from './scripts/element-entries.mjs';
import { minifyCss } from './scripts/minify-css.mjs';
import {
  defaultClientConditions,
  defineConfig,
  transformWithEsbuild,
  type Plugin,
  type UserConfig,
} from 'vite';

/**
 * The library build of @remit/widgets, one Vite build per `--mode`:
 *
 * - `bundle`: dist/remit-widgets.js, one self-contained ES module that
 *   registers every element (Lit, the d3 modules and core's reader inside).
 * - `iife`: dist/remit-widgets.iife.js, the same as a classic script.
 * - `bundle-full`, `iife-full`: dist/remit-widgets.full.js and
 *   remit-widgets.full.iife.js, the same with the add-on elements
 *   (`<remit-compare>`; see scripts/element-entries.mjs).
 * - `modules`: per-element ES modules for bundlers (dist/index.js, define.js,
 *   heatmap.js, network.js …, shared code in dist/chunks/), with `lit`, the d3
 *   modules and `@remit/core` left as imports so the host app shares them.
 *
 * `scripts/build.mjs` runs all three plus the type declarations and the
 * Custom Elements Manifest. An element is any `src/<name>/define.ts` (see scripts/element-entries.mjs).
 *
 * In the single-file builds, `new Worker(new URL(…, import.meta.url))` is
 * replaced by a factory that throws: a second file would have to be fetched
 * (and a `blob:` worker is refused by `script-src 'self'`), so layouts that
 * would run in a worker run in main-thread slices instead, which every
 * element using `SimulationController` already falls back to.
 */

const root = dirname(fileURLToPath(import.meta.url));
const src = join(root, 'src');

const VIRTUAL = '\0remit-entry:';

/**
 * Virtual entries: `all` imports src/define.ts and every element's define.ts
 * but the add-ons' (so the bundle registers every element even before
 * src/define.ts lists it); `full` the add-ons too; `<name>` registers one
 * element and re-exports what its define.ts imports (the element class).
 */
function entriesPlugin(): Plugin {
  return {
    name: 'remit:entries',
    resolveId(id) {
      // Vite resolves library entries against the root first: match the tail.
      const at = id.indexOf('remit-entry:');
      return at >= 0 && !id.startsWith(VIRTUAL)
        ? VIRTUAL + id.slice(at + 'remit-entry:'.length)
        : null;
    },
    load(id) {
      if (!id.startsWith(VIRTUAL)) return null;
      const name = id.slice(VIRTUAL.length);
      const elements = elementEntries();
      if (name === 'all' || name === 'full') {
        const included = elements.filter((e) => name === 'full' || !e.addOn);
        return [join(src, 'define.ts'), ...included.map((e) => e.define)]
          .map((file) => `import ${JSON.stringify(file)};`)
          .join('\n');
      }
      const element = elements.find((e) => e.name === name);
      if (!element) return null;
      return [
        `import ${JSON.stringify(element.define)};`,
        ...element.exportsFrom.map(
          (f) => `export * from ${JSON.stringify(join(src, name, `${f}.ts`))};`,
        ),
      ].join('\n');
    },
  };
}

const WORKER_RE =
  /\bnew\s+(?:Worker|SharedWorker)\s*\(\s*new\s+URL\s*\(\s*('[^'\n]*'|"[^"\n]*")\s*,\s*import\.meta\.url\s*\)\s*(?:,\s*\{[^{}]*\})?\s*\)/g;

/** Single-file builds: workers from a second file become a throwing factory (see above). */
function noWorkerFilesPlugin(): Plugin {
  return {
    name: 'remit:no-worker-files',
    enforce: 'pre',
    transform(code, id) {
      if (!id.startsWith(src) || !WORKER_RE.test(code)) return null;
      WORKER_RE.lastIndex = 0;
      const out = code.replace(
        WORKER_RE,
        "(() => { throw new Error('remit-widgets single file: layout runs on the main thread'); })()",
      );
      return { code: out, map: null };
    },
  };
}

/**
 * The single file runs only where custom elements exist: importing it on a server (Nuxt, Next
 * and Astro import pages' modules in Node) does nothing instead of failing on `HTMLElement`.
 * The bundle has no exports, so its whole body can sit in one block (9 bytes gzipped).
 */
function onlyWithCustomElements(code: string): string {
  if (/^export\b/m.test(code))
    throw new Error('remit-widgets single file: exports cannot be wrapped');
  return `if(globalThis.customElements){${code}}`;
}

/**
 * Minifies the finished single-file chunk with terser (about 3.5% smaller
 * gzipped than esbuild here). Vite keeps whitespace in ES library output and
 * prints chunks again in its own renderChunk pass, so this runs in
 * generateBundle, after every renderChunk.
 */
function minifyChunkPlugin(format: 'es' | 'iife'): Plugin {
  return {
    name: 'remit:minify-chunk',
    async generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        const out = await minify(file.code, {
          module: format === 'es',
          ecma: 2020,
          // pure_getters: no property read here has an effect (none is read for a reflow)
          compress: { passes: 3, pure_getters: true, unsafe_methods: true },
          mangle: true,
          format: { comments: false },
        });
        if (out.code === undefined) this.error(`terser returned nothing for ${file.fileName}`);
        file.code = onlyWithCustomElements(out.code);
      }
    },
  };
}

/** The oldest browser the legacy bundle is built for (docs/embedding.md#browsers says why). */
const LEGACY_TARGET = 'chrome86';

/**
 * The legacy bundle: besides the syntax esbuild lowers to LEGACY_TARGET, the built-ins newer
 * than it are replaced in the finished chunk by local functions (nothing global is patched).
 */
function legacyPlugin(): Plugin {
  return {
    name: 'remit:legacy',
    renderChunk(code) {
      if (!code.includes('Object.hasOwn(')) return null;
      const helper =
        'function __remitHasOwn(o,k){return Object.prototype.hasOwnProperty.call(o,k)}\n';
      return { code: helper + code.replaceAll('Object.hasOwn(', '__remitHasOwn('), map: null };
    },
  };
}

const NO_TRANSITION = '\0remit:d3-transition';
const NO_ZOOM_INTERPOLATE = '\0remit:d3-interpolate-for-zoom';

/**
 * The builds leave out d3's animated zoom. d3-zoom imports d3-transition, and
 * d3-interpolate (which pulls in all of d3-color), only to animate zoom
 * changes: about 7 KiB gzipped. No element animates with d3: zoom runs with
 * `duration(0)` (immediate, which also suits reduced motion).
 *
 * So, for d3-zoom only: `d3-transition` becomes the two pieces d3-zoom calls
 * on the immediate path (`interrupt` and `selection.interrupt`, which have
 * nothing to interrupt) plus a `selection.transition` that throws a clear
 * error; `interpolateZoom` (used only inside transitions) throws likewise.
 * The build fails if a source file starts using transitions, so the choice
 * is revisited rather than broken.
 *
 * The per-element modules carry d3-zoom itself (with these stubs) instead of
 * importing it, and share d3-selection with the app: the stubs add the two
 * selection methods only where an app's own d3-transition has not (and a
 * d3-transition loaded later replaces them), so an app that animates with d3
 * keeps its transitions.
 */
function noAnimatedZoomPlugin(): Plugin {
  const fail = (what: string) =>
    `throw new Error('remit-widgets: ${what} is not in this bundle (see vite.config.ts)');`;
  return {
    name: 'remit:no-animated-zoom',
    enforce: 'pre',
    resolveId(id, importer) {
      if (id === 'd3-transition') return NO_TRANSITION;
      if (id === 'd3-interpolate' && importer && /[\\/]d3-zoom[\\/]/.test(importer))
        return NO_ZOOM_INTERPOLATE;
      return null;
    },
    load(id) {
      if (id === NO_TRANSITION) {
        return [
          "import { selection } from 'd3-selection';",
          'export function interrupt() {}',
          'selection.prototype.interrupt ??= function () { return this; };',
          `selection.prototype.transition ??= function () { ${fail('d3-transition')} };`,
        ].join('\n');
      }
      if (id === NO_ZOOM_INTERPOLATE) {
        return `export function interpolateZoom() { ${fail('an animated zoom')} }`;
      }
      return null;
    },
    transform(code, id) {
      if (
        id.startsWith(src) &&
        /from\s+'d3-transition'|\.transition\(\s*\)|\.transition\(\s*['"`]/.test(code)
      ) {
        this.error(`${id} uses d3 transitions: remove noAnimatedZoomPlugin from vite.config.ts`);
      }
      return null;
    },
  };
}

const LAZY_IMPORT = /\bimport\(\s*(['"])(\.{1,2}\/[^'"]+)\1\s*\)/g;

/**
 * Single-file builds: a module the per-element modules load on demand (`import('./x.js')`,
 * the plan reader) is imported statically instead, since the single file carries everything
 * anyway; Rollup's inlined dynamic import costs about 0.4 KiB gzipped more than a static one.
 */
function staticImportsPlugin(): Plugin {
  return {
    name: 'remit:static-imports',
    transform(code, id) {
      if (!id.startsWith(src) || !LAZY_IMPORT.test(code)) return null;
      LAZY_IMPORT.lastIndex = 0;
      const imports: string[] = [];
      const out = code.replace(LAZY_IMPORT, (_match, _quote, path: string) => {
        const name = `__remitLazy${imports.length}`;
        imports.push(`import * as ${name} from ${JSON.stringify(path)};`);
        return `Promise.resolve(${name})`;
      });
      return { code: `${imports.join('\n')}\n${out}`, map: null };
    },
  };
}

interface TemplateNode {
  type: string;
  start: number;
  end: number;
  tag?: { type: string; name?: string };
  quasi?: { quasis: { start: number; end: number }[] };
}

/**
 * Single-file builds: the CSS inside Lit's `css` templates in the widgets' own sources is
 * minified (terser leaves template text alone). About 0.8 KiB gzipped off the bundle.
 */
function minifyCssTemplatesPlugin(): Plugin {
  return {
    name: 'remit:minify-css-templates',
    transform(code, id) {
      if (!id.startsWith(src) || !code.includes('css`')) return null;
      const quasis: { start: number; end: number }[] = [];
      const walk = (node: unknown): void => {
        if (!node || typeof node !== 'object') return;
        if (Array.isArray(node)) return node.forEach(walk);
        const n = node as TemplateNode;
        if (
          n.type === 'TaggedTemplateExpression' &&
          n.tag?.type === 'Identifier' &&
          n.tag.name === 'css'
        )
          quasis.push(...(n.quasi?.quasis ?? []));
        for (const [key, value] of Object.entries(n)) if (key !== 'type') walk(value);
      };
      walk(this.parse(code));
      let out = code;
      for (const q of quasis.sort((a, b) => b.start - a.start))
        out = out.slice(0, q.start) + minifyCss(out.slice(q.start, q.end)) + out.slice(q.end);
      return { code: out, map: null };
    },
  };
}

/** Fails a single-file build that would emit anything besides its one file. */
function singleFilePlugin(fileName: string): Plugin {
  return {
    name: 'remit:single-file',
    generateBundle(_options, bundle) {
      const stats = fileName.replace(/\.js$/, '.stats.json');
      const extra = Object.keys(bundle).filter((f) => f !== fileName && f !== stats);
      if (extra.length > 0) {
        this.error(`single-file build emitted more than ${fileName}: ${extra.join(', ')}`);
      }
    },
  };
}

/** The package (or `src/<folder>`) a module belongs to, for the weight breakdown. */
function ownerOf(id: string): string {
  const clean = id.replace(/^\0/, '').replace(/\?.*$/, '');
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules\/)/.exec(clean);
  if (pkg) return pkg[1]!;
  const core = /packages\/core\/src\/([^/]+)\//.exec(clean);
  if (core) return `@remit/core/${core[1]}`;
  const own = /packages\/widgets\/src\/([^/]+)\//.exec(clean);
  if (own) return `widgets/${own[1]}`;
  return 'widgets (entry)';
}

/**
 * Writes `dist/<file>.stats.json`: for each package or source folder in the
 * chunk, its modules' code minified on its own and gzipped together (an
 * estimate of what it costs in the bundle; module boundaries compress a bit
 * worse than the whole file).
 */
function weightPlugin(fileName: string): Plugin {
  return {
    name: 'remit:weights',
    async generateBundle(_options, bundle) {
      const chunk = bundle[fileName];
      if (!chunk || chunk.type !== 'chunk') return;
      const { gzipSync } = await import('node:zlib');
      const byOwner = new Map<string, { modules: number; code: string[] }>();
      for (const [id, { code, renderedLength }] of Object.entries(chunk.modules)) {
        if (!code) continue;
        const owner = ownerOf(id);
        if (process.env.REMIT_WEIGHTS_DEBUG) console.log(id, renderedLength);
        const entry = byOwner.get(owner) ?? { modules: 0, code: [] };
        const min = await transformWithEsbuild(code, 'module.js', {
          minify: true,
          format: 'esm',
          target: 'es2022',
          legalComments: 'none',
          charset: 'utf8',
        }).catch(() => ({ code }));
        entry.modules++;
        entry.code.push(min.code);
        byOwner.set(owner, entry);
      }
      const rows = [...byOwner].map(([owner, { modules, code }]) => {
        const text = code.join('\n');
        return {
          owner,
          modules,
          minified: Buffer.byteLength(text),
          gzip: gzipSync(text, { level: 9 }).length,
        };
      });
      rows.sort((a, b) => b.gzip - a.gzip);
      this.emitFile({
        type: 'asset',
        fileName: fileName.replace(/\.js$/, '.stats.json'),
        source: `${JSON.stringify({ file: fileName, packages: rows }, null, 2)}\n`,
      });
    },
  };
}

/**
 * Runtime dependencies the per-element modules leave to the host's bundler: Lit, the d3
 * modules but d3-zoom and the two it animates with (carried or stubbed, see
 * noAnimatedZoomPlugin), @remit/core.
 */
function isExternal(id: string): boolean {
  return /^(lit|@lit\/|lit-html|lit-element|@lit-labs\/|d3-(?!(zoom|transition|interpolate)$)|@remit\/core)/.test(
    id,
  );
}

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
 * The single files are production builds: development warnings (behind
 * `process.env.NODE_ENV !== 'production'`) drop out. The per-element modules keep the test
 * for the app's bundler to decide.
 */
const PRODUCTION = { 'process.env.NODE_ENV': JSON.stringify('production') };

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

function singleFile(format: 'es' | 'iife', variant: BundleVariant = 'standard'): UserConfig {
  const base = BASE_NAME[variant];
  const fileName = format === 'es' ? `${base}.js` : `${base}.iife.js`;
  const target = variant === 'legacy' ? LEGACY_TARGET : 'es2022';
  return {
    ...shared,
    define: PRODUCTION,
    plugins: [
      entriesPlugin(),
      noWorkerFilesPlugin(),
      noAnimatedZoomPlugin(),
      staticImportsPlugin(),
      minifyCssTemplatesPlugin(),
      ...(variant === 'legacy' ? [legacyPlugin()] : []),
      minifyChunkPlugin(format),
      weightPlugin(fileName),
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

function modules(): UserConfig {
  const entry: Record<string, string> = {
    index: resolve(src, 'index.ts'),
    define: resolve(src, 'define.ts'),
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

export default defineConfig(({ mode }) => {
  if (mode === 'iife') return singleFile('iife');
  if (mode === 'bundle-full') return singleFile('es', 'full');
  if (mode === 'iife-full') return singleFile('iife', 'full');
  if (mode === 'iife-legacy') return singleFile('iife', 'legacy');
  if (mode === 'modules') return modules();
  return singleFile('es');
});
