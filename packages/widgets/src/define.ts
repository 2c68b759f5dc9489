// Registers every Remit element but the add-ons (each guarded: a page may load the bundle
// twice); `import '@remit/widgets/compare'` registers <remit-compare>.
import './data/define.js';
import './summary/define.js';
import './workload/define.js';
import './table/define.js';
import './heatmap/define.js';
import './network/define.js';
