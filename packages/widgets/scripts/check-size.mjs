#!/usr/bin/env node
/**
 * The size budget of the single-file bundle: dist/remit-widgets.js gzipped
 * (level 9) must be at most 92 KiB (94,208 bytes; decision 19); dist/remit-widgets.reader.js
 * (the plan reader it imports when an element fetches a `src`) at most 62 KiB;
 * dist/remit-widgets.full.js (the same with the add-on elements) at most 102 KiB; the classic
 * scripts, which carry the reader inside, at most their ES file's budget and the reader's
 * (remit-widgets.iife.js 154 KiB, remit-widgets.full.iife.js 164 KiB);
 * dist/remit-widgets.legacy.iife.js (every element and the reader, for Chromium 86 to 93) at
 * most 152 KiB. Prints the figures of the single-file bundles and, when the build left one,
 * the estimated weight of each package in the bundle and in the reader
 * (dist/remit-widgets.stats.json, dist/remit-widgets.reader.stats.json).
 *
 * Then the weight an application with a bundler pays for each import (scripts/app-weight.mjs),
 * with its own budget: importing every element (`@remit/widgets/define`) may load at most 120
 * KiB gzipped with the page.
 *
 * Usage: node scripts/check-size.mjs [--limit KiB]   (build first: scripts/build.mjs)
 * Exit code: 0 within budget, 1 over it, 2 when the bundle is missing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { APP_BUDGET_KIB, appEntries, appWeight, missingForAppWeight } from './app-weight.mjs';
import { kib, sizeOf } from './size-report.mjs';

export const BUDGET_KIB = 92;
/** The plan reader's file, which the ES single files import when an element fetches a `src`. */
// 60 KiB until the reader learnt pages from mirrors that write pinyin after characters,
// units as the subjects of sentences and tables of keys and values (60.2 KiB); 62 since
export const READER_BUDGET_KIB = 62;
/** The full bundle (with the add-on elements, see scripts/element-entries.mjs): its own budget. */
export const FULL_BUDGET_KIB = 102;
/** A classic script carries the reader inside: its ES file's budget and the reader's. */
export const CLASSIC_BUDGET_KIB = BUDGET_KIB + READER_BUDGET_KIB;
export const FULL_CLASSIC_BUDGET_KIB = FULL_BUDGET_KIB + READER_BUDGET_KIB;
/** The legacy bundle (every element, older syntax and helpers): its own budget. */
// 150 KiB until the reader learnt the layouts of the tenth and eleventh sets of published plans
// (the reader 60.8 → 61.8 KiB, the legacy bundle, which carries it, 149.2 → 150.3 KiB); 152 since
export const LEGACY_BUDGET_KIB = 152;

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const bundle = join(dist, 'remit-widgets.js');
const iife = join(dist, 'remit-widgets.iife.js');
const stats = join(dist, 'remit-widgets.stats.json');
const reader = join(dist, 'remit-widgets.reader.js');
const readerStats = join(dist, 'remit-widgets.reader.stats.json');
const full = join(dist, 'remit-widgets.full.js');
const fullIife = join(dist, 'remit-widgets.full.iife.js');
const legacy = join(dist, 'remit-widgets.legacy.iife.js');

function limitKib() {
  const at = process.argv.indexOf('--limit');
  if (at < 0) return BUDGET_KIB;
  const n = Number(process.argv[at + 1]);
  if (!Number.isFinite(n) || n <= 0)
    throw new Error('check-size: --limit takes a positive number of KiB');
  return n;
}

