import { diagnostic, type Read } from '../../model/diagnostic.js';
import { OfficeProblem } from '../office-problem.js';
import { ideographsOfRadicals } from './ideographs-of-radicals.js';
import { pageRules, type PdfRule } from './page-rules.js';

/** A run of text on a PDF page, in page units (points, origin at the bottom left). */
export interface PdfTextItem {
  str: string;
  /** the left end of its baseline */
  x: number;
  y: number;
  /** its advance */
  w: number;
  /** its font size */
  size: number;
}

/** One page's text runs and the lines drawn on it (a table's rules). */
export interface PdfPageText {
  width: number;
  height: number;
  items: PdfTextItem[];
  rules: PdfRule[];
}

/** A PDF's text layer: what `pdfDocument` lays out as paragraphs and tables. Plain data (it crosses threads). */
export interface PdfText {
  pages: PdfPageText[];
}

/** Where pdf.js finds the files it loads on demand (Adobe's CMaps for Chinese fonts that are not embedded). */
export interface PdfOptions {
  /** the folder of pdfjs-dist's `cmaps/` (a file path in Node, a URL in a browser), ending in `/` */
  cMapUrl?: string;
  /**
   * a CMap's bytes by its file name (`UniGB-UCS2-H.bcmap`), for a page that
   * bundles the CMaps it serves rather than a folder of them (see the dashboard)
   */
  loadCMap?: (file: string) => Promise<Uint8Array>;
  /** the folder of pdfjs-dist's `standard_fonts/`, ending in `/` */
  standardFontDataUrl?: string;
  /** the most pages read (default 2000) */
  maxPages?: number;
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

const MAX_PAGES = 2000;

/**
 * Extracts a PDF's text layer with pdf.js: each page's text runs with
 * their positions, and the lines and thin rectangles drawn on it (from the
 * page's operators), page by page, each page's memory freed before the next.
 * Chinese fonts that are not embedded (STSong-Light with UniGB-UCS2-H …)
 * read through Adobe's CMaps, found at `cMapUrl`. Nothing is rendered and no
 * script runs (`isEvalSupported: false`). Throws an `OfficeProblem` for a
 * password-protected or damaged PDF.
 */
export async function readPdfText(
  bytes: Uint8Array,
  options: PdfOptions = {},
): Promise<Read<PdfText>> {
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({
    // pdf.js takes the buffer over; the caller's bytes stay theirs
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
    ...(options.cMapUrl ? { cMapUrl: options.cMapUrl, cMapPacked: true } : {}),
    ...(options.loadCMap ? cMapsFrom(options.loadCMap) : {}),
    ...(options.standardFontDataUrl ? { standardFontDataUrl: options.standardFontDataUrl } : {}),
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy();
    throw pdfProblem(error);
  }
  try {
    const pages: PdfPageText[] = [];
    const count = Math.min(doc.numPages, options.maxPages ?? MAX_PAGES);
    for (let n = 1; n <= count; n++) {
      const page = await doc.getPage(n);
      const [x0, y0, x1, y1] = page.view as [number, number, number, number];
      const content = await page.getTextContent();
      const items: PdfTextItem[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str === '') continue;
        const [a, b, c, d, e, f] = item.transform as number[];
        // horizontal text only; rotated runs (a page's margin note) are kept as they come
        const size = Math.hypot(c!, d!) || Math.hypot(a!, b!) || item.height;
        items.push({
          str: ideographsOfRadicals(item.str),
          x: e! - x0,
          y: f! - y0,
          w: item.width,
          size,
        });
      }
      // a page without text (a scan) needs no rules; its operators would decode its pictures
      const rules =
        items.length === 0 ? [] : pageRules(await page.getOperatorList(), pdfjs.OPS, [x0, y0]);
      pages.push({ width: x1 - x0, height: y1 - y0, items, rules });
      page.cleanup();
    }
    const diagnostics =
      doc.numPages > count
        ? [
            diagnostic(
              'warning',
              'office/pdf-pages-cut',
              `the PDF has ${doc.numPages} pages; the first ${count} were read. Split the file to read the rest.`,
              {},
              { pages: doc.numPages, read: count },
            ),
          ]
        : [];
    return { value: { pages }, diagnostics };
  } finally {
    await doc.destroy();
  }
}

/** pdf.js's options for CMaps read by a function (its `BinaryDataFactory`, asked from the reading thread). */
function cMapsFrom(load: (file: string) => Promise<Uint8Array>) {
  class BinaryData {
    async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
      if (kind !== 'cMapUrl') throw new Error(`readPdfText: no ${kind} here (${filename})`);
      return load(filename);
    }
  }
  return { cMapPacked: true, useWorkerFetch: false, BinaryDataFactory: BinaryData };
}

let loaded: Promise<PdfJs> | undefined;

/** pdf.js with its worker code run in this thread (no separate worker file to serve or find). */
function loadPdfJs(): Promise<PdfJs> {
  loaded ??= (async () => {
    const scope = globalThis as { pdfjsWorker?: unknown };
    // @ts-expect-error -- pdf.js ships no types for its worker module, whose WorkerMessageHandler it looks up here
    scope.pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return loaded;
}

function pdfProblem(error: unknown): OfficeProblem {
  const name = (error as { name?: string } | null)?.name;
  if (name === 'PasswordException') {
    return new OfficeProblem(
      'office/encrypted',
      'the PDF is protected by a password; remit cannot open it. Open it with the password and print it to a new PDF, or ask for the unprotected file.',
      { kind: 'pdf' },
    );
  }
  const why = error instanceof Error ? error.message : String(error);
  return new OfficeProblem(
    'office/damaged',
    `the file starts like a PDF but cannot be read (${why}): it is damaged or incomplete. Fetch it again.`,
    { why: 'pdf', detail: why },
  );
}
