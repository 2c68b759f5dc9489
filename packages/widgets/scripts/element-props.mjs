/**
 * Writes src/frameworks/element-props.ts from the Custom Elements Manifest: for every tag, the
 * properties a template may set (the element's public, writable fields, each typed by the
 * class's own member, so a wrong value fails type-checking) and the events it fires (typed from
 * `HTMLElementEventMap`). The React and Vue typings (src/frameworks/react.d.ts, vue.d.ts) map
 * these onto JSX and `GlobalComponents`. Run by scripts/manifest.mjs, which checks it too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { elementEntries, SRC } from './element-entries.mjs';

/** @import { DeclarationDoc, Manifest } from './manifest-schema.js' */
/** @typedef {{ tag: string; className: string; from: string; d: DeclarationDoc }} ElementDoc */

export const ELEMENT_PROPS = 'src/frameworks/element-props.ts';

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * `remit-heatmap` → `RemitHeatmap`.
 * @param {string} tag
 */
function pascal(tag) {
  return tag.replace(/(^|-)([a-z])/g, (_, _dash, /** @type {string} */ c) => c.toUpperCase());
}

/**
 * Element declarations of the manifest, by tag, with the source module of each class.
 * @param {Manifest} manifest
 */
function elementsOf(manifest) {
  const entries = elementEntries();
  /** @type {ElementDoc[]} */
  const out = [];
  for (const mod of manifest.modules) {
    for (const d of mod.declarations ?? []) {
      if (!d.customElement || !d.tagName) continue;
      const name = /^dist\/([^/]+)\.js$/.exec(mod.path)?.[1];
      const entry = entries.find((e) => e.name === name);
      if (!entry)
        throw new Error(`element-props: no element folder for ${d.tagName} (${mod.path})`);
      out.push({
        tag: d.tagName,
        className: d.name,
        from: `../${name}/${entry.exportsFrom[0]}.js`,
        d,
      });
    }
  }
  return out.sort((a, b) => a.tag.localeCompare(b.tag));
}

/**
 * The props of one element: writable public fields, then attributes named unlike their field.
 * @param {ElementDoc} element
 */
function propsOf({ className, d }) {
  /** @type {{ name: string; type: string; doc: string | undefined }[]} */
  const props = [];
  /** @type {Set<string>} */
  const seen = new Set();
  for (const m of d.members ?? []) {
    if (m.kind !== 'field' || m.static || m.readonly) continue;
    if (m.privacy === 'private' || m.privacy === 'protected' || m.name.startsWith('#')) continue;
    seen.add(m.name);
    props.push({ name: m.name, type: `${className}['${m.name}']`, doc: m.description });
  }
  for (const a of d.attributes ?? []) {
    if (seen.has(a.name) || !IDENTIFIER.test(a.name)) continue;
    seen.add(a.name);
    const type = a.fieldName ? `${className}['${a.fieldName}']` : 'string';
    const doc = a.fieldName
      ? `the \`${a.name}\` attribute (property \`${a.fieldName}\`)`
      : a.description;
    props.push({ name: a.name, type, doc });
  }
  return props;
}

/**
 * Source files under src/ (tests and declaration files left out).
 * @returns {string[]}
 */
function sources(dir = SRC) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory()
      ? sources(join(dir, d.name))
      : d.name.endsWith('.ts') && !d.name.endsWith('.test.ts') && !d.name.endsWith('.d.ts')
        ? [join(dir, d.name)]
        : [],
  );
}

/** Event name → the module (relative to src/frameworks/) that adds it to `HTMLElementEventMap`. */
function eventModules() {
  /** @type {Map<string, string>} */
  const out = new Map();
  for (const file of sources()) {
    const text = readFileSync(file, 'utf8');
    const block = /interface HTMLElementEventMap\s*\{([^}]*)\}/.exec(text)?.[1];
    if (!block) continue;
    const module = relative(join(SRC, 'frameworks'), file).replace(/\.ts$/, '.js');
    for (const m of block.matchAll(/'([a-z][a-z0-9-]*)'\s*:/g))
      out.set(/** @type {string} */ (m[1]), module);
  }
  return out;
}

/** @param {string | undefined} text */
function docLine(text, indent = '  ') {
  return text ? `${indent}/** ${text.replace(/\s+/g, ' ').replace(/\*\//g, '* /')} */\n` : '';
}

/**
 * The text of src/frameworks/element-props.ts.
 * @param {Manifest} manifest
 */
export function elementPropsText(manifest) {
  const elements = elementsOf(manifest);
  const lines = [
    '// Written by `npx -y pnpm@10 --filter @remit/widgets manifest` from custom-elements.json; do',
    '// not edit by hand. The React and Vue typings (react.d.ts, vue.d.ts beside this file) map',
    '// these onto JSX and `GlobalComponents`.',
  ];
  for (const { className, from } of elements)
    lines.push(`import type { ${className} } from '${from}';`);
  // The modules that declare the events in HTMLElementEventMap, so that any program loading
  // these types has them (this file is types only: nothing imports it at run time).
  const declaring = eventModules();
  const used = new Set(elements.flatMap((el) => (el.d.events ?? []).map((e) => e.name)));
  /** @type {Set<string>} */
  const modules = new Set();
  for (const event of [...used].sort()) {
    const module = declaring.get(event);
    if (!module) throw new Error(`element-props: no HTMLElementEventMap entry for ${event}`);
    modules.add(module);
  }
  for (const module of [...modules].sort()) lines.push(`import '${module}';`);
  lines.push('');
  /** @type {string[]} */
  const rows = [];
  for (const el of elements) {
    const base = pascal(el.tag);
    const props = propsOf(el);
    lines.push(
      `/** What a template may set on \`<${el.tag}>\`: its properties, typed by the element's own. */`,
      `export interface ${base}Props {`,
    );
    for (const p of props)
      lines.push(`${docLine(p.doc)}  ${p.name}?: ${p.type};`.replace(/^\n/, ''));
    lines.push('}', '');
    const events = (el.d.events ?? []).map((e) => e.name).sort();
    lines.push(`/** The events \`<${el.tag}>\` fires (bubbling and composed). */`);
    if (events.length === 0) lines.push(`export type ${base}Events = Record<never, never>;`, '');
    else {
      lines.push(`export interface ${base}Events {`);
      for (const e of events) lines.push(`  '${e}': HTMLElementEventMap['${e}'];`);
      lines.push('}', '');
    }
    rows.push(
      `  '${el.tag}': { element: ${el.className}; props: ${base}Props; events: ${base}Events };`,
    );
  }
  lines.push(
    '/** Every tag: its class, the properties a template sets and the events it fires. */',
    'export interface RemitElements {',
    ...rows,
    '}',
    '',
  );
  return lines.join('\n');
}
