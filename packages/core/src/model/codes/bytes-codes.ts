import type { CodeFamily } from './code-entry.js';

/** The `bytes/…` codes: what `decodeBytes` says about a file's encoding. */
export const BYTES_CODES = {
  'bytes/empty': {
    severity: 'info',
    meaning: 'The file holds no text, or only spaces and line breaks.',
    action: 'Check that the right file was given; nothing was read from it.',
    zh: () => '文件中没有文字，无内容可读取。',
  },
  'bytes/encoding': {
    severity: 'info',
    meaning:
      'The file is not UTF-8 and was read as GB18030 (GBK), the encoding Chinese Excel saves CSV in.',
    action: 'Nothing, if the names read right. Saving the file as UTF-8 makes the guess unneeded.',
    zh: () => '文件不是 UTF-8 编码，已按 GB18030（GBK）读取；中文版 Excel 保存的 CSV 即为此编码。',
  },
  'bytes/maybe-big5': {
    severity: 'warning',
    meaning:
      'The file decodes as GB18030, but most of its characters are rare ones: it is probably Big5 (traditional Chinese).',
    action: 'Save the file as UTF-8, or read it with the encoding `big5`.',
    zh: () =>
      '文件虽能按 GB18030 解码，但多数字符是生僻字，很可能是 Big5（繁体中文）编码。请将文件另存为 UTF-8，或指定按“big5”编码读取。',
  },
  'bytes/big5': {
    severity: 'info',
    meaning:
      'The file is not UTF-8 and reads as Big5 (traditional Chinese) better than as GB18030; it was read as Big5.',
    action: 'If the names look wrong, read it with the encoding `gb18030`.',
    zh: () =>
      '文件不是 UTF-8 编码，按 Big5（繁体中文）读取比按 GB18030 通顺，已按 Big5 读取。如单位名称显示不对，请指定按“gb18030”编码读取。',
  },
  'bytes/mixed': {
    severity: 'warning',
    meaning:
      'Some lines are in another encoding than the rest of the file (a word pasted from a GBK page into a UTF-8 file, say); each was read in the encoding that keeps it readable.',
    action: 'Check the text on the line named, and save the whole file in one encoding (UTF-8).',
    zh: (a) =>
      `文件以 ${a.text('base')} 编码为主，但有 ${a.number('count')} 行含 ${a.text('encoding')} 编码的文字，第一处在第 ${a.number('line')} 行；这些文字已按 ${a.text('encoding')} 读取。请检查该处文字，并将文件统一保存为 UTF-8。`,
  },
  'bytes/unknown-encoding': {
    severity: 'error',
    meaning: 'The encoding asked for is not one the reader knows; nothing was read.',
    action: 'Use a WHATWG encoding label such as `utf-8`, `gb18030` or `big5`.',
    zh: (a) =>
      `未知的编码“${a.text('encoding')}”。请使用 WHATWG 规定的编码名称，如 utf-8、gb18030 或 big5。`,
  },
  'bytes/binary': {
    severity: 'error',
    meaning:
      'The file is not text: it starts like a ZIP, XLSX or OLE file, or holds NUL bytes. Nothing was read.',
    action: 'Save the sheet or document as CSV (UTF-8) or plain text and read that.',
    zh: (a) =>
      `该文件看来是 ZIP/XLSX 文件，不是文本（${a.pick('why', {
        signature: '文件以 ZIP/OLE 格式标识开头',
        nul: () => `文件含有 NUL 字节，第一个位于字节位置 ${a.number('byte')}`,
      })}）。请将表格另存为 CSV（UTF-8）后再读取。`,
  },
  'bytes/invalid': {
    severity: 'warning',
    meaning:
      'Some bytes could not be read in any encoding; they show as U+FFFD (�) and the rest of the file was read.',
    action: 'Check the text on the line named, or save the file again as UTF-8.',
    zh: (a) =>
      `按 ${a.text('encoding')} 解码时有 ${a.number('count')} 处无效字节序列，第一处在第 ${a.number('line')} 行；这些字节显示为 U+FFFD，其余内容照常读取。请检查该处文字，或将文件另存为 UTF-8。`,
  },
} satisfies CodeFamily<'bytes'>;
