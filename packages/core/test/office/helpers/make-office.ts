import { zipSync } from 'fflate';

const enc = new TextEncoder();
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

const escape = (s: string) =>
  s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

/** A Word paragraph: its text, and its automatic numbering (`w:numPr`) when given. */
export function p(text: string, numbering?: { numId: number; level?: number }): string {
  const numPr = numbering
    ? `<w:pPr><w:numPr><w:ilvl w:val="${numbering.level ?? 0}"/><w:numId w:val="${numbering.numId}"/></w:numPr></w:pPr>`
    : '';
  return `<w:p>${numPr}<w:r><w:t xml:space="preserve">${escape(text)}</w:t></w:r></w:p>`;
}

/** A Word table cell: its paragraphs, and `w:gridSpan` / `w:vMerge` when given. */
export function tc(
  text: string,
  props: { span?: number; vMerge?: 'restart' | 'continue' } = {},
): string {
  const span = props.span ? `<w:gridSpan w:val="${props.span}"/>` : '';
  const merge = props.vMerge
    ? `<w:vMerge${props.vMerge === 'restart' ? ' w:val="restart"' : ''}/>`
    : '';
  const paragraphs = text
    .split('\n')
    .map((t) => p(t))
    .join('');
  return `<w:tc><w:tcPr>${span}${merge}</w:tcPr>${paragraphs}</w:tc>`;
}

/** A Word table of rows of cells (`tc`). */
export function tbl(rows: readonly (readonly string[])[]): string {
  return `<w:tbl>${rows.map((r) => `<w:tr>${r.join('')}</w:tr>`).join('')}</w:tbl>`;
}

/**
 * A Word document (.docx) with `body` (paragraphs `p` and tables `tbl`) and
 * the list definitions `numbering` (the inside of `w:numbering`).
 */
export function docxOf(body: string, numbering = ''): Uint8Array {
  return zipSync({
    '[Content_Types].xml': enc.encode(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': enc.encode(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/></Relationships>`,
    ),
    'word/_rels/document.xml.rels': enc.encode(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${R}/numbering" Target="numbering.xml"/></Relationships>`,
    ),
    'word/document.xml': enc.encode(
      `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${body}</w:body></w:document>`,
    ),
    'word/numbering.xml': enc.encode(
      `<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="${W}">${numbering}</w:numbering>`,
    ),
  });
}

/** A list definition with one level per `[format, pattern]` (`['chineseCounting', '%1、']`), and its `w:num`. */
export function list(
  numId: number,
  levels: readonly (readonly [format: string, text: string, start?: number])[],
  startOverride?: { level: number; start: number },
): string {
  const lvls = levels
    .map(
      ([format, text, start], i) =>
        `<w:lvl w:ilvl="${i}"><w:start w:val="${start ?? 1}"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/></w:lvl>`,
    )
    .join('');
  const override = startOverride
    ? `<w:lvlOverride w:ilvl="${startOverride.level}"><w:startOverride w:val="${startOverride.start}"/></w:lvlOverride>`
    : '';
  return `<w:abstractNum w:abstractNumId="${numId}">${lvls}</w:abstractNum><w:num w:numId="${numId}"><w:abstractNumId w:val="${numId}"/>${override}</w:num>`;
}

/** A sheet of a workbook: rows of cells (text or numbers) and merged ranges (`A1:C1`). */
export interface SheetSpec {
  name: string;
  rows: readonly (readonly (string | number | null)[])[];
  merges?: readonly string[];
  hidden?: boolean;
}

const columnName = (c: number) => {
  let n = c + 1;
  let s = '';
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
};