async function main() {
  if (!existsSync(bundle)) {
    console.error(
      'check-size: dist/remit-widgets.js is missing; build it first: node scripts/build.mjs --bundles',
    );
    return 2;
  }
  const limit = limitKib();
  const es = await sizeOf(bundle);
  console.log(
    `remit-widgets.js       ${kib(es.raw).padStart(10)} raw ${kib(es.gzip).padStart(10)} gzip (${es.gzip} bytes)`,
  );
  if (existsSync(iife)) {
    const classic = await sizeOf(iife);
    console.log(
      `remit-widgets.iife.js  ${kib(classic.raw).padStart(10)} raw ${kib(classic.gzip).padStart(10)} gzip`,
    );
  }
  printWeights(stats, es.gzip, 'weight by package');
  const readerSize = existsSync(reader) ? await sizeOf(reader) : undefined;
  if (readerSize) {
    console.log(
      `\nremit-widgets.reader.js ${kib(readerSize.raw).padStart(9)} raw ${kib(readerSize.gzip).padStart(10)} gzip (${readerSize.gzip} bytes); with remit-widgets.js ${kib(es.gzip + readerSize.gzip)}, what a page that fetches a src loads`,
    );
    printWeights(readerStats, readerSize.gzip, 'the reader by package');
  }
  const over = es.gzip > limit * 1024;
  console.log(
    `\nbudget: ${kib(es.gzip)} of ${limit} KiB gzipped: ${over ? `OVER by ${kib(es.gzip - limit * 1024)}` : 'within budget'}`,
  );
  const readerOver = await checkBudget(
    reader,
    'remit-widgets.reader.js (the plan reader)',
    READER_BUDGET_KIB,
  );
  const fullOver = await checkBudget(
    full,
    'remit-widgets.full.js (with <remit-compare>)',
    FULL_BUDGET_KIB,
  );
  const classicOver = await checkBudget(
    iife,
    'remit-widgets.iife.js (the reader inside)',
    CLASSIC_BUDGET_KIB,
  );
  const fullClassicOver = await checkBudget(
    fullIife,
    'remit-widgets.full.iife.js (the reader inside)',
    FULL_CLASSIC_BUDGET_KIB,
  );
  const legacyOver = await checkBudget(
    legacy,
    'remit-widgets.legacy.iife.js (Chromium 86 on)',
    LEGACY_BUDGET_KIB,
  );
  const appOver = await printAppWeights();
  return over || readerOver || fullOver || classicOver || fullClassicOver || legacyOver || appOver
    ? 1
    : 0;
}

/**
 * Prints the estimated weight of each package in a file, from the stats the build left beside it.
 * @param {string} file the stats file (`*.stats.json`)
 * @param {number} total the file's gzipped size
 * @param {string} title
 */
function printWeights(file, total, title) {
  if (!existsSync(file)) return;
  /** @type {{ packages: { owner: string; modules: number; minified: number; gzip: number }[] }} */
  const { packages } = JSON.parse(readFileSync(file, 'utf8'));
  // Each part gzipped alone compresses worse than the whole file: scale the
  // estimates so that they add up to the real figure.
  const scale = total / packages.reduce((sum, p) => sum + p.gzip, 0);
  console.log(`\n${title} (estimated: minified alone, gzipped, scaled to the total):`);
  for (const p of packages) {
    console.log(
      `  ${p.owner.padEnd(34)} ${kib(p.gzip * scale).padStart(10)} gzip ${kib(p.minified).padStart(10)} min  ${p.modules} module(s)`,
    );
  }
}

/**
 * Prints a bundle's gzipped size against its budget; true when over (a missing file is not).
 * @param {string} file
 * @param {string} label
 * @param {number} budgetKib
 */
async function checkBudget(file, label, budgetKib) {
  if (!existsSync(file)) return false;
  const { gzip } = await sizeOf(file);
  const over = gzip > budgetKib * 1024;
  console.log(
    `${label}: ${kib(gzip)} of ${budgetKib} KiB gzipped: ${over ? `OVER by ${kib(gzip - budgetKib * 1024)}` : 'within budget'}`,
  );
  return over;
}

/**
 * What an app with a bundler pays per import (scripts/app-weight.mjs); true when importing
 * every element (`@remit/widgets/define`) loads more than APP_BUDGET_KIB with the page.
 */
async function printAppWeights() {
  const missing = missingForAppWeight();
  if (missing) {
    console.log(`\nweight in an app with a bundler: not measured, ${missing}`);
    return false;
  }
  console.log(
    '\nweight in an app with a bundler (Vite defaults, gzipped): what loads with the page, what loads\nonly when an element fetches a src (the plan reader), the network layout worker:',
  );
  let define = 0;
  for (const entry of appEntries()) {
    const w = await appWeight(entry);
    const name = entry === 'define' ? '@remit/widgets/define' : `@remit/widgets/${entry}`;
    console.log(
      `  ${name.padEnd(26)} ${kib(w.initial).padStart(10)} initial ${kib(w.onDemand).padStart(10)} on demand ${kib(w.worker).padStart(10)} worker`,
    );
    if (entry === 'define') define = w.initial;
  }
  const over = define > APP_BUDGET_KIB * 1024;
  console.log(
    `budget: @remit/widgets/define loads ${kib(define)} of ${APP_BUDGET_KIB} KiB gzipped: ${over ? `OVER by ${kib(define - APP_BUDGET_KIB * 1024)}` : 'within budget'}`,
  );
  return over;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    console.error(e);
    process.exitCode = 1;
  },
);
