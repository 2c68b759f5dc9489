import type { CodeFamily } from './code-entry.js';

const FORMAT_ZH: Readonly<Record<string, string>> = {
  docx: 'Word 文档（.docx）',
  doc: 'Word 97–2003 文档（.doc）',
  xlsx: 'Excel 工作簿（.xlsx）',
  xls: 'Excel 97–2003 工作簿（.xls）',
  pdf: 'PDF 文件',
  html: '网页（.html）',
  office: '办公文档',
};
const RESAVE = '请用 Word、WPS 或 Excel 打开该文件并重新保存后再读取';

/** A format's Chinese name; a value that names none is shown as it is. */
const formatZh = (format: string) =>
  Object.hasOwn(FORMAT_ZH, format) ? FORMAT_ZH[format]! : format;

/**
 * The `office/…` codes: what the readers of Word, Excel, PDF and web-page
 * files (core's office/) say about a file they could not read, or read as
 * something other than its name says.
 */
export const OFFICE_CODES = {
  'office/damaged': {
    severity: 'error',
    meaning:
      'The file starts like an Office file or a PDF but its structure is broken: cut short (an incomplete download), or damaged. Nothing was read.',
    action: 'Fetch the file again, or open it in the program that made it and save it again.',
    zh: (a) =>
      `文件已损坏或不完整（${a.pick('why', {
        'no-end': '压缩包缺少结尾部分，可能下载未完成',
        directory: '压缩包目录损坏',
        entry: () => `其中的 ${a.text('entry')} 缺失或损坏`,
        method: () => `其中的 ${a.text('entry')} 使用了无法读取的压缩方式`,
        fib: '不是 Word 97–2003 的文件结构，可能是更早的 Word 6/95 文件',
        pieces: '找不到正文',
        'table-stream': '缺少表格流，找不到正文',
        ole: 'OLE 文件结构损坏',
        xls: () => `无法读取：${a.text('detail')}`,
        pdf: () => `无法读取：${a.text('detail')}`,
      })}），未读取任何内容。请重新获取该文件，或${RESAVE}。`,
  },
  'office/encrypted': {
    severity: 'error',
    meaning: 'The file is protected by a password; it cannot be read without it.',
    action:
      'Open it with the password in Word, WPS, Excel or a PDF reader, remove the password and save (or print to PDF) a copy.',
    zh: (a) =>
      `该${a.pick('kind', {
        zip: '文件',
        ooxml: 'Office 文件',
        doc: 'Word 文档',
        xls: 'Excel 工作簿',
        pdf: 'PDF 文件',
      })}设有密码，无法读取。请用密码打开后取消密码，另存一份再读取。`,
  },
  'office/too-large': {
    severity: 'error',
    meaning:
      'The Word or Excel file unpacks to more than remit reads (the XML entries of its ZIP archive together); it was not unpacked further, so memory stays bounded.',
    action: 'Split the file, or save the sheet as CSV and read that.',
    zh: (a) =>
      `文件解压后超过可读取的大小（读到 ${a.text('entry')} 时已达 ${a.text('size')}，上限为 ${a.text('limit')}），未继续解压。请拆分文件，或将工作表另存为 CSV 后读取。`,
  },
  'office/zip-bomb': {
    severity: 'error',
    meaning:
      'An entry of the Word or Excel file (a ZIP archive) would unpack to hundreds of times its packed size, far beyond any document: it looks built to exhaust memory (a zip bomb). It was not unpacked.',
    action: 'Do not open the file; ask its sender for the document again.',
    zh: (a) =>
      `文件中的 ${a.text('entry')} 将从 ${a.text('packed')} 解压为 ${a.text('size')}，远超正常文档，疑似“压缩炸弹”，未予解压。请勿打开该文件，并向发送方重新索取文档。`,
  },
  'office/not-this-format': {
    severity: 'error',
    meaning:
      'The file is not what its name says, nor any format remit reads (an OpenDocument, RTF or other file, or text with an office extension). Nothing was read.',
    action: 'Save it as .docx or .xlsx, or give it its right extension.',
    zh: (a) =>
      a.pick('format', {
        docx: '该文件是压缩包，但其中没有 Word 文档内容。是否把其他文件改成了 .docx 扩展名？',
        xlsx: '该文件是压缩包，但其中没有 Excel 工作簿内容。是否把其他文件改成了 .xlsx 扩展名？',
        doc: '该文件是 OLE 文件，但不是 Word 文档。是否把其他文件改成了 .doc 扩展名？',
        opendocument: '该文件是 OpenDocument 格式（.odt/.ods）。请另存为 .docx 或 .xlsx 后读取。',
        container: '该文件是压缩包或 OLE 文件，但不是 Word 或 Excel 文件。请检查是否选错了文件。',
        rtf: '该文件是 RTF 格式。请用 Word 或 WPS 打开并另存为 .docx 后读取。',
        unknown:
          '该文件的扩展名表明它是办公文档，但内容并非如此，可能已损坏，或是扩展名有误的文本。请检查文件。',
      }),
  },
  'office/renamed': {
    severity: 'info',
    meaning:
      'The file is of another format than its name says (a .doc renamed .docx, a web page saved as .doc); it was read as what it is.',
    action: 'Nothing; renaming the file to its right extension avoids the note.',
    zh: (a) =>
      `文件扩展名表明它是${formatZh(a.text('claimed'))}，实际是${formatZh(a.text('format'))}，已按实际格式读取。`,
  },
  'office/unreadable': {
    severity: 'error',
    meaning:
      'The reader of the format could not take the file (its error is quoted); nothing was read.',
    action:
      'Open the file in the program that made it and save it again; report it if that does not help.',
    zh: (a) =>
      `无法按${formatZh(a.text('format'))}读取该文件（${a.text('detail')}），可能已损坏。${RESAVE}。`,
  },
  'office/needs-package': {
    severity: 'error',
    meaning:
      'Reading (or writing) this format needs a package that @remit/core declares as an optional peer dependency, and it is not installed; nothing was read.',
    action:
      'Install the package the message names beside @remit/core (`npm install pdfjs-dist`, `@e965/xlsx` or `write-excel-file`, at the version the message gives).',
    zh: (a) =>
      `读取或写出${formatZh(a.text('format'))}需要软件包 ${a.text('package')}，它是 @remit/core 的可选依赖，当前未安装。请在 @remit/core 旁安装：${a.text('install')}。`,
  },
  'office/empty': {
    severity: 'error',
    meaning: 'The file was read but holds no text.',
    action: 'Check that the right file was given.',
    zh: () => '该文件中没有任何文字，无内容可读取。请检查是否选错了文件。',
  },
  'office/scanned': {
    severity: 'error',
    meaning:
      'The PDF has no text layer: its pages are pictures (a scan or a photo). remit reads a PDF’s text and does not recognise text in pictures (no OCR).',
    action:
      'Ask for the document as Word, or as a PDF saved from it; or run OCR on the scan first.',
    zh: (a) =>
      `该 PDF 没有文字层，${a.number('pages')} 页均为图片（扫描件或照片）。本工具读取 PDF 中的文字，不识别图片中的文字（不做 OCR）。请索取 Word 版或由其直接导出的 PDF，或先对扫描件做文字识别。`,
  },
  'office/pdf-pages-cut': {
    severity: 'warning',
    meaning: 'The PDF has more pages than are read; the first pages were read.',
    action: 'Split the file to read the rest.',
    zh: (a) =>
      `该 PDF 共 ${a.number('pages')} 页，只读取了前 ${a.number('read')} 页。请拆分文件后读取其余页面。`,
  },
} satisfies CodeFamily<'office'>;
