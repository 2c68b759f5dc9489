// What a portal without a bundler does: copy its pages and the files it serves (jQuery,
// Bootstrap, Remit's classic-script bundle, the plans) into one static folder, dist/.
import { cpSync, mkdirSync, rmSync } from 'node:fs';

const copies = [
  ['src', 'dist'],
  ['../plans', 'dist/plans'],
  ['node_modules/jquery/dist/jquery.min.js', 'dist/static/jquery.min.js'],
  ['node_modules/bootstrap/dist/css/bootstrap.min.css', 'dist/static/bootstrap.min.css'],
  ['node_modules/bootstrap/dist/js/bootstrap.min.js', 'dist/static/bootstrap.min.js'],
  [
    'node_modules/@remit/widgets/dist/remit-widgets.iife.js',
    'dist/static/remit/remit-widgets.iife.js',
  ],
];
rmSync('dist', { recursive: true, force: true });
mkdirSync('dist/static/remit', { recursive: true });
for (const [from, to] of copies) cpSync(from, to, { recursive: true });
console.log('dist/: the page, its plans and static files');
