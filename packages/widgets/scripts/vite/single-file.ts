// The plugins of the single-file builds (dist/remit-widgets*.js): everything in one file, for a
// page that loads one script. The per-element modules do not use them.
import { minify } from 'terser';
import type { Plugin } from 'vite';
import { SRC } from '../element-entries.mjs';
import { minifyCss } from '../minify-css.mjs';

const WORKER_RE =
  /\bnew\s+(?:Worker|SharedWorker)\s*\(\s*new\s+URL\s*\(\s*('[^'\n]*'|"[^"\n]*")\s*,\s*import\.meta\.url\s*\)\s*(?:,\s*\{[^{}]*\})?\s*\)/g;

/**
 * `new Worker(new URL(…, import.meta.url))` becomes a factory that throws: a second file would
 * have to be fetched (and a `blob:` worker is refused by `script-src 'self'`), so layouts that
 * would run in a worker run in main-thread slices instead, which every element using
 * `SimulationController` already falls back to.
 */
export function noWorkerFilesPlugin(): Plugin {
  return {
    name: 'remit:no-worker-files',
    enforce: 'pre',
    transform(code, id) {
      if (!id.startsWith(SRC) || !WORKER_RE.test(code)) return null;
      WORKER_RE.lastIndex = 0;
      const out = code.replace(
        WORKER_RE,
        "(() => { throw new Error('remit-widgets single file: layout runs on the main thread'); })()",
      );
      return { code: out, map: null };
    },
  };
}

const LAZY_IMPORT = /\bimport\(\s*(['"])(\.{1,2}\/[^'"]+)\1\s*\)/g;

/** The plan reader's own file beside the ES single files (`remit-widgets.reader.js`). */
export const READER_FILE = 'remit-widgets.reader.js';

/** The module the elements load on demand: the plan reader, read only when a `src` is fetched. */
const READER_MODULE = './plan-reader.js';

/**
 * A module the per-element modules load on demand (`import('./plan-reader.js')`, the plan
 * reader) goes where the single file can reach it:
 *
 * - `es`: it stays a dynamic import, of `remit-widgets.reader.js` beside the bundle (the
 *   reader built on its own, see `readerFile`), so a page that gives its elements `data`
 *   never downloads it and the bundle's budget does not carry it.
 * - `iife`: a classic script has no file of its own to import from, so the module is
 *   imported statically and carried inside (Rollup's inlined dynamic import costs about
 *   0.4 KiB gzipped more than a static one).
 */
export function lazyImportsPlugin(format: 'es' | 'iife'): Plugin {
  return {
    name: 'remit:lazy-imports',
    resolveId(id) {
      return format === 'es' && id === `./${READER_FILE}` ? { id, external: true } : null;
    },
    transform(code, id) {
      if (!id.startsWith(SRC) || !LAZY_IMPORT.test(code)) return null;
      LAZY_IMPORT.lastIndex = 0;
      const imports: string[] = [];
      const out = code.replace(LAZY_IMPORT, (_match, _quote, path: string) => {
        if (path !== READER_MODULE)
          this.error(`single file: no place for the lazy import of ${path}`);
        if (format === 'es') return `import(${JSON.stringify(`./${READER_FILE}`)})`;
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
 * The CSS inside Lit's `css` templates in the widgets' own sources is minified (terser leaves
 * template text alone). About 0.8 KiB gzipped off the bundle.
 */
export function minifyCssTemplatesPlugin(): Plugin {
  return {
    name: 'remit:minify-css-templates',
    transform(code, id) {
      if (!id.startsWith(SRC) || !code.includes('css`')) return null;
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

/**
 * The file runs only where custom elements exist: importing it on a server (Nuxt, Next
 * and Astro import pages' modules in Node) does nothing instead of failing on `HTMLElement`.
 * The bundle has no exports, so its whole body can sit in one block (9 bytes gzipped).
 */
function onlyWithCustomElements(code: string): string {
  if (/^export\b/m.test(code))
    throw new Error('remit-widgets single file: exports cannot be wrapped');
  return `if(globalThis.customElements){${code}}`;
}

/**
 * Minifies the finished chunk with terser (about 3.5% smaller gzipped than esbuild here), then
 * wraps it (see onlyWithCustomElements) unless `wrap` is false (the reader's file, which
 * registers nothing and has exports). Vite keeps whitespace in ES library output and prints
 * chunks again in its own renderChunk pass, so this runs in generateBundle, after every
 * renderChunk.
 */
export function minifyChunkPlugin(format: 'es' | 'iife', wrap = true): Plugin {
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
        file.code = wrap ? onlyWithCustomElements(out.code) : out.code;
      }
    },
  };
}

/**
 * The legacy bundle: besides the syntax esbuild lowers to its target, the built-ins newer
 * than it are replaced in the finished chunk by local functions (nothing global is patched).
 */
export function legacyPlugin(): Plugin {
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

/** Fails a build that would emit anything besides its one file (and its weights). */
export function singleFilePlugin(fileName: string): Plugin {
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
