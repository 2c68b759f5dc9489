// @remit/core/internal: helpers that Remit's own packages (the widgets, the dashboard, the
// benchmarks) share with core. Not part of the public API: a name here may change or go in
// any release.
export { formatSizeAndLimit } from './io/format-size.js';
export { seededRandom } from './metrics/seeded-random.js';
