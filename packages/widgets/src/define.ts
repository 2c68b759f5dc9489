// Registers every Remit element (each guarded: a page may load the bundle twice).
import './data/define.js';
// heatmap/define.js and network/define.js are added here when those elements land.
