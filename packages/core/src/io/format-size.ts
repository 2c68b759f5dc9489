// Sizes are written by text/ (below the office readers, which name sizes too);
// io keeps its own path for those who import it from here.
export { formatSize, formatSizeAndLimit } from '../text/format-size.js';
