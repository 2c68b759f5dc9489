import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const RESTRICTED_PATHS = [
  { name: 'lit/directives/unsafe-html.js', message: 'Text is text.' },
  { name: 'lit/directives/unsafe-svg.js', message: 'Text is text.' },
  { name: 'd3', message: 'Import individual d3 modules (d3-scale, d3-force …).' },
];

/** core's folders, lowest first (see `coreLayers`). */
const CORE_LAYERS = [
  'model',
  'text',
  'units',
  'parse',
  // Word, Excel, PDF and web pages into the structure the plan reader reads (it calls parse);
  // io's readPlan names their formats and the cli reads them through it
  'office',
  'io',
  'matrix',
  'metrics',
  'compare',
  'report',
  'xlsx',
  // plans as Parquet and Arrow tables for engines: written like the workbook, read by the cli's batch
  'columnar',
  'cli',
];

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/coverage/**', 'fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        console: 'readonly',
        process: 'readonly',
        URL: 'readonly',
        TextDecoder: 'readonly',
        TextEncoder: 'readonly',
        performance: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Text is text: use Lit bindings or textContent.' },
        { property: 'outerHTML', message: 'Text is text: use Lit bindings or textContent.' },
        {
          property: 'insertAdjacentHTML',
          message: 'Text is text: use Lit bindings or textContent.',
        },
      ],
      'no-restricted-imports': ['error', { paths: RESTRICTED_PATHS }],
    },
  },
  ...coreLayers(),
  widgetsUseCoreWithoutAnalysis(),
  // pnpm's hooks file is CommonJS
  {
    files: ['.pnpmfile.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable' } },
  },
  // a portal page's own script: a browser with jQuery and ECharts, no modules
  {
    files: ['examples/jquery-page/src/**/*.js'],
    languageOptions: {
      sourceType: 'script',
      globals: { document: 'readonly', jQuery: 'readonly', echarts: 'readonly' },
    },
  },
);

/**
 * The widgets' runtime imports nothing from core's analysis side: arquero and graphology are
 * optional peer dependencies of @remit/core, absent from an app that only draws. Metrics come
 * from `@remit/core/metrics/plain` (the figures on plain arrays).
 */
function widgetsUseCoreWithoutAnalysis() {
  const message = 'needs arquero or graphology, which an app that only draws does not install';
  return {
    files: ['packages/widgets/src/**/*.ts'],
    ignores: ['packages/widgets/src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...RESTRICTED_PATHS,
            ...['', '/metrics', '/matrix', '/report', '/xlsx', '/columnar'].map((entry) => ({
              name: `@remit/core${entry}`,
              message: `@remit/core${entry} ${message}; use @remit/core/metrics/plain, /model, /io …`,
            })),
          ],
        },
      ],
    },
  };
}

/**
 * core's layers point one way (docs/decisions/0011): a folder of
 * packages/core/src may import its own files and the layers before it in
 * this list, never one after it.
 */
function coreLayers() {
  return CORE_LAYERS.map((layer, i) => ({
    files: [`packages/core/src/${layer}/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: RESTRICTED_PATHS,
          patterns: CORE_LAYERS.slice(i + 1).map((higher) => ({
            regex: `^(\\.\\./)+${higher}/`,
            message: `core's layers point down: ${layer} may not import ${higher} (docs/decisions/0011).`,
          })),
        },
      ],
    },
  }));
}
