// Element classes (no registration: import '@remit/widgets/define' for that).
export { RemitData } from './data/remit-data.js';
export { RemitSummary } from './summary/remit-summary.js';
export { RemitWorkload } from './workload/remit-workload.js';
export { RemitTable } from './table/remit-table.js';
export { RemitHeatmap } from './heatmap/heatmap.js';
export { heatmapRows } from './heatmap/heatmap.layout.js';
export { RemitNetwork } from './network/network.js';
export { RemitCompare } from './compare/remit-compare.js';

// Shared pieces for building further elements.
export { RemitElement } from './shared/remit-element.js';
export {
  PlanStore,
  type LoadState,
  type StoreChange,
  type StoreListener,
} from './data/plan-store.js';
export type { Selection } from './data/selection.js';
export type { LoadError } from './data/load-error.js';
export { toPlan, isUnreadable } from './data/to-plan.js';
export { readPlanText } from './data/read-plan-text.js';
export { loadPlan, type Loaded } from './data/load-plan.js';
export { planFormat } from './data/plan-format.js';
export { PlanSourceController, type PlanSourceHost } from './controllers/plan-source-controller.js';
export { SelectionController, type SelectionDetail } from './controllers/selection-controller.js';
export { ResizeController } from './controllers/resize-controller.js';
export { TooltipController } from './controllers/tooltip-controller.js';
export { LangController } from './controllers/lang-controller.js';
export { ThemeController, readTheme, type ThemeColors } from './controllers/theme-controller.js';
export { ReducedMotionController } from './controllers/reduced-motion-controller.js';
export { CleanupController } from './controllers/cleanup-controller.js';
export { tokens, TOKEN_NAMES } from './shared/tokens.js';
export { baseStyles } from './shared/base-styles.js';
export { messages, type Messages } from './shared/messages.js';
export { resolveLang, toLang, localize, DEFAULT_LANG, type Lang } from './shared/lang.js';
export { formatNumber, formatPercent, collatorFor } from './shared/format.js';
export { describePlan } from './shared/describe-plan.js';
export { summaryCards, type SummaryCard } from './summary/summary.model.js';
export { dataTable, type DataColumn } from './shared/data-table.js';
export { exportSvg, sizeOf, type LegendEntry, type SvgExportOptions } from './shared/export-svg.js';
export { svgToPng } from './shared/export-png.js';
export { styleProps } from './shared/style-props.js';
export { textWidth, truncateText } from './shared/text-width.js';
export { categoryClass, categoryStyles } from './shared/category.js';
export { linkState } from './shared/link-state.js';
export { renderState } from './shared/render-state.js';
export { describeLoadError } from './shared/describe-load-error.js';
export { download, safeFilename } from './shared/download.js';
