// Written by `npx -y pnpm@10 --filter @remit/widgets manifest` from custom-elements.json; do
// not edit by hand. The React and Vue typings (react.d.ts, vue.d.ts beside this file) map
// these onto JSX and `GlobalComponents`.
import type { RemitCompare } from '../compare/remit-compare.js';
import type { RemitData } from '../data/remit-data.js';
import type { RemitHeatmap } from '../heatmap/heatmap.js';
import type { RemitNetwork } from '../network/network.js';
import type { RemitSummary } from '../summary/remit-summary.js';
import type { RemitTable } from '../table/remit-table.js';
import type { RemitWorkload } from '../workload/remit-workload.js';
import '../controllers/selection-controller.js';
import '../shared/explain-button.js';
import '../summary/remit-summary.js';

/** What a template may set on `<remit-compare>`: its properties, typed by the element's own. */
export interface RemitCompareProps {
  /** The earlier Plan object; wins over `earlierSource` and `earlierSrc`. */
  earlier?: RemitCompare['earlier'];
  earlierSrc?: RemitCompare['earlierSrc'];
  earlierSource?: RemitCompare['earlierSource'];
  /** A comparison made elsewhere (`comparePlans`); when set, the earlier plan only names sections. */
  comparison?: RemitCompare['comparison'];
  threshold?: RemitCompare['threshold'];
  limit?: RemitCompare['limit'];
  /** A Plan object; wins over `source` and `src`. */
  data?: RemitCompare['data'];
  src?: RemitCompare['src'];
  source?: RemitCompare['source'];
  theme?: RemitCompare['theme'];
  toolbar?: RemitCompare['toolbar'];
  label?: RemitCompare['label'];
  /** `zh-CN` or `en` (default: the nearest `lang`, else zh-CN) */
  lang?: string;
}

/** The events `<remit-compare>` fires (bubbling and composed). */
export interface RemitCompareEvents {
  'remit-hover': HTMLElementEventMap['remit-hover'];
  'remit-select': HTMLElementEventMap['remit-select'];
}

/** What a template may set on `<remit-data>`: its properties, typed by the element's own. */
export interface RemitDataProps {
  data?: RemitData['data'];
  src?: RemitData['src'];
}

/** The events `<remit-data>` fires (bubbling and composed). */
export interface RemitDataEvents {
  'remit-select': HTMLElementEventMap['remit-select'];
}

/** What a template may set on `<remit-heatmap>`: its properties, typed by the element's own. */
export interface RemitHeatmapProps {
  sort?: RemitHeatmap['sort'];
  color?: RemitHeatmap['color'];
  group?: RemitHeatmap['group'];
  cellSize?: RemitHeatmap['cellSize'];
  renderer?: RemitHeatmap['renderer'];
  canvasThreshold?: RemitHeatmap['canvasThreshold'];
  /** A Plan object; wins over `source` and `src`. */
  data?: RemitHeatmap['data'];
  src?: RemitHeatmap['src'];
  source?: RemitHeatmap['source'];
  theme?: RemitHeatmap['theme'];
  toolbar?: RemitHeatmap['toolbar'];
  label?: RemitHeatmap['label'];
  /** `zh-CN` or `en` (default: the nearest `lang`, else zh-CN) */
  lang?: string;
}

/** The events `<remit-heatmap>` fires (bubbling and composed). */
export interface RemitHeatmapEvents {
  'remit-explain': HTMLElementEventMap['remit-explain'];
  'remit-hover': HTMLElementEventMap['remit-hover'];
  'remit-select': HTMLElementEventMap['remit-select'];
}

/** What a template may set on `<remit-network>`: its properties, typed by the element's own. */
export interface RemitNetworkProps {
  mode?: RemitNetwork['mode'];
  colorBy?: RemitNetwork['colorBy'];
  /** strongest ties drawn per unit, or `'all'`; undefined: core's default (2) */
  ties?: RemitNetwork['ties'];
  static?: RemitNetwork['static'];
  seed?: RemitNetwork['seed'];
  chartHeight?: RemitNetwork['chartHeight'];
  /** the picture fills its box (see `FitOptions.fill`) */
  fill?: RemitNetwork['fill'];
  /** lay out on the main thread (in slices) even when the graph is large */
  noWorker?: RemitNetwork['noWorker'];
  /** A Plan object; wins over `source` and `src`. */
  data?: RemitNetwork['data'];
  src?: RemitNetwork['src'];
  source?: RemitNetwork['source'];
  theme?: RemitNetwork['theme'];
  toolbar?: RemitNetwork['toolbar'];
  label?: RemitNetwork['label'];
  /** the `height` attribute (property `chartHeight`) */
  height?: RemitNetwork['chartHeight'];
  /** `zh-CN` or `en` (default: the nearest `lang`, else zh-CN) */
  lang?: string;
}

