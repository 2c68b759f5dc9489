#!/usr/bin/env node
// Writes the office fixtures in fixtures/office/ (see its README.md): every corpus
// document as a saved web page (.html) written from its text, then converted by
// LibreOffice into .docx, .doc, .xlsx, .xls and .pdf; a few files from other
// producers (the `docx` and `exceljs` packages, Chromium's print to PDF, a PDF
// written by hand with a non-embedded Chinese CID font); and small bad files.
//
//   node packages/core/scripts/make-office-fixtures.mjs
//
// Needs LibreOffice (`apt-get install libreoffice-writer-nogui
// libreoffice-calc-nogui`), its Python UNO bridge (/usr/bin/python3) for the
// password-protected files, and Chromium. The tests only read the files it
// writes; they need none of these.
/* global Buffer */
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const corpusDir = join(root, 'fixtures/corpus');
const outDir = join(root, 'fixtures/office');
const corpusOut = join(outDir, 'corpus');
const otherOut = join(outDir, 'other');
const badOut = join(outDir, 'bad');
const work = mkdtempSync(join(tmpdir(), 'office-fixtures-'));

for (const dir of [corpusOut, otherOut, badOut]) mkdirSync(dir, { recursive: true });

// ---------------------------------------------------------------------------
// HTML written from a corpus document's text

/** @param {string} s */
const escape = (s) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
/** @param {string} s */
const trimLine = (s) => s.replace(/^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/gu, '');
// an entry numbered with Arabic digits: Word numbers it itself
const NUMBERED = /^(\d{1,3})\s*[.．、﹒]\s*(.*)$/u;

/**
 * @param {string} title
 * @param {string} body
 */
