// What a portal without a bundler does: copy its pages and the files it serves (jQuery,
// Bootstrap, ECharts, Remit's classic-script bundle, the plans) into one static folder, dist/.
// legacy.html is the same page for browsers older than the standard bundle's floor
// (Chromium 86 to 93): it loads the legacy bundle instead.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const copies = [
  ['src', 'dist'],
  ['../plans', 'dist/plans'],
  ['node_modules/jquery/dist/jquery.min.js', 'dist/static/jquery.min.js'],
  ['node_modules/bootstrap/dist/css/bootstrap.min.css', 'dist/static/bootstrap.min.css'],
  ['node_modules/bootstrap/dist/js/bootstrap.min.js', 'dist/static/bootstrap.min.js'],
  ['node_modules/echarts/dist/echarts.min.js', 'dist/static/echarts.min.js'],
  [
    'node_modules/@remit/widgets/dist/remit-widgets.iife.js',
    'dist/static/remit/remit-widgets.iife.js',
  ],
  [
    'node_modules/@remit/widgets/dist/remit-widgets.legacy.iife.js',
    'dist/static/remit/remit-widgets.legacy.iife.js',
  ],
];
rmSync('dist', { recursive: true, force: true });
mkdirSync('dist/static/remit', { recursive: true });
for (const [from, to] of copies) cpSync(from, to, { recursive: true });
const page = readFileSync('src/index.html', 'utf8');
if (!page.includes('remit-widgets.iife.js'))
  throw new Error('index.html: no classic bundle to swap');
writeFileSync(
  'dist/legacy.html',
  page.replace('remit-widgets.iife.js', 'remit-widgets.legacy.iife.js'),
);
console.log('dist/: the pages, their plans and static files');
