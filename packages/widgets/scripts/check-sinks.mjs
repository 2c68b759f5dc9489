#!/usr/bin/env node
/**
 * The forbidden-sink gate (RELIABILITY.md, check 3): no source file in src/
 * and no built bundle in dist/ may turn text into markup or code, or write
 * the `style` attribute (blocked by a strict CSP).
 *
 * - src/: every .ts file except tests, read without comments (TypeScript's
 *   scanner), so doc comments may name the sinks they forbid.
 * - dist/: the single-file bundles, the reader's file and every per-element module. The
 *   dependencies bring a few sinks that the elements never reach; each is
 *   allowed by an exact pattern below, with the reason, and every other
 *   occurrence fails. Lit's Trusted Types policy must be the only one.
 *
 * Usage: node scripts/check-sinks.mjs [--src-only]
 * Exit code 0 when clean; 1 with each finding printed as file:line: sink.
 */
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const pkg = join(dirname(fileURLToPath(import.meta.url)), '..');

/** @typedef {{ file: string; line: number; sink: string; index: number; text: string }} Finding */

/**
 * What is forbidden, as [name, pattern] over code without comments.
 * @type {[name: string, pattern: RegExp][]}
 */
export const SINKS = [
  ['innerHTML', /\binnerHTML\b/],
  ['outerHTML', /\bouterHTML\b/],
  ['insertAdjacentHTML', /\binsertAdjacentHTML\b/],
  ['unsafeHTML', /\bunsafeHTML\b|unsafe-html/],
  ['unsafeSVG', /\bunsafeSVG\b|unsafe-svg/],
  ['eval', /(?<![\w$.])eval\s*\(/],
  ['new Function', /\bnew\s+Function\s*\(|(?<![\w$.])Function\s*\(\s*['"`]/],
  ['string timer', /\b(?:setTimeout|setInterval)\s*\(\s*['"`]/],
  ["setAttribute('style')", /\bsetAttribute(?:NS)?\s*\(\s*(?:null\s*,\s*)?['"`]style['"`]/],
  ["attr('style')", /\.attr\s*\(\s*['"`]style['"`]/],
  ['style attribute in a template', /<[a-zA-Z][^<>]*\sstyle\s*=\s*["'$]/],
  ['styleMap (writes the style attribute first)', /\bstyleMap\b/],
  ['d3 .html()', /\.html\s*\(/],
  ['document.write', /\bdocument\s*\.\s*write(?:ln)?\s*\(/],
  ['srcdoc', /\bsrcdoc\b/],
  ['createContextualFragment', /\bcreateContextualFragment\b/],
  ['Trusted Types policy', /\bcreatePolicy\s*\(/],
];

/**
 * Occurrences allowed in built files, each matched exactly around the hit.
 * `count` is how many of `sink` the pattern explains in one bundle copy.
 * @type {{ sink: string; why: string; pattern: RegExp }[]}
 */
export const ALLOWED_IN_BUNDLE = [
  {
    sink: 'innerHTML',
    why: "lit-html fills its <template> from the element's own static template strings, through its Trusted Types policy `lit-html`",
    pattern:
      /createElement\(\s*["']template["']\s*\)\s*;\s*return\s+[\w$]+\.innerHTML\s*=\s*[\w$]+\s*,\s*[\w$]+\s*\}/g,
  },
  {
    sink: 'innerHTML',
    why: "d3-selection's selection.html() methods: part of its prototype object, never called (the src/ gate forbids .html())",
    pattern:
      /function(?:\s+[\w$]+)?\(\)\s*\{\s*this\.innerHTML\s*=\s*""\s*\}|function\s*\(\)\s*\{\s*this\.innerHTML\s*=\s*[\w$]+\s*\}|this\.innerHTML\s*=\s*(?:null\s*==\s*[\w$]+\s*\?\s*""\s*:\s*[\w$]+|[\w$]+\s*\?\?\s*"")|\.node\(\)\.innerHTML\b/g,
  },
  {
    sink: 'Trusted Types policy',
    why: 'Lit creates the policy `lit-html`, the only one (documented for portals that enforce Trusted Types)',
    pattern: /\.createPolicy\(\s*["']lit-html["']\s*,/g,
  },
];

/**
 * Code of a TypeScript file without its comments (strings and templates kept).
 * @param {string} text
 */
export function withoutComments(text) {
  const scanner = ts.createScanner(
    ts.ScriptTarget.Latest,
    false,
    ts.LanguageVariant.Standard,
    text,
  );
  let out = '';
  let last = 0;
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    if (
      kind === ts.SyntaxKind.SingleLineCommentTrivia ||
      kind === ts.SyntaxKind.MultiLineCommentTrivia
    ) {
      const start = scanner.getTokenStart();
      const end = scanner.getTokenEnd();
      out += text.slice(last, start) + text.slice(start, end).replace(/[^\n]/g, ' ');
      last = end;
    }
  }
  return out + text.slice(last);
}

/**
 * @param {string} text
 * @param {number} index
 */
function lineOf(text, index) {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * Findings of SINKS in `code`; `name` labels them.
 * @param {string} code
 * @param {string} name
 */
export function findSinks(code, name) {
  /** @type {Finding[]} */
  const found = [];
  for (const [sink, pattern] of SINKS) {
    const global = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`);
    for (const m of code.matchAll(global)) {
      found.push({ file: name, line: lineOf(code, m.index), sink, index: m.index, text: m[0] });
    }
  }
  return found;
}

/**
 * Findings in a built file that no ALLOWED_IN_BUNDLE entry explains.
 * @param {string} code
 * @param {string} name
 */
export function unexplainedInBundle(code, name) {
  /** @type {Set<string>} */
  const explained = new Set();
  for (const allow of ALLOWED_IN_BUNDLE) {
    for (const m of code.matchAll(allow.pattern)) {
      for (const f of findSinks(m[0], name))
        if (f.sink === allow.sink) explained.add(`${allow.sink}@${m.index + f.index}`);
    }
  }
  return findSinks(code, name).filter((f) => !explained.has(`${f.sink}@${f.index}`));
}

/**
 * @param {string} dir
 * @param {(name: string) => boolean} keep
 * @returns {Promise<string[]>}
 */
async function filesUnder(dir, keep) {
  /** @type {string[]} */
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(path, keep)));
    else if (keep(entry.name)) out.push(path);
  }
  return out.sort();
}

/**
 * @param {string} code
 * @param {number} index
 */
function context(code, index) {
  return code.slice(Math.max(0, index - 60), index + 80).replace(/\s+/g, ' ');
}

async function main() {
  /** @type {(Finding & { context: string })[]} */
  const findings = [];
  const srcFiles = await filesUnder(
    join(pkg, 'src'),
    (n) => n.endsWith('.ts') && !n.endsWith('.test.ts'),
  );
  for (const file of srcFiles) {
    const code = withoutComments(await readFile(file, 'utf8'));
    for (const f of findSinks(code, relative(pkg, file)))
      findings.push({ ...f, context: context(code, f.index) });
  }
  /** @type {string[]} */
  let bundles = [];
  if (!process.argv.includes('--src-only')) {
    const dist = join(pkg, 'dist');
    if (!existsSync(join(dist, 'remit-widgets.js'))) {
      console.error(
        'check-sinks: dist/remit-widgets.js is missing; build first (node scripts/build.mjs)',
      );
      return 2;
    }
    bundles = await filesUnder(dist, (n) => n.endsWith('.js'));
    for (const file of bundles) {
      const code = await readFile(file, 'utf8');
      for (const f of unexplainedInBundle(code, relative(pkg, file)))
        findings.push({ ...f, context: context(code, f.index) });
    }
  }
  for (const f of findings) console.error(`${f.file}:${f.line}: ${f.sink}\n    … ${f.context} …`);
  console.log(
    `check-sinks: ${srcFiles.length} source files, ${bundles.length} built files: ${findings.length === 0 ? 'no forbidden sinks' : `${findings.length} finding(s)`}`,
  );
  return findings.length === 0 ? 0 : 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
