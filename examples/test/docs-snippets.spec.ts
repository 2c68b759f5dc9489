import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentedCommands, ROOT } from './support/clients.js';

/**
 * Every fenced block of the installation and framework pages is tested: a block whose info
 * string names a file (```tsx examples/react-app/src/App.tsx) must be in that file, line for
 * line (the example apps are built, type-checked and driven by the other tests of this
 * project); a shell block may hold only commands that the tests or the test command run.
 */
const PAGES = ['docs/installing.md', 'docs/react.md', 'docs/vue.md', 'docs/plain-pages.md'];

interface Block {
  page: string;
  lang: string;
  file: string | undefined;
  lines: string[];
}

function blocks(page: string): Block[] {
  const text = readFileSync(join(ROOT, page), 'utf8');
  const out: Block[] = [];
  for (const m of text.matchAll(/^```(\S*)(?:[ \t]+(\S+))?[ \t]*\n([\s\S]*?)^```[ \t]*$/gm)) {
    out.push({ page, lang: m[1]!, file: m[2], lines: m[3]!.replace(/\n$/, '').split('\n') });
  }
  return out;
}

/** True when `lines` appear in `file`, consecutively (indentation aside). */
function contains(file: string[], lines: string[]): boolean {
  const norm = (l: string) => l.trim();
  const want = lines.map(norm);
  const have = file.map(norm);
  for (let i = 0; i + want.length <= have.length; i++) {
    if (want.every((l, j) => l === have[i + j])) return true;
  }
  return false;
}

/** The commands a shell block may hold, each run by the tests or by the test command. */
function runCommands(): string[] {
  const ci = readFileSync(join(ROOT, '.ci/run'), 'utf8');
  const test = (
    JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      scripts: { test: string };
    }
  ).scripts.test;
  const out = [...documentedCommands()];
  // .ci/run installs the workspace (with --frozen-lockfile) before the test command
  if (ci.includes('npx -y pnpm@10 install')) out.push('npx -y pnpm@10 install');
  // the test command builds both packages first
  if (test.includes('pnpm --filter @remit/core --filter @remit/widgets build'))
    out.push('npx -y pnpm@10 --filter @remit/core --filter @remit/widgets build');
  return out;
}

describe('the documentation snippets of installing.md, react.md, vue.md and plain-pages.md', () => {
  const all = PAGES.flatMap(blocks);

  it('every page has snippets, and each names its file or is shell', () => {
    for (const page of PAGES)
      expect(all.filter((b) => b.page === page).length, page).toBeGreaterThan(0);
    for (const b of all) {
      if (!b.file) expect(b.lang, `${b.page}: a block without a file`).toBe('sh');
    }
  });

  it('each file snippet is in its file, as the apps the other tests build and drive have it', () => {
    for (const b of all.filter((x) => x.file)) {
      const file = readFileSync(join(ROOT, b.file!), 'utf8').replace(/\n$/, '').split('\n');
      expect(contains(file, b.lines), `${b.page}: ${b.file}`).toBe(true);
    }
  });

  it('each shell command is one the tests or the test command run', () => {
    const allowed = runCommands();
    for (const b of all.filter((x) => x.lang === 'sh')) {
      for (const line of b.lines.filter((l) => l.trim() && !l.startsWith('#'))) {
        expect(allowed, `${b.page}: ${line}`).toContain(line.trim());
      }
    }
  });

  it('the snippets cover each app: its entry, its component and its typings', () => {
    const files = new Set(all.map((b) => b.file));
    for (const file of [
      'examples/react-app/src/main.tsx',
      'examples/react-app/src/App.tsx',
      'examples/react-app/src/remit-widgets.d.ts',
      'examples/vue-app/src/main.ts',
      'examples/vue-app/src/App.vue',
      'examples/vue-app/src/remit-widgets.d.ts',
      'examples/jquery-page/src/app.js',
      'examples/jquery-page/src/index.html',
    ])
      expect(files, file).toContain(file);
  });
});
