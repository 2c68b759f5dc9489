#!/usr/bin/env node
/**
 * Writes custom-elements.json (Custom Elements Manifest 1.0) from the JSDoc
 * tags on the element classes in src/ (`@attr`, `@fires`, `@cssproperty`,
 * `@csspart`, Lit's static `properties`, public members), with
 * @custom-elements-manifest/analyzer and its Lit plugin. Inherited members,
 * attributes, events and parts come from the base classes (`RemitElement`).
 *
 * The theming variables shared by every element are documented once, in the
 * table of the `tokens` doc comment (src/shared/tokens.ts); this script adds
 * them to every element that inherits from `RemitElement`.
 *
 * Module paths name the published files (`dist/heatmap.js`: the entry that registers the tag
 * and exports the class), so the manifest inside the package points into the package.
 *
 * The file is committed, so editors and documentation tools find it without a
 * build; every build writes it again. The element reference in
 * docs/embedding.md is written from it too (scripts/reference.mjs), and so are the
 * framework typings' props (src/frameworks/element-props.ts, scripts/element-props.mjs). Usage: node scripts/manifest.mjs [--check]
 *   --check  write nothing; exit 1 when the committed file is out of date
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { create, ts } from '@custom-elements-manifest/analyzer';
import { litPlugin } from '@custom-elements-manifest/analyzer/src/features/framework-plugins/lit/lit.js';
import { elementEntries } from './element-entries.mjs';
import { ELEMENT_PROPS, elementPropsText } from './element-props.mjs';
import { writeReference } from './reference.mjs';

/** @import { Plugin } from '@custom-elements-manifest/analyzer' */
/** @import { DeclarationDoc, Manifest, ModuleDoc } from './manifest-schema.js' */
/** @typedef {{ name: string; description: string; default: string }} Token */

const pkg = join(dirname(fileURLToPath(import.meta.url)), '..');
export const MANIFEST = join(pkg, 'custom-elements.json');
const BASE_CLASS = 'RemitElement';

/**
 * Source files the manifest describes: src/**\/*.ts except tests, sorted.
 * @returns {Promise<string[]>}
 */
async function sourceFiles(dir = join(pkg, 'src')) {
  /** @type {string[]} */
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== '__snapshots__') out.push(...(await sourceFiles(path)));
    } else if (
      entry.name.endsWith('.ts') &&
      !entry.name.endsWith('.test.ts') &&
      !entry.name.endsWith('.d.ts')
    ) {
      out.push(path);
    }
  }
  return out.sort();
}

/**
 * The `--remit-…` properties from the table in the `tokens` doc comment:
 * `| \`--remit-lead\` | #0072B2 | #56B4E9 | a written lead (牵头) |`.
 * @param {string} text
 */
export function readTokenTable(text) {
  /** @type {Token[]} */
  const rows = [];
  const row = /^\s*\*\s*\|\s*`(--remit-[a-z0-9-]+)`\s*\|([^|\n]*)\|([^|\n]*)\|([^|\n]*)\|\s*$/gm;
  for (const m of text.matchAll(row)) {
    // every group of the pattern takes part in a match
    const [, name, light, dark, use] = /** @type {[string, string, string, string, string]} */ (
      m.map((s) => s.trim())
    );
    rows.push({
      name,
      description: `${use} (light: ${light}; dark: ${dark})`,
      default: light,
    });
  }
  return rows;
}

/**
 * Adds the shared theming variables to every element inheriting from RemitElement.
 * @param {Token[]} tokens
 * @returns {Plugin}
 */
function tokensPlugin(tokens) {
  return {
    name: 'remit:tokens',
    packageLinkPhase({ customElementsManifest }) {
      /** @type {Map<string, DeclarationDoc>} */
      const classes = new Map();
      for (const mod of /** @type {Manifest} */ (customElementsManifest).modules) {
        for (const d of mod.declarations ?? []) if (d.kind === 'class') classes.set(d.name, d);
      }
      /**
       * @param {DeclarationDoc} d
       * @returns {boolean}
       */
      const inheritsBase = (d, seen = new Set()) => {
        const parent = d.superclass?.name;
        if (!parent || seen.has(parent)) return false;
        if (parent === BASE_CLASS) return true;
        seen.add(parent);
        const next = classes.get(parent);
        return next ? inheritsBase(next, seen) : false;
      };
      for (const d of classes.values()) {
        if (d.name !== BASE_CLASS && !(d.customElement && inheritsBase(d))) continue;
        const own = d.cssProperties ?? [];
        const names = new Set(own.map((p) => p.name));
        const shared = tokens
          .filter((t) => !names.has(t.name))
          .map((t) =>
            d.name === BASE_CLASS
              ? t
              : {
                  ...t,
                  inheritedFrom: { name: BASE_CLASS, module: 'src/shared/remit-element.ts' },
                },
          );
        d.cssProperties = [...own, ...shared];
      }
    },
  };
}

/** The manifest as the text to write. */
export async function manifestText() {
  return `${JSON.stringify(await manifestObject(), null, 2)}\n`;
}

/**
 * The manifest as an object.
 * @returns {Promise<Manifest>}
 */
