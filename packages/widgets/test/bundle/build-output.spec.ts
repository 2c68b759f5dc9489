import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseAst } from 'vite';
import { describe, expect, it } from 'vitest';
import { elementEntries } from '../../scripts/element-entries.mjs';
import { manifestText } from '../../scripts/manifest.mjs';
import { BUNDLE, IIFE, PKG, READER } from './ensure-build.js';

const dist = join(PKG, 'dist');
const elements = elementEntries();
const tags = elements.flatMap((e) => e.tags);

interface Declaration {
  name: string;
  tagName?: string;
  customElement?: boolean;
  attributes?: { name: string }[];
  events?: { name: string }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
  members?: { name: string; privacy?: string }[];
}

function elementsOf(manifestJson: string): Map<string, Declaration> {
  const manifest = JSON.parse(manifestJson) as { modules: { declarations?: Declaration[] }[] };
  const out = new Map<string, Declaration>();
  for (const mod of manifest.modules) {
    for (const d of mod.declarations ?? []) if (d.customElement && d.tagName) out.set(d.tagName, d);
  }
  return out;
}

/** The API surface of a manifest element: names of attributes, events, parts, properties. */
function surface(d: Declaration | undefined) {
  const names = (list?: { name: string }[]) => (list ?? []).map((x) => x.name).sort();
  return {
    attributes: names(d?.attributes),
    events: names(d?.events),
    cssParts: names(d?.cssParts),
    cssProperties: names(d?.cssProperties),
    members: names(d?.members?.filter((m) => m.privacy !== 'protected')),
  };
}

/** What links a script to other files, read from its syntax tree. */
function moduleLinks(code: string) {
  const ast = parseAst(code) as unknown as { body: { type: string; source?: unknown }[] };
  const declarations = ast.body
    .filter((n) => n.type === 'ImportDeclaration' || (/^Export/.test(n.type) && n.source))
    .map((n) => n.type);
  const dynamicImports: unknown[] = [];
  let importMeta = 0;
  let workers = 0;
  const walk = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const n of node) walk(n);
      return;
    }
    const n = node as Record<string, unknown> & { type?: string };
    if (n.type === 'ImportExpression') dynamicImports.push((n.source as { value?: unknown }).value);
    if (n.type === 'MetaProperty' && (n.meta as { name?: string })?.name === 'import') importMeta++;
    if (n.type === 'NewExpression') {
      const callee = n.callee as { type?: string; name?: string };
      if (callee?.type === 'Identifier' && /^(Shared)?Worker$/.test(callee.name ?? '')) workers++;
    }
    for (const [key, value] of Object.entries(n)) {
      if (key !== 'type' && value && typeof value === 'object') walk(value);
    }
  };
  walk(ast);
  return { declarations, dynamicImports, importMeta, workers };
}

