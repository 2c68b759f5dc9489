import stringWidth from 'string-width';

/**
 * How many columns text takes where Chinese plans are read: in a CJK terminal
 * or a spreadsheet column, an East Asian wide character (汉字, full-width
 * punctuation) counts two, and so does an ambiguous-width one such as “ ” or
 * …, which CJK fonts draw wide.
 */
export function displayWidth(text: string): number {
  return stringWidth(text, { ambiguousIsNarrow: false });
}
