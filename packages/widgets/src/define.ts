// Registers every Remit element (each guarded: a page may load the bundle twice).
import './data/define.js';
import './summary/define.js';
import './workload/define.js';
import './table/define.js';
import './heatmap/define.js';
import './network/define.js';