describe('the single-file bundles', () => {
  const es = readFileSync(BUNDLE, 'utf8');
  const classic = readFileSync(IIFE, 'utf8');
  const fullEs = readFileSync(join(dist, 'remit-widgets.full.js'), 'utf8');
  const fullClassic = readFileSync(join(dist, 'remit-widgets.full.iife.js'), 'utf8');
  const reader = readFileSync(READER, 'utf8');

  it('the standard bundles leave the add-on <remit-compare> out; the full ones register it', () => {
    for (const code of [es, classic]) expect(code).not.toContain('remit-compare');
    for (const code of [fullEs, fullClassic]) expect(code).toContain('remit-compare');
  });

  it('the ES single files import nothing but the reader beside them, on demand: no import declaration, import.meta or worker', () => {
    for (const code of [es, fullEs]) {
      const found = moduleLinks(code);
      expect(found.declarations).toEqual([]);
      expect(found.dynamicImports).toEqual(['./remit-widgets.reader.js']);
      expect(found.importMeta).toBe(0);
      expect(found.workers).toBe(0);
    }
  });

  it('remit-widgets.reader.js imports nothing, registers nothing and exports the reader', async () => {
    const found = moduleLinks(reader);
    expect(found.declarations).toEqual([]);
    expect(found.dynamicImports).toEqual([]);
    expect(found.importMeta).toBe(0);
    expect(found.workers).toBe(0);
    expect(reader).not.toMatch(/customElements|HTMLElement/);
    const module = (await import(pathToFileURL(READER).href)) as {
      decodeBytes: (bytes: Uint8Array) => { value: { text: string; encoding: string } };
      readPlanText: (
        input: string,
        format: string,
      ) => { value?: { items: unknown[] }; diagnostics: unknown[] };
    };
    expect(Object.keys(module).sort()).toEqual(['decodeBytes', 'readPlanText']);
    const text = readFileSync(join(PKG, '../../fixtures/corpus/xuhui-2020-fazhi.txt'), 'utf8');
    expect(module.readPlanText(text, 'txt').value?.items).toHaveLength(17);
    expect(module.decodeBytes(new TextEncoder().encode('区司法局')).value.text).toBe('区司法局');
  });

  it('remit-widgets.iife.js is a classic script: no import, export or import.meta', () => {
    const found = moduleLinks(classic);
    expect(parseAst(classic).body.filter((n) => /^(Import|Export)/.test(n.type))).toEqual([]);
    expect(found.declarations).toEqual([]);
    expect(found.dynamicImports).toEqual([]);
    expect(found.importMeta).toBe(0);
    expect(found.workers).toBe(0);
  });

  it('both bundles carry the production build of Lit (no development warnings)', () => {
    for (const code of [es, classic]) {
      expect(code).toContain('reactiveElementVersions');
      expect(code).not.toContain('Lit is in dev mode');
    }
  });

  it('neither bundle carries arquero or a Trusted Types policy other than lit-html', () => {
    for (const code of [es, classic]) {
      expect(code).not.toMatch(/arquero/i);
      const policies = [...code.matchAll(/createPolicy\(\s*["'`]([^"'`]+)/g)].map((m) => m[1]);
      expect(policies).toEqual(['lit-html']);
    }
  });

  it('neither bundle carries the graphology library, d3-scale or d3-format (Louvain runs on plain arrays)', () => {
    for (const code of [es, classic]) {
      // graphology's error classes name themselves; d3-format's locale holds its SI prefixes.
      expect(code).not.toMatch(/UsageGraphError|NotFoundGraphError/);
      expect(code).not.toMatch(/"y","z","a","f","p","n","µ","m"/);
      // Louvain itself is there, as core's port on typed arrays (decision 21) over ties in
      // columns (decision 22), not the library.
      expect(code).toMatch(/communitiesOfTieTable/);
      expect(code).not.toMatch(/graphology-communities-louvain/);
    }
  });
});

describe('development warnings', () => {
  it('are not in the single files (production builds) and wait behind NODE_ENV in the modules', () => {
    for (const file of [BUNDLE, IIFE, join(dist, 'remit-widgets.full.js')]) {
      const code = readFileSync(file, 'utf8');
      expect(code).not.toContain('changed in place');
      expect(code).not.toContain('is an attribute');
      expect(code).not.toContain('process.env');
    }
    const chunks = readdirSync(join(dist, 'chunks'))
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(join(dist, 'chunks', f), 'utf8'))
      .join('\n');
    expect(chunks).toContain('changed in place');
    expect(chunks).toMatch(/process\.env\.NODE_ENV !== "production"\) warnDataAttribute/);
  });
});

describe('per-element modules, declarations and the manifest', () => {
  it('every element folder has its module and declaration in dist/', () => {
    expect(elements.map((e) => e.name)).toEqual(
      expect.arrayContaining(['data', 'heatmap', 'network', 'summary', 'table', 'workload']),
    );
    for (const { name } of elements) {
      expect(existsSync(join(dist, `${name}.js`)), `dist/${name}.js`).toBe(true);
      expect(existsSync(join(dist, `${name}.d.ts`)), `dist/${name}.d.ts`).toBe(true);
    }
    for (const file of [
      'index.js',
      'index.d.ts',
      'define.js',
      'define.d.ts',
      'remit-widgets.d.ts',
      'remit-widgets.full.d.ts',
    ]) {
      expect(existsSync(join(dist, file)), `dist/${file}`).toBe(true);
    }
  });

  it('per-element modules leave lit, d3 and @remit/core to the host bundler', () => {
    const files = [
      ...elements.map((e) => join(dist, `${e.name}.js`)),
      ...readdirSync(join(dist, 'chunks'))
        .filter((f) => f.endsWith('.js'))
        .map((f) => join(dist, 'chunks', f)),
    ];
    const code = files.map((f) => readFileSync(f, 'utf8')).join('\n');
    expect(code).toMatch(/from\s*["']lit["']/);
    expect(code).toMatch(/from\s*["']@remit\/core\/model["']/);
    expect(code).not.toContain('reactiveElementVersions');
    expect(code).not.toMatch(/function\s+forceSimulation\b/);
  });

  it("package.json's sideEffects keep every built file that registers an element", () => {
    const pkg = JSON.parse(readFileSync(join(PKG, 'package.json'), 'utf8')) as {
      sideEffects: string[];
    };
    const globs = pkg.sideEffects.map(
      (g) =>
        new RegExp(
          `^${g
            .replace(/^\.\//, '')
            .replace(/[.+^${}()|[\]\\]/g, '\\$&')
            .replace(/\*\*\//g, '@@')
            .replace(/\*/g, '[^/]*')
            .replace(/@@/g, '(?:.*/)?')}$`,
        ),
    );
    const registering: string[] = [];
    const walk = (dir: string, rel: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = `${rel}${entry.name}`;
        if (entry.isDirectory()) walk(join(dir, entry.name), `${path}/`);
        else if (entry.name.endsWith('.js')) {
          const code = readFileSync(join(dir, entry.name), 'utf8');
          // registers, or imports a module that does (a bare side-effect import)
          if (/customElements\.define\(|^import\s*["'][^"']+["'];?$/m.test(code))
            registering.push(path);
        }
      }
    };
    walk(dist, 'dist/');
    expect(registering.length).toBeGreaterThan(elements.length);
    expect(registering.filter((f) => !globs.some((g) => g.test(f)))).toEqual([]);
  });

  it('package.json points tools at custom-elements.json and publishes dist/ and the manifest', () => {
    const pkg = JSON.parse(readFileSync(join(PKG, 'package.json'), 'utf8')) as {
      customElements?: string;
      files?: string[];
    };
    expect(pkg.customElements).toBe('custom-elements.json');
    expect(existsSync(join(PKG, pkg.customElements!))).toBe(true);
    expect(pkg.files).toEqual(expect.arrayContaining(['dist', 'custom-elements.json']));
    // `!…` leaves files out of the tarball (the build's weight reports)
    for (const file of (pkg.files ?? []).filter((f) => !f.startsWith('!')))
      expect(existsSync(join(PKG, file)), file).toBe(true);
  });

  it('the declarations map every tag in HTMLElementTagNameMap', () => {
    for (const { name, tags: own, addOn } of elements) {
      const dts = readFileSync(join(dist, name, 'define.d.ts'), 'utf8');
      expect(dts).toContain('interface HTMLElementTagNameMap');
      for (const tag of own) expect(dts).toContain(`'${tag}'`);
      const standard = readFileSync(join(dist, 'remit-widgets.d.ts'), 'utf8');
      const full = readFileSync(join(dist, 'remit-widgets.full.d.ts'), 'utf8');
      expect(full).toContain(`import './${name}/define.js';`);
      if (addOn) expect(standard).not.toContain(`import './${name}/define.js';`);
      else expect(standard).toContain(`import './${name}/define.js';`);
    }
  });

  it('src/define.ts (the @remit/widgets/define entry) registers every element but the add-ons', () => {
    const define = readFileSync(join(PKG, 'src', 'define.ts'), 'utf8');
    expect(elements.filter((e) => e.addOn).map((e) => e.name)).toEqual(['compare']);
    for (const { name, addOn } of elements) {
      if (addOn) expect(define).not.toContain(`import './${name}/define.js';`);
      else expect(define).toContain(`import './${name}/define.js';`);
    }
  });

  it('custom-elements.json describes every tag and matches the sources (run the manifest script)', async () => {
    const committed = elementsOf(readFileSync(join(PKG, 'custom-elements.json'), 'utf8'));
    const fresh = elementsOf(await manifestText());
    expect([...committed.keys()].sort()).toEqual([...tags].sort());
    for (const tag of tags)
      expect(surface(committed.get(tag)), tag).toEqual(surface(fresh.get(tag)));
    for (const tag of tags.filter((t) => t !== 'remit-data')) {
      const d = surface(committed.get(tag));
      expect(d.attributes, tag).toEqual(
        expect.arrayContaining(['src', 'source', 'theme', 'toolbar', 'label', 'lang']),
      );
      expect(d.events, tag).toEqual(expect.arrayContaining(['remit-select', 'remit-hover']));
      expect(d.cssProperties, tag).toEqual(
        expect.arrayContaining(['--remit-lead', '--remit-font-size']),
      );
      expect(d.cssParts.length, `${tag} parts`).toBeGreaterThan(0);
      expect(d.members, tag).toEqual(expect.arrayContaining(['renderComplete', 'toSVG', 'toPNG']));
    }
  });

  it('docs/embedding.md names every attribute, event, CSS property and part of every element', () => {
    const guide = readFileSync(join(PKG, '..', '..', 'docs', 'embedding.md'), 'utf8');
    const manifest = elementsOf(readFileSync(join(PKG, 'custom-elements.json'), 'utf8'));
    for (const tag of tags) {
      expect(guide, tag).toContain(`\`<${tag}>\``);
      const d = surface(manifest.get(tag));
      for (const name of [...d.attributes, ...d.events, ...d.cssProperties, ...d.cssParts]) {
        expect(guide, `${tag}: ${name}`).toContain(`\`${name}\``);
      }
    }
  });
});
