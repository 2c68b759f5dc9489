/**
 * Puts a line of text of an exported SVG with its middle on its `y`, the same
 * in every renderer: a shift of 0.35em down from the alphabetic baseline, which
 * centres CJK and Latin text alike. Exports do not use `dominant-baseline`:
 * librsvg (Inkscape and the converters built on it) and office suites place
 * `central` differently from browsers, so every label of a chart would move.
 */
export const CENTRED = 'dy="0.35em"';
