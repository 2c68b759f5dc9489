import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { FORMAT_PEERS, ROOT, run, tarballNames, version } from './support/clients.js';

const clients = inject('clients');
const names = tarballNames();

interface Manifest {
  name: string;
  version: string;
  types?: string;
  bin?: Record<string, string>;
  exports: Record<string, string | Record<string, string>>;
  sideEffects?: boolean | string[];
  customElements?: string;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
}

/** The files of a tarball (without the leading `package/`) and its package.json. */
function tarball(file: string): {
  files: Set<string>;
  manifest: Manifest;
  text: (f: string) => string;
} {
  const path = join(clients.pack, file);
  const list = execFileSync('tar', ['-tzf', path], { encoding: 'utf8' });
  const files = new Set(
    list
      .split('\n')
      .filter(Boolean)
      .map((f) => f.replace(/^package\//, '')),
  );
  const text = (f: string) =>
    execFileSync('tar', ['-xzOf', path, `package/${f}`], { encoding: 'utf8' });
  return { files, manifest: JSON.parse(text('package.json')) as Manifest, text };
}

/** Every path an `exports` map names (all conditions), without its leading `./`. */
function exportTargets(exports: Manifest['exports']): string[] {
  const out: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') out.push(value.replace(/^\.\//, ''));
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(exports);
  return out;
}

/** A `sideEffects` glob as a regular expression over package paths. */
function globRegExp(glob: string): RegExp {
  const body = glob
    .replace(/^\.\//, '')
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*\*\//g, '@@')
    .replace(/\*/g, '[^/]*')
    .replace(/@@/g, '(?:.*/)?');
  return new RegExp(`^${body}$`);
}

/** Imports `specifier` in a fresh Node process in `dir`; the exit code and what it printed. */
function importIn(dir: string, specifier: string, after = '') {
  const script = `const m = await import(${JSON.stringify(specifier)}); ${after}`;
  return run(process.execPath, ['--input-type=module', '-e', script], dir);
}

describe('the packed tarballs', () => {
  const core = tarball(names.core);
  const widgets = tarball(names.widgets);

  it('hold built JavaScript and declarations, a changelog, and no sources or build reports', () => {
    for (const { files } of [core, widgets]) {
      expect([...files].filter((f) => f.startsWith('src/'))).toEqual([]);
      expect([...files].filter((f) => f.endsWith('.stats.json'))).toEqual([]);
      expect(files.has('CHANGELOG.md')).toBe(true);
      expect(files.has('README.md') || files.has('package.json')).toBe(true);
    }
    expect(core.files.has('dist/model/index.d.ts')).toBe(true);
    expect(widgets.files.has('dist/frameworks/react.d.ts')).toBe(true);
    expect(widgets.files.has('dist/frameworks/vue.d.ts')).toBe(true);
  });

  it('point every export, types, bin and sideEffects path at a file inside the tarball', () => {
    for (const { files, manifest } of [core, widgets]) {
      const missing = exportTargets(manifest.exports).filter((f) => !files.has(f));
      expect(missing, `${manifest.name} exports`).toEqual([]);
      expect(JSON.stringify(manifest), manifest.name).not.toContain('remit-source');
      expect(files.has(manifest.types!.replace(/^\.\//, '')), `${manifest.name} types`).toBe(true);
      for (const bin of Object.values(manifest.bin ?? {}))
        expect(files.has(bin.replace(/^\.\//, '')), bin).toBe(true);
      const globs = Array.isArray(manifest.sideEffects) ? manifest.sideEffects : [];
      for (const glob of globs) {
        const re = globRegExp(glob);
        expect(
          [...files].some((f) => re.test(f)),
          `${manifest.name} sideEffects ${glob}`,
        ).toBe(true);
      }
    }
    expect(core.manifest.sideEffects).toBe(false);
  });

  it("depend on released versions, not the workspace's", () => {
    for (const { manifest } of [core, widgets]) {
      expect(manifest.version).toBe(version());
      expect(JSON.stringify(manifest)).not.toContain('workspace:');
    }
    expect(widgets.manifest.dependencies!['@remit/core']).toBe(`^${version()}`);
  });

  it("leave core's analysis packages (arquero, graphology) to the apps that use them", () => {
    const analysis = ['arquero', 'graphology', 'graphology-metrics', 'graphology-shortest-path'];
    for (const name of analysis) {
      expect(core.manifest.dependencies?.[name], name).toBeUndefined();
      expect(core.manifest.peerDependencies?.[name], name).toBeDefined();
      expect(core.manifest.peerDependenciesMeta?.[name]?.optional, name).toBe(true);
    }
    // npm installed none of them for the apps, which run all the same
    for (const dir of [clients.node, ...Object.values(clients.apps)]) {
      for (const name of analysis)
        expect(existsSync(join(dir, 'node_modules', name)), `${dir}: ${name}`).toBe(false);
    }
  });

  it("leave core's file-format packages (pdf.js, SheetJS, the workbook writer) to the command's users", () => {
    for (const name of FORMAT_PEERS) {
      expect(core.manifest.dependencies?.[name], name).toBeUndefined();
      expect(core.manifest.peerDependencies?.[name], name).toBeDefined();
      expect(core.manifest.peerDependenciesMeta?.[name]?.optional, name).toBe(true);
    }
    for (const dir of [clients.node, clients.noFormats, ...Object.values(clients.apps)]) {
      for (const name of FORMAT_PEERS)
        expect(existsSync(join(dir, 'node_modules', name)), `${dir}: ${name}`).toBe(false);
    }
  });

  it('custom-elements.json names modules of the package that export what it says', async () => {
    const manifest = JSON.parse(widgets.text(widgets.manifest.customElements!)) as {
      modules: {
        path: string;
        exports?: { kind: string; name: string; declaration: { module: string } }[];
      }[];
    };
    const exported = new Map<string, string[]>();
    for (const mod of manifest.modules) {
      expect(widgets.files.has(mod.path), mod.path).toBe(true);
      for (const e of mod.exports ?? []) {
        expect(widgets.files.has(e.declaration.module), e.declaration.module).toBe(true);
        if (e.kind === 'js') exported.set(mod.path, [...(exported.get(mod.path) ?? []), e.name]);
      }
    }
    for (const [path, wanted] of exported) {
      const specifier =
        path === 'dist/index.js' ? '@remit/widgets' : `@remit/widgets/${path.slice(5, -3)}`;
      const { code, output } = await importIn(
        clients.node,
        specifier,
        `console.log(JSON.stringify(${JSON.stringify(wanted)}.filter((n) => !(n in m))));`,
      );
      expect(code, output).toBe(0);
      expect(JSON.parse(output.trim()), `${specifier} lacks`).toEqual([]);
    }
  });
});

describe('every entry imported in Node (as server rendering does)', () => {
  const widgetsEntries = () => {
    const { manifest } = tarball(names.widgets);
    return Object.entries(manifest.exports)
      .filter(
        ([key, target]) =>
          key !== './package.json' && !(typeof target === 'object' && !('default' in target)),
      )
      .map(([key]) => (key === '.' ? '@remit/widgets' : `@remit/widgets/${key.slice(2)}`));
  };
  const coreEntries = () => {
    const { manifest } = tarball(names.core);
    return Object.keys(manifest.exports)
      .filter((key) => !key.endsWith('.json'))
      .map((key) => (key === '.' ? '@remit/core' : `@remit/core/${key.slice(2)}`));
  };

  it("every @remit/widgets entry imports without core's analysis packages, defining elements only where customElements exists", async () => {
    const entries = widgetsEntries();
    expect(entries).toEqual(
      expect.arrayContaining([
        '@remit/widgets',
        '@remit/widgets/define',
        '@remit/widgets/remit-widgets.js',
        '@remit/widgets/remit-widgets.iife.js',
      ]),
    );
    for (const specifier of entries) {
      const single = /remit-widgets(\.full)?(\.iife)?\.js$/.test(specifier);
      // The single files carry their own Lit: in Node they define nothing and touch no global.
      const check = single
        ? "if (globalThis.customElements !== undefined || globalThis.HTMLElement !== undefined) throw new Error('a global was defined');"
        : '';
      const { code, output } = await importIn(clients.node, specifier, check);
      expect(code, `${specifier}: ${output}`).toBe(0);
    }
  });

  it("core's entries for pages import without the optional peers; the others name the package they need", async () => {
    const needsPeer: string[] = [];
    for (const specifier of coreEntries()) {
      const { code, output } = await importIn(clients.node, specifier);
      if (code === 0) continue;
      expect(output, specifier).toMatch(
        /Cannot find package '(arquero|graphology[a-z-]*|pdfjs-dist|@e965\/xlsx|write-excel-file)'/,
      );
      needsPeer.push(specifier);
    }
    for (const page of ['model', 'parse', 'units', 'io', 'metrics/plain', 'compare'])
      expect(needsPeer).not.toContain(`@remit/core/${page}`);
  });

  it('every @remit/core entry imports once the analysis packages are installed', async () => {
    for (const specifier of coreEntries()) {
      const { code, output } = await importIn(clients.analysis, specifier);
      expect(code, `${specifier}: ${output}`).toBe(0);
    }
  });
});

describe('the remit command from the tarball', () => {
  const plan = join(ROOT, 'packages/core/data/xuhui-2020-fazhi.txt');

  it('without the analysis packages, says which to install (exit 78) instead of a stack', async () => {
    const { code, output } = await run(
      'npx',
      ['--no-install', 'remit', 'parse', plan],
      clients.node,
    );
    expect(code).toBe(78);
    expect(output).toContain(
      'npm install arquero graphology graphology-metrics graphology-shortest-path',
    );
    expect(output).not.toMatch(/\n\s+at /);
  });

  it('with them, reads a plan on plain Node', async () => {
    const { code, output, stdout } = await run(
      'npx',
      ['--no-install', 'remit', 'parse', plan, '--format', 'json'],
      clients.analysis,
    );
    expect(code, output).toBe(0);
    expect((JSON.parse(stdout) as { items: unknown[] }).items).toHaveLength(17);
  });
  const office = (ext: string) => join(ROOT, `fixtures/office/corpus/xuhui-2020-fazhi.${ext}`);
  const remit = (args: string[]) =>
    run('npx', ['--no-install', 'remit', ...args], clients.noFormats);

  it('without the file-format packages, reads .docx and .html, and names the package a .pdf, .xls or .doc needs', async () => {
    for (const ext of ['docx', 'html']) {
      const { code, output, stdout } = await remit(['parse', office(ext), '--format', 'json']);
      expect(code, `${ext}: ${output}`).toBe(0);
      expect((JSON.parse(stdout) as { items: unknown[] }).items).toHaveLength(17);
    }
    for (const [ext, name] of [
      ['pdf', 'pdfjs-dist'],
      ['xls', '@e965/xlsx'],
      ['doc', '@e965/xlsx'],
    ] as const) {
      const { code, output } = await remit(['parse', office(ext)]);
      expect(code, `${ext}: ${output}`).toBe(1);
      expect(output).toContain('office/needs-package');
      expect(output).toMatch(new RegExp(`npm install ${name.replace('/', '\\/')}@\\S+`));
      expect(output).not.toMatch(/\n\s+at /);
    }
  });

  it('without the workbook writer, --to xlsx names it before reading the plan', async () => {
    const { code, output } = await remit([
      'convert',
      office('docx'),
      '--to',
      'xlsx',
      '--out',
      'plan.xlsx',
    ]);
    expect(code, output).toBe(1);
    expect(output).toMatch(/npm install write-excel-file@\S+/);
    expect(existsSync(join(clients.noFormats, 'plan.xlsx'))).toBe(false);
  });

  it('with every optional peer installed, reads a .pdf and writes a workbook', async () => {
    const pdf = await run(
      'npx',
      ['--no-install', 'remit', 'parse', office('pdf'), '--format', 'json'],
      clients.analysis,
    );
    expect(pdf.code, pdf.output).toBe(0);
    expect((JSON.parse(pdf.stdout) as { items: unknown[] }).items).toHaveLength(17);
    const out = join(clients.analysis, 'plan.xlsx');
    const xlsx = await run(
      'npx',
      ['--no-install', 'remit', 'convert', office('docx'), '--to', 'xlsx', '--out', out],
      clients.analysis,
    );
    expect(xlsx.code, xlsx.output).toBe(0);
    expect(existsSync(out)).toBe(true);
  });
});