function page(title, body) {
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${escape(title)}</title>
<style>
body { font-family: "Noto Serif CJK SC", serif; font-size: 12pt; }
table { border-collapse: collapse; width: 100%; }
td, th { border: 1px solid #000; padding: 2px 4px; vertical-align: middle; }
</style>
</head>
<body>
${body}
</body>
</html>
`;
}

/**
 * Lines as paragraphs; entries numbered 1. 2. … become an ordered list, so
 * that the word processor numbers them (the label is no longer in the text).
 * @param {string[]} lines
 * @param {{ lists: boolean }} options
 */
function paragraphs(lines, { lists }) {
  /** @type {string[]} */
  const out = [];
  /** @type {{ start: number, next: number, items: string[] } | undefined} */
  let list = undefined;
  const close = () => {
    if (list) out.push(`<ol start="${list.start}">\n${list.items.join('\n')}\n</ol>`);
    list = undefined;
  };
  for (const raw of lines) {
    const line = trimLine(raw);
    if (line === '') continue;
    const numbered = lists ? NUMBERED.exec(line) : null;
    if (numbered && numbered[2] !== undefined && numbered[2] !== '') {
      const n = Number(numbered[1]);
      if (!list || list.next !== n) {
        close();
        list = { start: n, next: n, items: [] };
      }
      list.items.push(`<li>${escape(numbered[2])}</li>`);
      list.next = n + 1;
      continue;
    }
    close();
    out.push(`<p>${escape(line)}</p>`);
  }
  close();
  return out.join('\n');
}

/**
 * A cell: its text (a line each when a list), or the text with how many rows or columns it spans.
 * @typedef {string | { text: string | string[], rowspan?: number | undefined, colspan?: number }} Cell
 */

/**
 * @param {Cell[]} cells
 * @param {'td' | 'th'} tag
 */
function row(cells, tag = 'td') {
  return `<tr>${cells
    .map((c) => {
      const cell = typeof c === 'string' ? { text: c } : c;
      const span = `${cell.rowspan ? ` rowspan="${cell.rowspan}"` : ''}${cell.colspan ? ` colspan="${cell.colspan}"` : ''}`;
      const text = (Array.isArray(cell.text) ? cell.text : [cell.text]).map(escape).join('<br>');
      return `<${tag}${span}>${text}</${tag}>`;
    })
    .join('')}</tr>`;
}

/**
 * @param {Cell[]} header
 * @param {Cell[][]} rows
 */
function table(header, rows) {
  return `<table border="1" cellspacing="0" cellpadding="2" width="100%">\n${row(header, 'th')}\n${rows
    .map((r) => row(r))
    .join('\n')}\n</table>`;
}

/**
 * The three table documents, rebuilt as the tables they were flattened from:
 * each returns the lines before the table, the table, and the lines after it.
 * @type {Record<string, (lines: string[]) => { before: string[], table: string, after: string[] }>}
 */
const TABLES = {
  // one cell per line: 序号 / 民生实事 / 责任单位 (a unit per line) / 完成时限; row 5
  // has a second task under the same number and unit (merged cells)
  'dazhu-2016-minsheng-tasks'(lines) {
    const start = lines.findIndex((l) => trimLine(l) === '序号');
    const filled = lines.slice(start).map(trimLine).filter(Boolean).slice(4);
    // the table runs to the document's end in cells of known order: every read is in it
    /** @param {number} k */
    const at = (k) => /** @type {string} */ (filled[k]);
    const deadline = /前|使用|动工$/u;
    /** @type {Cell[][]} */
    const rows = [];
    let i = 0;
    while (i < filled.length && /^\d+$/u.test(at(i))) {
      const number = at(i++);
      const task = at(i++);
      /** @type {string[]} */
      const units = [];
      while (i < filled.length && !deadline.test(at(i))) units.push(at(i++));
      const due = at(i++);
      /** @type {[task: string, due: string][]} */
      const sub = [];
      while (i + 1 < filled.length && !/^\d+$/u.test(at(i)) && deadline.test(at(i + 1))) {
        sub.push([at(i), at(i + 1)]);
        i += 2;
      }
      const span = sub.length > 0 ? sub.length + 1 : undefined;
      rows.push([{ text: number, rowspan: span }, task, { text: units, rowspan: span }, due]);
      for (const [t, d] of sub) rows.push([t, d]);
    }
    return {
      before: lines.slice(0, start),
      table: table(['序号', '民生实事', '责任单位', '完成时限'], rows),
      after: filled.slice(i),
    };
  },
  // one row per line, cells between `|`
  'xuzhuang-2017-safety-campaign'(lines) {
    const first = lines.findIndex((l) => l.includes('|'));
    let last = first;
    while (last < lines.length && /** @type {string} */ (lines[last]).includes('|')) last++;
    /** @param {string} l */
    const cells = (l) =>
      l
        .split('|')
        .map(trimLine)
        .slice(0, 3)
        .map((c) => c.replace(/\s+/gu, ' '));
    const [header, ...rows] = /** @type {[string[], ...string[][]]} */ (
      lines.slice(first, last).map(cells)
    );
    return {
      before: lines.slice(0, first),
      table: table(header, rows),
      after: lines.slice(last),
    };
  },
  // one cell per line, each closed by `|`; the task cell spans 主要任务 and 全年目标任务
  'chongchuan-2023-minsheng-progress'(lines) {
    const first = lines.findIndex((l) => trimLine(l).endsWith('|'));
    const cells = lines
      .slice(first)
      .join('\n')
      .split('|')
      .map(trimLine)
      .map((c) => c.replace(/\s+/gu, ''));
    const header = cells.slice(0, 10);
    /** @type {[number: string, ...cells: string[]][]} */
    const rows = [];
    /** @type {[number: string, ...cells: string[]] | undefined} */
    let current;
    for (const cell of cells.slice(10)) {
      if (/^\d+$/u.test(cell)) {
        current = [cell];
        rows.push(current);
      } else if (current) current.push(cell);
    }
    return {
      before: lines.slice(0, first),
      table: table(
        header,
        rows.map((r) => {
          // every numbered row has its task cell
          const [n, task, ...rest] = /** @type {[string, string, ...string[]]} */ (r);
          const padded = [...rest, '', '', '', '', '', '', ''].slice(0, 7);
          return [n, { text: task, colspan: 2 }, ...padded];
        }),
      ),
      after: [],
    };
  },
};

/**
 * A corpus document as a page for the word processor and as one for the spreadsheet.
 * @param {string} name
 * @param {string} text
 */
function corpusPages(name, text) {
  const lines = text.split(/\r\n|\r|\n/u);
  const title = trimLine(lines.find((l) => trimLine(l) !== '') ?? name);
  const layout = TABLES[name];
  if (layout) {
    const { before, table: grid, after } = layout(lines);
    const body = [
      paragraphs(before, { lists: true }),
      grid,
      paragraphs(after, { lists: true }),
    ].join('\n');
    const sheet = [paragraphs(before, { lists: false }), grid, paragraphs(after, { lists: false })];
    return { doc: page(title, body), sheet: page(title, sheet.join('\n')) };
  }
  return {
    doc: page(title, paragraphs(lines, { lists: true })),
    // a sheet holds the paragraphs one per row, numbers as typed
    sheet: page(title, paragraphs(lines, { lists: false })),
  };
}

// ---------------------------------------------------------------------------
// LibreOffice

/**
 * @param {string[]} args
 * @param {string} cwd
 */
function soffice(args, cwd) {
  execFileSync('soffice', ['--headless', '--norestore', ...args], {
    cwd,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, HOME: join(work, 'home') },
  });
}

/**
 * @param {string[]} files
 * @param {string} to
 * @param {string} filter
 * @param {string} outdir
 * @param {string} [infilter]
 */
function convert(files, to, filter, outdir, infilter) {
  if (files.length === 0) return;
  soffice(
    [
      ...(infilter ? [`--infilter=${infilter}`] : []),
      '--convert-to',
      `${to}:${filter}`,
      '--outdir',
      outdir,
      ...files,
    ],
    work,
  );
}

const names = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.gold.json'))
  .map((f) => f.replace(/\.gold\.json$/u, ''))
  .sort();

const docPages = join(work, 'doc');
const sheetPages = join(work, 'sheet');
mkdirSync(docPages, { recursive: true });
mkdirSync(sheetPages, { recursive: true });
for (const name of names) {
  const { doc, sheet } = corpusPages(name, readFileSync(join(corpusDir, `${name}.txt`), 'utf8'));
  writeFileSync(join(corpusOut, `${name}.html`), doc);
  writeFileSync(join(docPages, `${name}.html`), doc);
  writeFileSync(join(sheetPages, `${name}.html`), sheet);
}
/**
 * @param {string} dir
 * @param {string} ext
 */
const inDir = (dir, ext) =>
  readdirSync(dir)
    .filter((f) => f.endsWith(ext))
    .map((f) => join(dir, f));

const converted = join(work, 'out');
mkdirSync(converted, { recursive: true });
convert(inDir(docPages, '.html'), 'docx', 'MS Word 2007 XML', converted, 'HTML (StarWriter)');
convert(inDir(converted, '.docx'), 'doc', 'MS Word 97', converted);
convert(inDir(converted, '.docx'), 'pdf', 'writer_pdf_Export', converted);
convert(inDir(sheetPages, '.html'), 'xlsx', 'Calc MS Excel 2007 XML', converted, 'HTML (StarCalc)');
convert(inDir(sheetPages, '.html'), 'xls', 'MS Excel 97', converted, 'HTML (StarCalc)');
for (const ext of ['docx', 'doc', 'pdf', 'xlsx', 'xls']) {
  for (const file of inDir(converted, `.${ext}`)) {
    renameSync(file, join(corpusOut, file.slice(converted.length + 1)));
  }
}

// ---------------------------------------------------------------------------
// Other producers: the `docx` package, `exceljs`, Chromium, a PDF written by hand

await docxPackageFixture(join(otherOut, 'docx-package-plan.docx'));
await exceljsFixture(join(otherOut, 'exceljs-plan.xlsx'));
for (const name of ['xuhui-2020-fazhi', 'dazhu-2016-minsheng-tasks']) {
  chromiumPdf(join(corpusOut, `${name}.html`), join(otherOut, `chromium-${name}.pdf`));
}
writeFileSync(join(otherOut, 'cid-font-plan.pdf'), cidFontPdf());

// ---------------------------------------------------------------------------
// Bad files

const sample = join(corpusOut, 'xuhui-2020-fazhi.docx');
const docx = readFileSync(sample);
writeFileSync(join(badOut, 'truncated.docx'), docx.subarray(0, Math.floor(docx.length / 2)));
copyFileSync(join(corpusOut, 'xuhui-2020-fazhi.doc'), join(badOut, 'word97-named.docx'));
copyFileSync(join(corpusOut, 'dazhu-2016-minsheng-tasks.xls'), join(badOut, 'excel97-named.xlsx'));
copyFileSync(join(corpusOut, 'xuhui-2020-fazhi.docx'), join(badOut, 'word-named.pdf'));
protect(sample, join(badOut, 'password.doc'), 'MS Word 97');
protect(
  join(corpusOut, 'dazhu-2016-minsheng-tasks.xlsx'),
  join(badOut, 'password.xls'),
  'MS Excel 97',
);
writeFileSync(join(badOut, 'password.docx'), encryptedPackage());
scanPdf(join(badOut, 'scan.pdf'));
writeFileSync(join(badOut, 'zip-bomb.xlsx'), zipBomb());

rmSync(work, { recursive: true, force: true });
console.log(
  `wrote ${names.length} documents × 6 formats, other producers and bad files to ${outDir}`,
);

// ---------------------------------------------------------------------------

/**
 * A plan written with the `docx` package: headings and items numbered by Word
 * (一、 / （一） / 1.), not by their text, and an attachment table whose
 * 重点领域 cells are merged down over their rows.
 * @param {string} path
 */
async function docxPackageFixture(path) {
  const {
    AlignmentType,
    Document,
    LevelFormat,
    Packer,
    Paragraph,
    Table,
    TableCell,
    TableRow,
    TextRun,
    WidthType,
  } = await import('docx');
  /**
   * @param {string} text
   * @param {number} level
   */
  const numbered = (text, level) =>
    new Paragraph({ children: [new TextRun(text)], numbering: { reference: 'plan', level } });
  /** @param {string} text */
  const plain = (text) => new Paragraph({ children: [new TextRun(text)] });
  // a cell given as [text, rows] spans that many rows; the rows below leave it out
  /**
   * @param {string} text
   * @param {number} [rowSpan]
   */
  const cell = (text, rowSpan) =>
    new TableCell({ children: [plain(text)], ...(rowSpan ? { rowSpan } : {}) });
  /** @type {(string | [text: string, rows: number])[][]} */
  const rows = [
    ['序号', '重点领域', '工作任务', '牵头单位', '配合单位', '完成时限'],
    ['1', ['城市更新', 2], '完成老旧小区改造30个', '区住建委', '各街镇', '2024年12月底前'],
    ['2', '新建口袋公园5个', '区绿化市容局', '区规划资源局', '2024年10月底前'],
    ['3', ['公共服务', 2], '新增托育托位200个', '区卫健委', '区教育局、区妇联', '2024年9月底前'],
    ['4', '建设社区食堂8家', '区民政局', '各街镇', '2024年12月底前'],
  ];
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: 'plan',
          levels: [
            {
              level: 0,
              format: LevelFormat.CHINESE_COUNTING,
              text: '%1、',
              alignment: AlignmentType.LEFT,
            },
            {
              level: 1,
              format: LevelFormat.CHINESE_COUNTING,
              text: '（%2）',
              alignment: AlignmentType.LEFT,
            },
            { level: 2, format: LevelFormat.DECIMAL, text: '%3.', alignment: AlignmentType.LEFT },
          ],
        },
      ],
    },
    sections: [
      {
        children: [
          plain('2024年区政府重点工作任务分解'),
          numbered('稳住经济大盘', 0),
          numbered('扩大有效投资', 1),
          numbered('推进重大项目建设。（牵头单位：区发改委；责任单位：区财政局、区住建委）', 2),
          numbered('加快专项债券发行使用。（牵头单位：区财政局）', 2),
          numbered('促进消费回升', 1),
          numbered('举办消费季系列活动。（牵头单位：区商务委；责任单位：各街镇）', 2),
          numbered('保障改善民生', 0),
          numbered('稳定就业', 1),
          numbered('落实援企稳岗政策。（责任单位：区人社局、区财政局）', 2),
          plain('附件：民生实事项目清单'),
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: rows.map(
              (r) =>
                new TableRow({
                  children: r.map((c) => (Array.isArray(c) ? cell(c[0], c[1]) : cell(c))),
                }),
            ),
          }),
        ],
      },
    ],
  });
  writeFileSync(path, await Packer.toBuffer(doc));
}

/**
 * A task table written with `exceljs`: a notes sheet first, then the table
 * under a merged title row, a header on two rows (责任单位 over 牵头单位 and
 * 配合单位), section rows merged across the table and a lead cell merged down.
 * @param {string} path
 */
async function exceljsFixture(path) {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  book.creator = 'fixtures';
  book.created = new Date(Date.UTC(2024, 0, 1));
  book.modified = book.created;
  const notes = book.addWorksheet('填表说明');
  notes.addRow(['填表说明']);
  notes.addRow(['请各单位于每月25日前报送进展情况。']);
  const sheet = book.addWorksheet('任务分解表');
  sheet.columns = [8, 40, 16, 24, 16].map((width) => ({ width }));
  sheet.addRow(['2024年民生实事项目任务分解表']);
  sheet.mergeCells('A1:E1');
  sheet.addRow(['序号', '项目内容', '责任单位', '', '完成时限']);
  sheet.addRow(['', '', '牵头单位', '配合单位', '']);
  sheet.mergeCells('A2:A3');
  sheet.mergeCells('B2:B3');
  sheet.mergeCells('C2:D2');
  sheet.mergeCells('E2:E3');
  sheet.addRow(['一、教育']);
  sheet.mergeCells('A4:E4');
  sheet.addRow([1, '新建幼儿园3所', '区教育局', '区住建委、区财政局', '12月底前']);
  sheet.addRow([2, '改造学校食堂10所', '', '区市场监管局', '9月底前']);
  sheet.mergeCells('C5:C6');
  sheet.addRow(['二、养老']);
  sheet.mergeCells('A7:E7');
  sheet.addRow([3, '新增养老床位500张', '区民政局', '各街镇', '12月底前']);
  sheet.addRow([4, '建设助餐点20个', '区民政局', '区商务委、各街镇', '10月底前']);
  await book.xlsx.writeFile(path);
}

/**
 * @param {string} html
 * @param {string} pdf
 */
function chromiumPdf(html, pdf) {
  execFileSync(
    'chromium',
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-pdf-header-footer',
      `--print-to-pdf=${pdf}`,
      `file://${html}`,
    ],
    { stdio: ['ignore', 'ignore', 'ignore'] },
  );
}