/** The XML of one sheet: inline strings and numbers, and its merged ranges. */
export function sheetXml(sheet: SheetSpec): string {
  const rows = sheet.rows
    .map((row, r) => {
      const cells = row
        .map((v, c) => {
          if (v === null || v === '') return '';
          const ref = `${columnName(c)}${r + 1}`;
          return typeof v === 'number'
            ? `<c r="${ref}"><v>${v}</v></c>`
            : `<c r="${ref}" t="inlineStr"><is><t>${escape(v)}</t></is></c>`;
        })
        .join('');
      return `<row r="${r + 1}">${cells}</row>`;
    })
    .join('');
  const merges = sheet.merges?.length
    ? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`
    : '';
  return `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData>${merges}</worksheet>`;
}

/** An Excel workbook (.xlsx) of `sheets`, or of sheet XML given as it is (`{ name, xml }`). */
export function xlsxOf(
  sheets: readonly (SheetSpec | { name: string; xml: string | Uint8Array })[],
): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': enc.encode(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
    ),
    '_rels/.rels': enc.encode(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': enc.encode(
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${R}"><sheets>${sheets
        .map(
          (s, i) =>
            `<sheet name="${escape(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"${'hidden' in s && s.hidden ? ' state="hidden"' : ''}/>`,
        )
        .join('')}</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': enc.encode(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}">${sheets
        .map(
          (_, i) =>
            `<Relationship Id="rId${i + 1}" Type="${R}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
        )
        .join('')}</Relationships>`,
    ),
  };
  sheets.forEach((s, i) => {
    const xml = 'xml' in s ? s.xml : sheetXml(s);
    files[`xl/worksheets/sheet${i + 1}.xml`] = typeof xml === 'string' ? enc.encode(xml) : xml;
  });
  return zipSync(files);
}

/**
 * A PDF of text pages as many portals publish them: each line drawn in
 * STSong-Light, not embedded, through the CMap UniGB-UCS2-H (a reader needs
 * Adobe's CMaps to know the characters), 14 points apart from the top.
 */
export function pdfOf(pages: readonly (readonly string[])[]): Uint8Array {
  const hex = (s: string) =>
    [...s].map((ch) => ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')).join('');
  const objects: string[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${pages.map((_, i) => `${5 + i * 2} 0 R`).join(' ')}] /Count ${pages.length} >>`,
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [4 0 R] >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 0 0 R /DW 1000 >>',
  ];
  pages.forEach((lines, i) => {
    const content = [
      'BT',
      '/F1 12 Tf',
      '14 TL',
      '56 780 Td',
      ...lines.map((l) => `<${hex(l)}> Tj T*`),
      'ET',
    ].join('\n');
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${6 + i * 2} 0 R >>`,
      `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    );
  });
  objects.push(
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  );
  const descriptor = objects.length;
  objects[3] = objects[3]!.replace('/FontDescriptor 0 0 R', `/FontDescriptor ${descriptor} 0 R`);
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) pdf += `${String(o).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return enc.encode(pdf);
}

/** CRC-32 of bytes (a ZIP entry's check), table built once. */
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
export function crc32(bytes: Uint8Array, crc = 0): number {
  let c = ~crc >>> 0;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

/** One entry of a hand-made ZIP: its bytes as stored (`method` 0) or deflated (8), and the size it states. */
export interface RawEntry {
  name: string;
  data: Uint8Array;
  method: 0 | 8;
  /** the unpacked size the archive states (a bomb may lie) */
  size: number;
  crc: number;
}

/** A ZIP archive of entries as given, their stated sizes written as they are (true or not). */
export function zipOf(entries: readonly RawEntry[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = enc.encode(e.name);
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(8, e.method, true);
    lv.setUint32(14, e.crc, true);
    lv.setUint32(18, e.data.length, true);
    lv.setUint32(22, e.size, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const dir = new Uint8Array(46 + name.length);
    const dv = new DataView(dir.buffer);
    dv.setUint32(0, 0x02014b50, true);
    dv.setUint16(4, 20, true);
    dv.setUint16(6, 20, true);
    dv.setUint16(10, e.method, true);
    dv.setUint32(16, e.crc, true);
    dv.setUint32(20, e.data.length, true);
    dv.setUint32(24, e.size, true);
    dv.setUint16(28, name.length, true);
    dv.setUint32(42, offset, true);
    dir.set(name, 46);
    parts.push(local, e.data);
    central.push(dir);
    offset += local.length + e.data.length;
  }
  const size = central.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, size, true);
  ev.setUint32(16, offset, true);
  const out = new Uint8Array(offset + size + 22);
  let at = 0;
  for (const part of [...parts, ...central, end]) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** The entries of a workbook other than its one sheet, stored. */
export function workbookEntries(): RawEntry[] {
  const stored = (name: string, text: string): RawEntry => {
    const data = enc.encode(text);
    return { name, data, method: 0, size: data.length, crc: crc32(data) };
  };
  return [
    stored(
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
    ),
    stored(
      'xl/workbook.xml',
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${R}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    stored(
      'xl/_rels/workbook.xml.rels',
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ),
  ];
}
