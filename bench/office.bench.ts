/**
 * Reading office files: `npx tsx bench/office.bench.ts [--runs 5]`.
 *
 * 1. Speed per format, in the process: the 19 corpus documents in each of
 *    the six formats (fixtures/office/corpus) read to plans, beside the same
 *    19 documents' text read by `parse` (equal work for the plan reader: the
 *    office readers add unpacking, their structure and its layout). Printed:
 *    the median of the runs (after one warm-up), megabytes of file and
 *    documents (PDF: pages) a second.
 * 2. Peak memory of the `remit parse` command (a child process through tsx,
 *    as from a checkout; `/usr/bin/time -f %M`) on a 300-page PDF and a
 *    50,000-row workbook, both made here, beside the same command on the
 *    text the office reader lays them out as (the reader's input for both,
 *    so the difference is what reading the file costs). A PDF's text layer is
 *    extracted in a child of the command; `%M` is the larger of the two.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NODE_OFFICE_LIBRARIES } from '../packages/core/src/cli/office-libraries.js';
import { documentText } from '../packages/core/src/office/layout/document-text.js';
import type { OfficeFormat } from '../packages/core/src/office/office-document.js';
import { readPdfText } from '../packages/core/src/office/pdf/pdf-text.js';
import {
  readOfficeDocumentSync,
  readOfficePlanSync,
} from '../packages/core/src/office/read-office-sync.js';
import { parse } from '../packages/core/src/parse/index.js';
import { pdfOf, xlsxOf } from '../packages/core/test/office/helpers/make-office.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Math.max(1, Number(process.argv[runsArg + 1]) || 5) : 5;
const MB = 1024 * 1024;
const corpus = join(root, 'fixtures/corpus');
const officeDir = join(root, 'fixtures/office/corpus');
const names = readdirSync(corpus)
  .filter((f) => f.endsWith('.gold.json'))
  .map((f) => f.replace(/\.gold\.json$/u, ''))
  .sort();
const pdfjs = dirname(
  createRequire(join(root, 'packages/core/package.json')).resolve('pdfjs-dist/package.json'),
);
const cMapUrl = join(pdfjs, 'cmaps') + '/';

async function median(run: () => Promise<unknown> | unknown): Promise<number> {
  await run();
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await run();
    ms.push(performance.now() - started);
  }
  return ms.sort((a, b) => a - b)[Math.floor(ms.length / 2)]!;
}

const pad = (s: string | number, n: number) => String(s).padStart(n);

console.log(`load average ${loadavg()[0]!.toFixed(1)}; ${RUNS} runs each, median\n`);
console.log('1. reading the 19 corpus documents, in the process');
console.log(
  `  ${'format'.padEnd(8)} ${pad('files MB', 9)} ${pad('ms', 8)} ${pad('MB/s', 7)} ${pad('docs/s', 7)}  pages/s`,
);
const texts = names.map((n) => readFileSync(join(corpus, `${n}.txt`)));
const textBytes = texts.reduce((s, t) => s + t.length, 0);
const textMs = await median(() => texts.forEach((t) => parse(t)));
console.log(
  `  ${'txt'.padEnd(8)} ${pad((textBytes / MB).toFixed(2), 9)} ${pad(textMs.toFixed(0), 8)} ${pad((textBytes / MB / (textMs / 1000)).toFixed(2), 7)} ${pad((names.length / (textMs / 1000)).toFixed(0), 7)}   (reference: parse on the text)`,
);
for (const format of ['docx', 'doc', 'xlsx', 'xls', 'html', 'pdf'] as OfficeFormat[]) {
  const files = names.map((n) => new Uint8Array(readFileSync(join(officeDir, `${n}.${format}`))));
  const bytes = files.reduce((s, f) => s + f.length, 0);
  let pages = 0;
  const ms = await median(async () => {
    pages = 0;
    for (const file of files) {
      const text = format === 'pdf' ? await readPdfText(file, { cMapUrl }) : undefined;
      pages += text?.value.pages.length ?? 0;
      readOfficePlanSync(file, {
        format,
        libraries: NODE_OFFICE_LIBRARIES,
        ...(text ? { pdfText: () => text } : {}),
      });
    }
  });
  const s = ms / 1000;
  console.log(
    `  ${format.padEnd(8)} ${pad((bytes / MB).toFixed(2), 9)} ${pad(ms.toFixed(0), 8)} ${pad((bytes / MB / s).toFixed(2), 7)} ${pad((names.length / s).toFixed(0), 7)}  ${format === 'pdf' ? pad((pages / s).toFixed(0), 7) : ''}`,
  );
}

const dir = mkdtempSync(join(tmpdir(), 'remit-office-bench-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
const bin = join(root, 'packages/core/bin/remit.js');
const hasTime = existsSync('/usr/bin/time');

/** Peak resident memory (MB) and wall time (s) of `remit parse FILE`. */
function peak(file: string): { mb: number; s: number; status: number | null } {
  const args = [bin, 'parse', file, '--quiet', '--max-size', '500MB'];
  const started = performance.now();
  const run = hasTime
    ? spawnSync('/usr/bin/time', ['-f', 'peak %M', process.execPath, ...args], {
        encoding: 'utf8',
        maxBuffer: 1 << 30,
      })
    : spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 30 });
  const s = (performance.now() - started) / 1000;
  const kb = Number(/peak (\d+)/u.exec(run.stderr)?.[1] ?? NaN);
  return { mb: kb / 1024, s, status: run.status };
}