/**
 * A PDF as many Chinese portals still publish them: the standard font
 * STSong-Light, not embedded, addressed through the predefined CMap
 * UniGB-UCS2-H (a reader needs Adobe's CMap files to know the characters).
 */
function cidFontPdf() {
  const lines = [
    '2024年街道重点工作任务分解',
    '一、基层治理',
    '1.完善网格化管理。（牵头单位：街道党政办；责任单位：各社区）',
    '2.开展矛盾纠纷排查化解。（牵头单位：街道司法所）',
    '二、城市管理',
    '3.整治背街小巷环境。（责任单位：街道城管中队、街道市容所）',
  ];
  /** @param {string} s */
  const hex = (s) =>
    [...s]
      .map((ch) =>
        /** @type {number} */ (ch.codePointAt(0)).toString(16).toUpperCase().padStart(4, '0'),
      )
      .join('');
  const content = [
    'BT',
    '/F1 12 Tf',
    '14 TL',
    '56 780 Td',
    ...lines.map((line) => `<${hex(line)}> Tj T*`),
    'ET',
  ].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 7 0 R /DW 1000 >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  ];
  let pdf = '%PDF-1.4\n';
  /** @type {number[]} */
  const offsets = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(pdf, 'latin1'));
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) pdf += `${String(o).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

/**
 * Saves `from` again with a password, through LibreOffice's UNO bridge.
 * @param {string} from
 * @param {string} to
 * @param {string} filter
 */
function protect(from, to, filter) {
  const script = `
