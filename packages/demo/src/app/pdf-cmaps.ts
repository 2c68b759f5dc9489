// Adobe's CMaps for Chinese fonts (GB for simplified, CNS and Big5 for
// traditional), which a PDF with a font that is not embedded needs to name its
// characters. Each is a chunk of the page's own code (its bytes inlined), loaded
// only when such a PDF is read: a page under `connect-src 'none'` fetches
// nothing, and nothing comes from elsewhere.
const CMAPS = import.meta.glob(
  [
    '../../../core/node_modules/pdfjs-dist/cmaps/*GB*.bcmap',
    '../../../core/node_modules/pdfjs-dist/cmaps/*CNS*.bcmap',
    '../../../core/node_modules/pdfjs-dist/cmaps/*B5*.bcmap',
  ],
  { query: '?url&inline', import: 'default' },
) as Record<string, () => Promise<string>>;

/** A CMap's bytes by its file name (`UniGB-UCS2-H.bcmap`), for core's `readPdfText` (`loadCMap`). */
export async function loadCMap(file: string): Promise<Uint8Array> {
  const entry = Object.entries(CMAPS).find(([path]) => path.endsWith(`/${file}`));
  if (!entry) throw new Error(`loadCMap: no CMap ${file} for Chinese text`);
  const url = await entry[1]();
  const base64 = url.slice(url.indexOf(',') + 1);
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
}
