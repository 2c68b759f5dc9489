import { describe, expect, it } from 'vitest';

/**
 * The runtime names of `@remit/widgets`, sorted: the element classes and the
 * pieces for building further elements. A name added to src/index.ts fails
 * here until it is added on purpose. (Types are erased at run time.)
 */
const NAMES = [
  'CleanupController',
  'DEFAULT_LANG',
  'LangController',
  'PlanSourceController',
  'PlanStore',
  'ReducedMotionController',
  'RemitCompare',
  'RemitData',
  'RemitElement',
  'RemitHeatmap',
  'RemitNetwork',
  'RemitSummary',
  'RemitTable',
  'RemitWorkload',
  'ResizeController',
  'SelectionController',
  'TOKEN_NAMES',
  'ThemeController',
  'TooltipController',
  'baseStyles',
  'categoryClass',
  'categoryStyles',
  'collatorFor',
  'dataTable',
  'describeLoadError',
  'describePlan',
  'download',
  'exportSvg',
  'formatNumber',
  'formatPercent',
  'heatmapRows',
  'isUnreadable',
  'linkState',
  'loadPlan',
  'localize',
  'messages',
  'planFormat',
  'readPlanText',
  'readTheme',
  'renderState',
  'resolveLang',
  'safeFilename',
  'sizeOf',
  'styleProps',
  'summaryCards',
  'svgToPng',
  'textWidth',
  'toLang',
  'toPlan',
  'tokens',
  'truncateText',
];

describe('@remit/widgets', () => {
  it('exports exactly its pinned names', async () => {
    const entry = (await import('../../src/index.js')) as object;
    expect(Object.keys(entry).sort()).toEqual([...NAMES].sort());
  });

  it('keeps the elements’ own helpers out', async () => {
    const entry = (await import('../../src/index.js')) as object;
    for (const helper of ['snapshotSvg', 'lastCall', 'nextIndex']) {
      expect(Object.keys(entry)).not.toContain(helper);
    }
  });
});