import subprocess, time, uno, sys
from com.sun.star.beans import PropertyValue
def prop(n, v):
    p = PropertyValue(); p.Name = n; p.Value = v; return p
proc = subprocess.Popen(['/usr/lib/libreoffice/program/soffice.bin', '--headless', '--norestore', '--accept=socket,host=127.0.0.1,port=2202;urp;'], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
ctx = uno.getComponentContext()
resolver = ctx.ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', ctx)
for _ in range(100):
    try:
        remote = resolver.resolve('uno:socket,host=127.0.0.1,port=2202;urp;StarOffice.ComponentContext'); break
    except Exception:
        time.sleep(0.2)
desktop = remote.ServiceManager.createInstanceWithContext('com.sun.star.frame.Desktop', remote)
doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(sys.argv[1]), '_blank', 0, (prop('Hidden', True),))
doc.storeToURL(uno.systemPathToFileUrl(sys.argv[2]), (prop('FilterName', sys.argv[3]), prop('Password', 'remit')))
doc.close(True)
proc.kill()
`;
  execFileSync('/usr/bin/python3', ['-c', script, from, to, filter], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, HOME: join(work, 'home') },
  });
}

/**
 * A password-protected Word file as Office writes one: not a ZIP but an OLE
 * compound file holding `EncryptionInfo` (agile encryption, XML) and
 * `EncryptedPackage` (here random bytes: nothing can decrypt it, which is the
 * point). LibreOffice 7.4 does not write encrypted OOXML through its API.
 */
function encryptedPackage() {
  const XLSX = createRequire(import.meta.url)('@e965/xlsx');
  const cfb = XLSX.CFB.utils.cfb_new();
  const info = Buffer.concat([
    Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]),
    Buffer.from(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><encryption xmlns="http://schemas.microsoft.com/office/2006/encryption"><keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="AAAAAAAAAAAAAAAAAAAAAA=="/></encryption>',
    ),
  ]);
  const pkg = Buffer.alloc(4096);
  for (let i = 0; i < pkg.length; i++) pkg[i] = (i * 2654435761) >>> 24;
  pkg.writeUInt32LE(6693, 0);
  XLSX.CFB.utils.cfb_add(cfb, '/EncryptionInfo', info);
  XLSX.CFB.utils.cfb_add(cfb, '/EncryptedPackage', pkg);
  return Buffer.from(XLSX.CFB.write(cfb, { type: 'buffer', fileType: 'cfb' }));
}

/**
 * A PDF of a page photographed: one image of the text, no text layer.
 * @param {string} pdf
 */
function scanPdf(pdf) {
  const text = join(work, 'scan-text.html');
  writeFileSync(
    text,
    page(
      '扫描件',
      paragraphs(['一、基层治理', '1.完善网格化管理。（责任单位：各社区）'], { lists: false }),
    ),
  );
  const png = join(work, 'scan.png');
  execFileSync(
    'chromium',
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      `--screenshot=${png}`,
      '--window-size=600,200',
      `file://${text}`,
    ],
    { stdio: ['ignore', 'ignore', 'ignore'] },
  );
  const html = join(work, 'scan.html');
  const data = readFileSync(png).toString('base64');
  writeFileSync(
    html,
    `<!DOCTYPE html><html><body style="margin:0"><img src="data:image/png;base64,${data}" width="600"></body></html>`,
  );
  chromiumPdf(html, pdf);
}

/**
 * A workbook whose sheet inflates to 300 MB of spaces from a few hundred KB:
 * the zip's directory states the size, as a bomb's must for most readers.
 */
function zipBomb() {
  const sheet = new Uint8Array(300 * 1024 * 1024).fill(0x20);
  const types = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`;
  const workbook = `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`;
  const rels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`;
  const enc = new TextEncoder();
  const zipped = zipSync(
    {
      '[Content_Types].xml': enc.encode(types),
      'xl/workbook.xml': enc.encode(workbook),
      'xl/_rels/workbook.xml.rels': enc.encode(rels),
      'xl/worksheets/sheet1.xml': [sheet, { level: 9 }],
    },
    { level: 6 },
  );
  return zipped;
}
