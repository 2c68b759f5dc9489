import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Read } from '../model/diagnostic.js';
import { OfficeProblem } from '../office/office-problem.js';
import type { PdfText } from '../office/pdf/pdf-text.js';
import { isInstalled, missingPackage } from './format-packages.js';

// pdf.js needs a few seconds for a long PDF; a minute and a second per 100 KB is ample
const BASE_TIMEOUT = 60_000;
const TIMEOUT_PER_BYTE = 0.01;
// the text layer of a 2,000-page PDF as JSON stays well under this
const MAX_OUTPUT = 1024 * 1024 * 1024;
// pdf.js's heap: a 300-page text PDF lives in a tenth of it (bench/office.bench.ts);
// without a limit V8 lets garbage pile up to several times that before collecting
const HEAP_MB = 512;

/**
 * A PDF's text layer (see `readPdfText`), extracted at once: pdf.js runs in a
 * child process that the call waits for (`pdf-text-process.ts`), with a heap
 * of at most `HEAP_MB`, so that the command reads a PDF as it reads any file
 * and in bounded memory. A child that fails, runs out of
 * memory or time gives an `OfficeProblem` naming what happened; the command
 * itself never holds the PDF's parsed objects.
 */
export function readPdfTextSync(bytes: Uint8Array): Read<PdfText> {
  if (!isInstalled('pdfjs-dist')) throw missingPackage('pdfjs-dist');
  const here = import.meta.url;
  const fromSource = here.endsWith('.ts');
  const script = fileURLToPath(new URL(`./pdf-text-process.${fromSource ? 'ts' : 'js'}`, here));
  // a checkout runs the TypeScript through tsx, as bin/remit.js does
  const loader = fromSource
    ? ['--import', pathToFileURL(createRequire(here).resolve('tsx')).href]
    : [];
  const run = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MB}`, ...loader, script], {
    input: bytes,
    maxBuffer: MAX_OUTPUT,
    timeout: Math.round(BASE_TIMEOUT + bytes.length * TIMEOUT_PER_BYTE),
    encoding: 'utf8',
  });
  if (run.error || run.status !== 0) {
    const why =
      (run.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT'
        ? 'reading it took too long'
        : /heap out of memory/u.test(run.stderr ?? '')
          ? `it needs more than the ${HEAP_MB} MB the reader is given`
          : run.signal
            ? `the reader stopped (${run.signal})`
            : (run.stderr.trim().split('\n').pop() ?? `exit status ${run.status}`);
    throw new OfficeProblem(
      'office/unreadable',
      `the PDF could not be read (${why}). It may be damaged or too large; open it in a PDF reader and print it to a new PDF.`,
      { format: 'pdf', detail: why },
    );
  }
  const answer = JSON.parse(run.stdout) as {
    read?: Read<PdfText>;
    problem?: { code: OfficeProblem['code']; message: string; args: OfficeProblem['args'] };
    failure?: string;
  };
  if (answer.problem) {
    throw new OfficeProblem(answer.problem.code, answer.problem.message, answer.problem.args);
  }
  if (!answer.read) {
    const why = answer.failure ?? 'no answer';
    throw new OfficeProblem(
      'office/unreadable',
      `the PDF could not be read (${why}). It may be damaged; open it in a PDF reader and print it to a new PDF.`,
      { format: 'pdf', detail: why },
    );
  }
  return answer.read;
}
