// Extracts a PDF's text layer in a process of its own, for `readPdfTextSync`:
// the PDF's bytes on standard input, the text layer (or the problem) as JSON on
// standard output. pdf.js reads asynchronously; the command reads files at once.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { OfficeProblem } from '../office/office-problem.js';
import { readPdfText } from '../office/pdf/pdf-text.js';

const pdfjs = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const chunks: Buffer[] = [];
for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
const bytes = new Uint8Array(Buffer.concat(chunks));
let answer: unknown;
try {
  answer = {
    read: await readPdfText(bytes, {
      cMapUrl: join(pdfjs, 'cmaps') + '/',
      standardFontDataUrl: join(pdfjs, 'standard_fonts') + '/',
    }),
  };
} catch (error) {
  answer =
    error instanceof OfficeProblem
      ? { problem: { code: error.code, message: error.message, args: error.args } }
      : { failure: error instanceof Error ? error.message : String(error) };
}
process.stdout.write(JSON.stringify(answer));
