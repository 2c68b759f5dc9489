/**
 * Rasterises a standalone SVG string (from `exportSvg`) to a PNG blob through an
 * `<img>` and a canvas, at `scale` device pixels per SVG pixel. No network: the
 * image is a `blob:` URL, revoked afterwards. Pages whose CSP restricts
 * `img-src` must allow `blob:` for PNG export. Nothing is parsed as markup by
 * script (`DOMParser` is a Trusted Types sink): the browser decodes the image.
 *
 * Rejects with an Error naming `toPNG` when the image cannot be decoded.
 */
export async function svgToPng(svgText: string, scale = 2): Promise<Blob> {
  const width = rootLength(svgText, 'width') || 640;
  const height = rootLength(svgText, 'height') || 400;
  const s = Number.isFinite(scale) && scale > 0 ? Math.min(scale, 8) : 2;
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.decoding = 'async';
    img.src = url;
    await img.decode().catch(() => {
      throw new Error('toPNG: the SVG could not be drawn (does the page CSP allow img-src blob:?)');
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(width * s));
    canvas.height = Math.max(1, Math.round(height * s));
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('toPNG: no 2D canvas context');
    ctx.scale(s, s);
    ctx.drawImage(img, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('toPNG: encoding failed'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** A length attribute of the root `<svg>` start tag, in pixels (NaN when absent). */
function rootLength(svgText: string, name: 'width' | 'height'): number {
  const tag = /<svg\b[^>]*>/.exec(svgText)?.[0] ?? '';
  return parseFloat(new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)`).exec(tag)?.[1] ?? '');
}
