// Peak memory of the `remit` command per megabyte of input: `remit parse` on a
// published text, `remit convert --to json` on a long CSV and `remit convert
// --to csv` on a Plan JSON, at 1, 10 and 50 MB each. Every run is the real
// command as a child process (as a user runs it from a checkout, through tsx),
// its output written to a file; peak resident memory is read from
// `/usr/bin/time -f %M` where it exists, else from `process.resourceUsage()`
// reported by the child when it exits. The same command's peak on a 16 KB file
// of the same kind (Node, tsx, the modules and their compiled code) is printed
// as start-up, and each input's peak above it, so the ratio beside the target is
// memory the input costs, not the start-up's; the marginal column is what one more
// megabyte costs between two sizes, which no start-up figure enters. (The command
// holds the engine's young generation at its start-up size, 2 × 8 MB, while it
// reads, see `cli/hold-young-generation.ts`; before, it grew to 2 × 16 MB on any
// input that built a few megabytes of plan.) Each size is read and written
// the same way; the CSV and JSON inputs are made from the same seeded items.
// Every figure is the median of three runs of the command (`--runs N`), the
// lowest and highest printed beside it: one run's peak moves by several
// megabytes from run to run (the start-up alone measured 111–128 MB within a
// minute on one machine), which at 1 MB is several times the input, so a single
// run could pass or miss the target by chance.
// `--installed` runs the command as a published package runs it instead: the
// compiled `dist/` on plain Node (built by tsc first), whose start-up is smaller
// (no tsx), so that more of what the input costs shows above it.
//   node bench/memory.bench.mjs [--sizes 1,10] [--runs 3] [--installed]
/* global Buffer */
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const installed = process.argv.includes('--installed');
if (installed) {
  spawnSync(
    process.execPath,
    [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'packages/core/tsconfig.build.json'],
    { cwd: root, stdio: 'inherit' },
  );
}
const bin = join(root, installed ? 'packages/core/dist/cli/main.js' : 'packages/core/bin/remit.js');
const MB = 1 << 20;
const sizesArg = process.argv.indexOf('--sizes');
const SIZES =
  sizesArg > 0
    ? /** @type {string} */ (process.argv[sizesArg + 1]).split(',').map(Number).filter(Boolean)
    : [1, 10, 50];
const runsArg = process.argv.indexOf('--runs');
/** Runs of each command; the median peak is the figure. */
const RUNS = runsArg > 0 ? Math.max(1, Number(process.argv[runsArg + 1]) || 1) : 3;
/** The most a run may take: peak memory at most this many times the input's size. */
const TARGET = 10;
const dir = mkdtempSync(join(tmpdir(), 'remit-memory-bench-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

/**
 * The corpus documents one after another, repeated until the size is reached.
 * @param {number} bytes
 * @returns {string}
 */
function textOf(bytes) {
  const corpus = join(root, 'fixtures/corpus');
  const layouts = readdirSync(corpus)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(corpus, f), 'utf8') + '\n\n');
  return repeatTo(bytes, (i) => /** @type {string} */ (layouts[i % layouts.length]));
}

/** @typedef {(n: number) => number} Random */

/**
 * A seeded source of integers below `n` (a linear congruential generator): equal inputs on every run.
 * @param {number} seed
 * @returns {Random}
 */
function seeded(seed) {
  let s = seed >>> 0;
  return (n) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s % n;
  };
}
const UNITS = Array.from({ length: 400 }, (_, u) =>
  u % 50 === 49 ? `各街镇${u + 1}` : `区第${u + 1}委员会办公室`,
);
const WORDS = [
  '推进',
  '完善',
  '加强',
  '深化',
  '健全',
  '法治政府',
  '营商环境',
  '行政执法',
  '机制',
  '建设',
];

/** @typedef {{ id: string; label: string; title: string; text: string; units: string[] }} Item */

/**
 * Item `i` of a plan shaped like the published ones: a title, a text, one to seven units, the first leading.
 * @param {number} i
 * @param {Random} random
 * @returns {Item}
 */
function itemOf(i, random) {
  const title = Array.from({ length: 4 + random(5) }, () => WORDS[random(WORDS.length)]).join('');
  const units = Array.from(
    { length: 1 + random(7) },
    () => /** @type {string} */ (UNITS[random(UNITS.length)]),
  );
  return { id: `i${i + 1}`, label: `${i + 1}.`, title, text: `${title}，按期完成。`, units };
}

/**
 * A long CSV: `item,title,label,unit,role`, one row per assignment.
 * @param {number} bytes
 * @returns {string}
 */
function csvOf(bytes) {
  const random = seeded(1);
  const head = 'item,title,label,unit,role\n';
  return (
    head +
    repeatTo(bytes - head.length, (i) => {
      const item = itemOf(i, random);
      return [...new Set(item.units)]
        .map(
          (u, k) => `${item.id},${item.title},${item.label},${u},${k === 0 ? 'lead' : 'member'}\n`,
        )
        .join('');
    })
  );
}

/**
 * A Plan JSON, written as `remit convert --to json` writes one, of about `bytes`.
 * @param {number} bytes
 * @returns {string}
 */
function jsonOf(bytes) {
  /** @param {number} count */
  const plan = (count) => {
    const random = seeded(1);
    const items = [];
    const assignments = [];
    for (let i = 0; i < count; i++) {
      const { units, ...item } = itemOf(i, random);
      items.push(item);
      for (const [k, u] of [...new Set(units)].entries()) {
        assignments.push({
          item: item.id,
          unit: `u${UNITS.indexOf(u) + 1}`,
          role: k ? 'member' : 'lead',
        });
      }
    }
    const units = UNITS.map((name, u) => ({ id: `u${u + 1}`, name }));
    return JSON.stringify({ remit: 1, items, units, assignments }, null, 2) + '\n';
  };
  // items are alike, so a thousand of them tell how many make the size
  const count = Math.ceil((bytes / Buffer.byteLength(plan(1000))) * 1000);
  return plan(count);
}

