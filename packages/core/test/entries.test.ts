import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const CORE = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(CORE, 'package.json'), 'utf8')) as {
  exports: Record<string, string | { 'remit-source': string }>;
};

/**
 * The runtime names of each entry point, sorted. A name added to an entry, or
 * an entry added to package.json, fails here until it is added on purpose.
 * (Types are erased at run time; the type checker holds them.)
 */
const ENTRIES: Readonly<Record<string, readonly string[]>> = {
  './model': [
    'CORRECTION_KINDS',
    'PLAN_FORMAT_VERSION',
    'ROLES',
    'UNIT_KINDS',
    'UNIT_KIND_NAMES',
    'correctPlan',
    'diagnosticMessage',
    'dismissedAliases',
    'formatDiagnostic',
    'hasErrors',
    'incidence',
    'isDiagnosticCode',
    'pairKey',
    'planPart',
    'topSectionOf',
    'validatePlan',
  ],
  './parse': ['parse'],
  './units': [
    'DIRECTORY_FORMAT_VERSION',
    'applyDirectory',
    'directoryOfPlan',
    'expandGroups',
    'findLikelyAliases',
    'guessUnitKind',
    'isGroup',
    'normalizeUnitName',
    'readDirectory',
    'writableDirectory',
  ],
  './metrics': [
    'LeadKind',
    'METRIC_DEFAULTS',
    'NO_SECTION',
    'backbone',
    'backboneOfTieTable',
    'backboneOfTies',
    'bipartiteGraph',
    'busiestFirst',
    'centrality',
    'coResponsibilityGraph',
    'coResponsibilityTieTable',
    'coResponsibilityTies',
    'communities',
    'communitiesOfTieTable',
    'communitiesOfTies',
    'concentration',
    'coverage',
    'distinctAssignments',
    'graphNodeKeys',
    'itemNodeKey',
    'overloadedUnits',
    'sampledBetweenness',
    'seriation',
    'seriationQuality',
    'summary',
    'tieTableOf',
    'unitNodeKey',
    'workload',
  ],
  './compare': [
    'COMBINED_FORMAT_VERSION',
    'COMPARE_DEFAULTS',
    'COMPARISON_FORMAT_VERSION',
    'ITEM_MATCH_KINDS',
    'UNIT_MATCH_KINDS',
    'combinePlans',
    'comparePlans',
    'itemChange',
    'itemProfile',
    'itemSimilarity',
    'unitsByChange',
  ],
  './io': [
    'assignmentsTable',
    'decodeBytes',
    'formatOf',
    'isOfficeFormat',
    'matrixTable',
    'officeFormatOf',
    'planJsonPieces',
    'readPlan',
    'readPlanCsv',
    'readPlanJson',
    'writeAssignmentsCsv',
    'writeMatrixCsv',
    'writePlanJson',
  ],
  './matrix': ['responsibilityMatrix'],
  './office': [
    'DEFAULT_ZIP_LIMITS',
    'documentText',
    'parseOfficeDocument',
    'readOfficeDocument',
    'readOfficePlan',
    'sniffFormat',
  ],
  './office/sync': ['readOfficeDocumentSync', 'readOfficePlanSync', 'readPdfText'],
  './report': ['findings', 'metricsReport', 'planWorkbook', 'unitsTable', 'writeUnitsCsv'],
  './xlsx': ['XLSX_TYPE', 'writeXlsx'],
  './columnar': [
    'PLAN_LONG_TABLE',
    'PLAN_TABLES',
    'PLAN_TABLE_NAMES',
    'PlanTablesBuilder',
    'isParquet',
    'planLongTable',
    'planYear',
    'readParquetPlans',
    'rowCount',
    'toArrow',
    'toParquet',
  ],
  './metrics/plain': [
    'LeadKind',
    'METRIC_DEFAULTS',
    'NO_SECTION',
    'backboneOfTieTable',
    'backboneOfTies',
    'busiestFirst',
    'coResponsibilityTieTable',
    'coResponsibilityTies',
    'communitiesOfTieTable',
    'communitiesOfTies',
    'concentration',
    'coverage',
    'distinctAssignments',
    'overloadedUnits',
    'seriation',
    'seriationQuality',
    'summary',
    'tieTableOf',
    'workload',
  ],
  './internal': ['formatSizeAndLimit', 'seededRandom'],
};

/**
 * The entries the root entry gathers; xlsx, office, columnar and internal stay out of
 * it, and metrics/plain is a part of metrics.
 */
const IN_ROOT = [
  './model',
  './units',
  './io',
  './parse',
  './metrics',
  './matrix',
  './report',
  './compare',
];

/** The modules of package.json's `exports`, by subpath (the JSON schema and package.json left out). */
const modules = Object.entries(pkg.exports).flatMap(([path, target]) =>
  typeof target === 'object' ? [[path, join(CORE, target['remit-source'])] as const] : [],
);

async function namesOf(file: string): Promise<string[]> {
  return Object.keys((await import(file)) as object).sort();
}

describe('the entry points of @remit/core', () => {
  it('are the ones pinned here, no more and no fewer', () => {
    expect(modules.map(([path]) => path).sort()).toEqual(['.', ...Object.keys(ENTRIES)].sort());
  });

  it.each(Object.entries(ENTRIES))('%s exports exactly its pinned names', async (path, names) => {
    const file = modules.find(([p]) => p === path)![1];
    expect(await namesOf(file)).toEqual([...names].sort());
  });

  it('the root entry exports the names of its eight entries, and only those', async () => {
    const root = modules.find(([p]) => p === '.')![1];
    const expected = [...new Set(IN_ROOT.flatMap((path) => ENTRIES[path]!))].sort();
    expect(await namesOf(root)).toEqual(expected);
  });

  it('keeps helpers out: no `export *` in core', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
      );
    const starred = files(join(CORE, 'src'))
      .filter((f) => f.endsWith('.ts') && /^export \*/mu.test(readFileSync(f, 'utf8')))
      .map((f) => f.slice(CORE.length));
    expect(starred).toEqual([]);
  });
});
