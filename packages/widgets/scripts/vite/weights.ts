import { gzipSync } from 'node:zlib';
import { transformWithEsbuild, type Plugin } from 'vite';

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
 * worse than the whole file). `scripts/check-size.mjs` prints it.
 */
export function weightsPlugin(fileName: string): Plugin {
  return {
    name: 'remit:weights',
    async generateBundle(_options, bundle) {
      const chunk = bundle[fileName];
      if (!chunk || chunk.type !== 'chunk') return;
      const byOwner = new Map<string, { modules: number; code: string[] }>();
      for (const [id, { code }] of Object.entries(chunk.modules)) {
        if (!code) continue;
        const owner = ownerOf(id);
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
