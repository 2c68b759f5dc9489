// TEMPORARY: the widget elements not yet registered by '@remit/widgets/define'.
import '../../widgets/src/heatmap/define.js';
import '../../widgets/src/network/define.js';
import '../../widgets/src/summary/define.js';
import '../../widgets/src/workload/define.js';
import '../../widgets/src/table/define.js';