/**
 * The parts `part(0)`, `part(1)` … one after another, until their UTF-8 size reaches `bytes`.
 * @param {number} bytes
 * @param {(i: number) => string} part
 * @returns {string}
 */
function repeatTo(bytes, part) {
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = part(i);
    parts.push(p);
    size += Buffer.byteLength(p);
  }
  return parts.join('');
}

const hasTime = existsSync('/usr/bin/time');
// Without /usr/bin/time the child reports its own peak (kilobytes) on stderr as it exits.
const reporter = `data:text/javascript,process.on('exit',()=>process.stderr.write('\\nmaxRSS '+process.resourceUsage().maxRSS+'\\n'))`;

/**
 * Peak resident memory (bytes) of one run of `remit …args`, its output written to a file.
 * @param {string[]} args
 * @returns {number}
 */
function peakOf(args) {
  const out = openSync(join(dir, 'out'), 'w');
  const command = hasTime ? '/usr/bin/time' : process.execPath;
  const argv = hasTime
    ? ['-f', 'maxRSS %M', process.execPath, bin, ...args]
    : ['--import', reporter, bin, ...args];
  const result = spawnSync(command, argv, {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', out, 'pipe'],
  });
  closeSync(out);
  const kb = Number(/maxRSS (\d+)\s*$/u.exec(result.stderr)?.[1]);
  if (result.status !== 0 || !Number.isFinite(kb)) {
    throw new Error(`remit ${args.join(' ')} exited ${result.status}: ${result.stderr.trim()}`);
  }
  return kb * 1024;
}

/**
 * An input kind: its file extension, how a file of a size is made, the command that reads it.
 * @typedef {{ name: string; make: (bytes: number) => string; args: (file: string) => string[] }} Case
 */
/** @type {Case[]} */
const cases = [
  { name: 'txt', make: textOf, args: (f) => ['parse', f, '--quiet'] },
  { name: 'csv', make: csvOf, args: (f) => ['convert', f, '--to', 'json', '--quiet'] },
  { name: 'json', make: jsonOf, args: (f) => ['convert', f, '--to', 'csv', '--quiet'] },
];
/**
 * Peak RSS of `c`'s command on a file of `bytes` made by `c.make` (the median of
 * `RUNS` runs, and the lowest and highest), and the file's size.
 * @param {Case} c
 * @param {number} bytes
 * @returns {{ size: number; peak: number; low: number; high: number }}
 */
function measure(c, bytes) {
  const file = join(dir, `plan.${c.name}`);
  const content = c.make(bytes);
  writeFileSync(file, content);
  const size = Buffer.byteLength(content);
  const args = [...c.args(file), '--max-size', `${Math.ceil(size / MB) + 1}MB`];
  const peaks = Array.from({ length: RUNS }, () => peakOf(args)).sort((a, b) => a - b);
  rmSync(file);
  return {
    size,
    peak: /** @type {number} */ (peaks[(RUNS - 1) >> 1]),
    low: /** @type {number} */ (peaks[0]),
    high: /** @type {number} */ (peaks[RUNS - 1]),
  };
}

/**
 * A range of peaks in megabytes, `111–128`.
 * @param {{ low: number; high: number }} r
 */
function rangeOf(r) {
  return `${(r.low / MB).toFixed(0)}–${(r.high / MB).toFixed(0)}`;
}

console.log(
  `peak RSS by ${hasTime ? '/usr/bin/time -f %M' : 'process.resourceUsage().maxRSS'}; the median of ${RUNS} run${RUNS === 1 ? '' : 's'} each (lowest–highest beside it); target: at most ${TARGET}× the input above start-up`,
);
console.log(
  installed
    ? 'the command as installed: packages/core/dist on plain Node\nstart-up: the same command on a 16 KB file of the same kind (Node, the modules, their compiled code)\n'
    : 'the command from a checkout, through tsx\nstart-up: the same command on a 16 KB file of the same kind (Node, tsx, the modules, their compiled code)\n',
);
console.log(
  'marginal: what one more megabyte of input costs, the growth of the peak from the size above\n',
);
console.log(
  'input      size   peak RSS     runs  start-up     runs  peak ÷ size  (peak − start-up) ÷ size  marginal  target (net)',
);
for (const c of cases) {
  const start = measure(c, 16 * 1024);
  const startUp = start.peak;
  let previous;
  for (const mb of SIZES) {
    const run = measure(c, mb * MB);
    const { size, peak } = run;
    const net = (peak - startUp) / size;
    const marginal = previous ? (peak - previous.peak) / (size - previous.size) : undefined;
    previous = { size, peak };
    console.log(
      [
        c.name.padEnd(5),
        `${(size / MB).toFixed(1)} MB`.padStart(10),
        `${(peak / MB).toFixed(0)} MB`.padStart(10),
        rangeOf(run).padStart(8),
        `${(startUp / MB).toFixed(0)} MB`.padStart(9),
        rangeOf(start).padStart(8),
        `${(peak / size).toFixed(1)}×`.padStart(12),
        `${net.toFixed(1)}×`.padStart(25),
        (marginal === undefined ? '' : `${marginal.toFixed(1)}×`).padStart(9),
        (net <= TARGET ? 'met' : `MISSED (>${TARGET}×)`).padStart(16),
      ].join(' '),
    );
  }
}