console.log(`\n2. peak memory of remit parse${hasTime ? '' : ' (no /usr/bin/time: not measured)'}`);
console.log(`  ${'input'.padEnd(44)} ${pad('size MB', 8)} ${pad('peak MB', 8)} ${pad('s', 6)}`);

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
const UNITS = Array.from({ length: 60 }, (_, u) => `区第${u + 1}委员会`);

// a 300-page PDF: fifty lines a page, an item and its units every other line
const pdfPages = Array.from({ length: 300 }, (_, p) =>
  Array.from({ length: 50 }, (_, l) => {
    const i = p * 25 + Math.floor(l / 2) + 1;
    return l % 2 === 0
      ? `${i}.${WORDS[i % WORDS.length]}${WORDS[(i * 7) % WORDS.length]}工作任务第${i}项。`
      : `责任单位：${UNITS[i % UNITS.length]}、${UNITS[(i * 13) % UNITS.length]}`;
  }),
);
// a 50,000-row workbook: a task table
const rows = [
  ['序号', '工作任务', '牵头单位', '配合单位', '完成时限'],
  ...Array.from({ length: 50_000 }, (_, i) => [
    i + 1,
    `${WORDS[i % WORDS.length]}${WORDS[(i * 7) % WORDS.length]}工作第${i + 1}项`,
    UNITS[i % UNITS.length]!,
    UNITS[(i * 13) % UNITS.length]!,
    '12月底前',
  ]),
];
const cases: [string, string, Uint8Array][] = [
  ['a 300-page PDF (15,000 lines, STSong-Light)', 'plan-300-pages.pdf', pdfOf(pdfPages)],
  ['a 50,000-row workbook', 'plan-50000-rows.xlsx', xlsxOf([{ name: '任务分解表', rows }])],
];
for (const [label, name, bytes] of cases) {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  const format = name.slice(name.lastIndexOf('.') + 1) as OfficeFormat;
  const text = format === 'pdf' ? await readPdfText(bytes, { cMapUrl }) : undefined;
  const doc = readOfficeDocumentSync(bytes, {
    format,
    libraries: NODE_OFFICE_LIBRARIES,
    ...(text ? { pdfText: () => text } : {}),
  }).value!;
  const laidOut = join(dir, `${name}.txt`);
  writeFileSync(laidOut, documentText(doc).text);
  for (const [what, path] of [
    [label, file],
    ['  the same laid out as text (reference)', laidOut],
  ] as const) {
    const r = peak(path);
    const failed = r.status === 0 ? '' : `  (exit status ${r.status})`;
    const size = readFileSync(path).length / MB;
    console.log(
      `  ${what.padEnd(44)} ${pad(size.toFixed(1), 8)} ${pad(r.mb.toFixed(0), 8)} ${pad(r.s.toFixed(1), 6)}${failed}`,
    );
  }
}
