#!/usr/bin/env node
/**
 * Builds @remit/widgets into dist/:
 *
 * - remit-widgets.js (one ES module registering every element but the add-ons,
 *   which imports remit-widgets.reader.js, the plan reader, when an element fetches
 *   a `src`) and remit-widgets.iife.js (the same as a classic script, the reader
 *   inside); remit-widgets.full.js and .full.iife.js, the same with the add-ons
 *   (`<remit-compare>`); remit-widgets.legacy.iife.js, every element as a classic script
 *   for Chromium 86 to 93 (docs/embedding.md#browsers);
 * - per-element ES modules for bundlers (index.js, define.js, <element>.js,
 *   shared code in chunks/, the network layout worker in assets/);
 * - type declarations (tsc, mirroring src/, plus <element>.d.ts and
 *   remit-widgets.d.ts that bring the HTMLElementTagNameMap entries, and the
 *   React and Vue typings in frameworks/);
 * - custom-elements.json at the package root (scripts/manifest.mjs).
 *
 * Usage: node scripts/build.mjs [--bundles]
 *   --bundles  only the single-file bundles (what the browser tests need)
 *
 * Prints each file's size; `node scripts/check-size.mjs` enforces the budget.
 */
import { spawn } from 'node:child_process';
import { copyFile, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { elementEntries } from './element-entries.mjs';
import { writeManifest } from './manifest.mjs';
import { sizeReport } from './size-report.mjs';

const pkg = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(pkg, 'dist');
const bundlesOnly = process.argv.includes('--bundles');

/**
 * Runs a command in the package folder; resolves with its exit code.
 * @param {string} command
 * @param {string[]} args
 * @returns {Promise<number>}
 */
function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: pkg, stdio: 'inherit' });
    child.on('close', (code) => resolve(code ?? 1));
  });
}

/** @param {string} mode a `--mode` of vite.config.ts */
async function viteBuild(mode) {
  await build({ configFile: join(pkg, 'vite.config.ts'), mode, logLevel: 'warn' });
}

/** Declarations of the entries that do not mirror a source file. */
async function writeEntryDeclarations() {
  const elements = await elementEntries();
  for (const { name, exportsFrom } of elements) {
    const lines = [`import './${name}/define.js';`];
    for (const file of exportsFrom) lines.push(`export * from './${name}/${file}.js';`);
    await writeFile(join(dist, `${name}.d.ts`), `${lines.join('\n')}\n`);
  }
  /** @type {[file: string, withAddOns: boolean][]} */
  const bundles = [
    ['remit-widgets.d.ts', false],
    ['remit-widgets.full.d.ts', true],
  ];
  for (const [file, withAddOns] of bundles) {
    const all = ["import './define.js';"];
    for (const { name, addOn } of elements)
      if (withAddOns || !addOn) all.push(`import './${name}/define.js';`);
    all.push('export {};');
    await writeFile(join(dist, file), `${all.join('\n')}\n`);
  }
}

/**
 * The React and Vue typings are declaration files in src/frameworks/ (tsc emits no copy of a
 * .d.ts): copied beside the declarations tsc wrote there (element-props.d.ts).
 */
async function copyFrameworkTypings() {
  const from = join(pkg, 'src', 'frameworks');
  const to = join(dist, 'frameworks');
  await mkdir(to, { recursive: true });
  for (const file of await readdir(from)) {
    if (file.endsWith('.d.ts')) await copyFile(join(from, file), join(to, file));
  }
}

async function main() {
  const started = performance.now();
  // A production build whatever the caller's environment (test runners set
  // NODE_ENV=test, which would select Lit's development build).
  process.env.NODE_ENV = 'production';
  // A full build starts from an empty dist/; --bundles replaces only the single files.
  if (!bundlesOnly) await rm(dist, { recursive: true, force: true });
  await mkdir(dist, { recursive: true });

  // tsc runs beside the Vite builds (it waits on I/O a good part of the time).
  const types = bundlesOnly
    ? Promise.resolve(0)
    : run(process.execPath, [tscPath(), '-p', 'scripts/tsconfig.types.json']);

  await viteBuild('bundle');
  await viteBuild('reader');
  await viteBuild('iife');
  await viteBuild('bundle-full');
  await viteBuild('iife-full');
  await viteBuild('iife-legacy');
  if (!bundlesOnly) await viteBuild('modules');

  // Type errors are the typecheck's to report (pnpm typecheck); the
  // declarations are written all the same.
  if ((await types) !== 0)
    console.warn('build: tsc reported type errors (declarations written anyway)');
  if (!bundlesOnly) {
    await writeEntryDeclarations();
    await copyFrameworkTypings();
    await writeManifest({ check: false });
  }

  const files = (await readdir(dist)).filter((f) => f.endsWith('.js')).sort();
  console.log(await sizeReport(files.map((f) => join(dist, f))));
  console.log(`build: done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

function tscPath() {
  const local = join(pkg, 'node_modules', 'typescript', 'bin', 'tsc');
  if (!existsSync(local)) throw new Error('build: typescript is not installed (run pnpm install)');
  return local;
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