async function manifestObject() {
  const files = await sourceFiles();
  const modules = [];
  for (const file of files) {
    const text = await readFile(file, 'utf8');
    modules.push(ts.createSourceFile(relative(pkg, file), text, ts.ScriptTarget.ES2022, true));
  }
  const tokens = readTokenTable(await readFile(join(pkg, 'src', 'shared', 'tokens.ts'), 'utf8'));
  const manifest = /** @type {Manifest} */ (
    create({
      modules,
      plugins: [...litPlugin(), tokensPlugin(tokens)],
      context: { dev: false },
    })
  );
  // Keep what describes the elements: their modules, the base class, and the
  // define.ts modules that register the tags. Helpers are analysed (for
  // inheritance) but not listed.
  manifest.modules = manifest.modules.filter(
    (mod) =>
      mod.exports?.some((e) => e.kind === 'custom-element-definition') ||
      mod.declarations?.some((d) => d.customElement || d.name === BASE_CLASS),
  );
  // Private members (`#x`, `private`) are not part of the API.
  for (const mod of manifest.modules) {
    for (const d of mod.declarations ?? []) {
      if (d.members)
        d.members = d.members.filter((m) => m.privacy !== 'private' && !m.name.startsWith('#'));
    }
  }
  return publicModules(manifest);
}

/**
 * The source file (`src/heatmap/heatmap.ts`, `/src/heatmap/heatmap.js`) → the module of the
 * published package that exports it: an element's folder → its entry `dist/<name>.js`
 * (which registers the tag and re-exports the class), anything else → `dist/index.js`.
 * @param {string} path
 */
export function publicModuleOf(path) {
  const clean = path.replace(/^\//, '').replace(/\.js$/, '.ts');
  const folder = /^src\/([^/]+)\//.exec(clean)?.[1];
  const element = elementEntries().find((e) => e.name === folder);
  return element ? `dist/${element.name}.js` : 'dist/index.js';
}

/**
 * The manifest with every module path, reference and inheritance pointing into the published
 * package (`dist/`), as an editor or a documentation tool finds it in `node_modules`; modules
 * that land on the same public path (an element's class and its define.ts) are merged.
 * @param {Manifest} manifest
 */
function publicModules(manifest) {
  /** @param {unknown} value */
  const repoint = (value) => {
    if (Array.isArray(value)) return value.forEach(repoint);
    if (!value || typeof value !== 'object') return;
    for (const [key, entry] of Object.entries(value)) {
      if (key === 'module' && typeof entry === 'string')
        /** @type {Record<string, unknown>} */ (value)[key] = publicModuleOf(entry);
      else repoint(entry);
    }
  };
  /** @type {Map<string, ModuleDoc & Required<Pick<ModuleDoc, 'declarations' | 'exports'>>>} */
  const byPath = new Map();
  for (const mod of manifest.modules) {
    repoint(mod.declarations);
    repoint(mod.exports);
    const path = publicModuleOf(mod.path);
    const merged = byPath.get(path) ?? {
      kind: 'javascript-module',
      path,
      declarations: [],
      exports: [],
    };
    merged.declarations.push(...(mod.declarations ?? []));
    merged.exports.push(...(mod.exports ?? []));
    byPath.set(path, merged);
  }
  manifest.modules = [...byPath.values()].sort((a, b) => a.path.localeCompare(b.path));
  return manifest;
}

/**
 * Writes custom-elements.json, or with `check` compares it.
 * @param {{ check: boolean }} options
 * @returns {Promise<boolean>} true when the file is (now) up to date
 */
export async function writeManifest({ check }) {
  const manifest = await manifestObject();
  const text = `${JSON.stringify(manifest, null, 2)}\n`;
  const current = await readFile(MANIFEST, 'utf8').catch(() => '');
  const reference = await writeReference(manifest, { check });
  const props = await writeElementProps(manifest, { check });
  if (check) {
    if (current === text) return reference && props;
    console.error(
      'custom-elements.json is out of date: run `npx -y pnpm@10 --filter @remit/widgets manifest` and commit it.',
    );
    return false;
  }
  if (current !== text) await writeFile(MANIFEST, text);
  return true;
}

/**
 * Writes src/frameworks/element-props.ts (formatted as the repository formats code), or compares it.
 * @param {Manifest} manifest
 * @param {{ check: boolean }} options
 */
async function writeElementProps(manifest, { check }) {
  const file = join(pkg, ELEMENT_PROPS);
  const prettier = await import('prettier');
  const options = (await prettier.resolveConfig(file)) ?? {};
  const next = await prettier.format(elementPropsText(manifest), { ...options, filepath: file });
  const current = await readFile(file, 'utf8').catch(() => '');
  if (current === next) return true;
  if (check) {
    console.error(`${ELEMENT_PROPS} is out of date (run the manifest script).`);
    return false;
  }
  await writeFile(file, next);
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const check = process.argv.includes('--check');
  writeManifest({ check }).then(
    (ok) => {
      if (!ok) process.exitCode = 1;
      else
        console.log(
          check
            ? 'custom-elements.json is up to date'
            : `wrote ${relative(process.cwd(), MANIFEST)}`,
        );
    },
    (e) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
