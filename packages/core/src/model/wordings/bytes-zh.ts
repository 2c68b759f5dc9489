import type { Wordings } from './wording.js';

/** Chinese wordings of the `bytes/…` codes (`decodeBytes`). */
export const BYTES_ZH: Wordings = {
  'bytes/empty': () => '文件中没有文字，无内容可读取。',
  'bytes/encoding': () =>
    '文件不是 UTF-8 编码，已按 GB18030（GBK）读取；中文版 Excel 保存的 CSV 即为此编码。',
  'bytes/maybe-big5': () =>
    '文件虽能按 GB18030 解码，但多数字符是生僻字，很可能是 Big5（繁体中文）编码。请将文件另存为 UTF-8，或指定按“big5”编码读取。',
  'bytes/big5': () =>
    '文件不是 UTF-8 编码，按 Big5（繁体中文）读取比按 GB18030 通顺，已按 Big5 读取。如单位名称显示不对，请指定按“gb18030”编码读取。',
  'bytes/mixed': (a) =>
    `文件以 ${a.text('base')} 编码为主，但有 ${a.number('count')} 行含 ${a.text('encoding')} 编码的文字，第一处在第 ${a.number('line')} 行；这些文字已按 ${a.text('encoding')} 读取。请检查该处文字，并将文件统一保存为 UTF-8。`,
  'bytes/unknown-encoding': (a) =>
    `未知的编码“${a.text('encoding')}”。请使用 WHATWG 规定的编码名称，如 utf-8、gb18030 或 big5。`,
  'bytes/binary': (a) =>
    `该文件看来是 ZIP/XLSX 文件，不是文本（${a.pick('why', {
      signature: '文件以 ZIP/OLE 格式标识开头',
      nul: () => `文件含有 NUL 字节，第一个位于字节位置 ${a.number('byte')}`,
    })}）。请将表格另存为 CSV（UTF-8）后再读取。`,
  'bytes/invalid': (a) =>
    `按 ${a.text('encoding')} 解码时有 ${a.number('count')} 处无效字节序列，第一处在第 ${a.number('line')} 行；这些字节显示为 U+FFFD，其余内容照常读取。请检查该处文字，或将文件另存为 UTF-8。`,
};
