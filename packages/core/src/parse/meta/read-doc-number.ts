// 徐府发〔2020〕13号, 鞍立政发〔2023〕2号, 穗府办[2006]19号
const DOC_NUMBER = /[\u4e00-\u9fff]{1,10}[〔[(【]\s*\d{4}\s*[〕\])】]\s*\d{1,5}\s*号/u;
const AT_START = new RegExp(`^${DOC_NUMBER.source}`, 'u');
const LABELLED = new RegExp(`(?:文\\s*号|发文字号|发文号)[\\s:]*(${DOC_NUMBER.source})`, 'u');

/**
 * The document number from header lines: one starting a line
 * (`港政发〔2025〕1号 黄石港区人民政府 关于…`) or following a 文号 label. Numbers
 * quoted inside sentences (`根据…(济政办发〔2021〕4号)要求`) are not the document's own.
 * `raw` lines give the number as printed; `key` lines (folded) are matched.
 */
export function readDocNumber(key: readonly string[], raw: readonly string[]): string | undefined {
  for (let i = 0; i < key.length; i++) {
    const line = key[i]!;
    const at = AT_START.exec(line);
    if (at) return raw[i]!.slice(0, at[0].length);
    const labelled = LABELLED.exec(line);
    if (labelled) {
      const start = labelled.index + labelled[0].length - labelled[1]!.length;
      return raw[i]!.slice(start, start + labelled[1]!.length);
    }
  }
  return undefined;
}