/** The events `<remit-network>` fires (bubbling and composed). */
export interface RemitNetworkEvents {
  'remit-explain': HTMLElementEventMap['remit-explain'];
  'remit-hover': HTMLElementEventMap['remit-hover'];
  'remit-select': HTMLElementEventMap['remit-select'];
}

/** What a template may set on `<remit-summary>`: its properties, typed by the element's own. */
export interface RemitSummaryProps {
  /** A Plan object; wins over `source` and `src`. */
  data?: RemitSummary['data'];
  src?: RemitSummary['src'];
  source?: RemitSummary['source'];
  theme?: RemitSummary['theme'];
  toolbar?: RemitSummary['toolbar'];
  label?: RemitSummary['label'];
  /** `zh-CN` or `en` (default: the nearest `lang`, else zh-CN) */
  lang?: string;
}

/** The events `<remit-summary>` fires (bubbling and composed). */
export interface RemitSummaryEvents {
  'remit-explain': HTMLElementEventMap['remit-explain'];
  'remit-hover': HTMLElementEventMap['remit-hover'];
  'remit-select': HTMLElementEventMap['remit-select'];
  'remit-trace': HTMLElementEventMap['remit-trace'];
}

/** What a template may set on `<remit-table>`: its properties, typed by the element's own. */
export interface RemitTableProps {
  view?: RemitTable['view'];
  sort?: RemitTable['sort'];
  direction?: RemitTable['direction'];
  /** A Plan object; wins over `source` and `src`. */
  data?: RemitTable['data'];
  src?: RemitTable['src'];
  source?: RemitTable['source'];
  theme?: RemitTable['theme'];
  toolbar?: RemitTable['toolbar'];
  label?: RemitTable['label'];
  /** `zh-CN` or `en` (default: the nearest `lang`, else zh-CN) */
  lang?: string;
}

/** The events `<remit-table>` fires (bubbling and composed). */
export interface RemitTableEvents {
  'remit-explain': HTMLElementEventMap['remit-explain'];
  'remit-hover': HTMLElementEventMap['remit-hover'];
  'remit-select': HTMLElementEventMap['remit-select'];
}

/** What a template may set on `<remit-workload>`: its properties, typed by the element's own. */
export interface RemitWorkloadProps {
  breakdown?: RemitWorkload['breakdown'];
  sort?: RemitWorkload['sort'];
  limit?: RemitWorkload['limit'];
  chartHeight?: RemitWorkload['chartHeight'];
  /** A Plan object; wins over `source` and `src`. */
  data?: RemitWorkload['data'];
  src?: RemitWorkload['src'];
  source?: RemitWorkload['source'];
  theme?: RemitWorkload['theme'];
  toolbar?: RemitWorkload['toolbar'];
  label?: RemitWorkload['label'];
  /** the `height` attribute (property `chartHeight`) */
  height?: RemitWorkload['chartHeight'];
  /** `zh-CN` or `en` (default: the nearest `lang`, else zh-CN) */
  lang?: string;
}

/** The events `<remit-workload>` fires (bubbling and composed). */
export interface RemitWorkloadEvents {
  'remit-hover': HTMLElementEventMap['remit-hover'];
  'remit-select': HTMLElementEventMap['remit-select'];
}

/** Every tag: its class, the properties a template sets and the events it fires. */
export interface RemitElements {
  'remit-compare': { element: RemitCompare; props: RemitCompareProps; events: RemitCompareEvents };
  'remit-data': { element: RemitData; props: RemitDataProps; events: RemitDataEvents };
  'remit-heatmap': { element: RemitHeatmap; props: RemitHeatmapProps; events: RemitHeatmapEvents };
  'remit-network': { element: RemitNetwork; props: RemitNetworkProps; events: RemitNetworkEvents };
  'remit-summary': { element: RemitSummary; props: RemitSummaryProps; events: RemitSummaryEvents };
  'remit-table': { element: RemitTable; props: RemitTableProps; events: RemitTableEvents };
  'remit-workload': {
    element: RemitWorkload;
    props: RemitWorkloadProps;
    events: RemitWorkloadEvents;
  };
}
