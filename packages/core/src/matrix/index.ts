// @remit/core/matrix: the plan as an arquero item × unit table.
export { responsibilityMatrix, type ResponsibilityMatrix } from './responsibility-matrix.js';
