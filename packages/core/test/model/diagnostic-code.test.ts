import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { diagnosticsPage, PAGE } from '../../scripts/diagnostics-page.js';
import {
  DIAGNOSTIC_CODES,
  isDiagnosticCode,
  severitiesOf,
} from '../../src/model/diagnostic-code.js';
import { diagnostic, type Diagnostic } from '../../src/model/diagnostic.js';
import { reportedCodes } from './helpers/reported-codes.js';

const ROOT = fileURLToPath(new URL('../../../..', import.meta.url));
const CORE_SRC = join(ROOT, 'packages', 'core', 'src');
const catalogue = Object.keys(DIAGNOSTIC_CODES);
const families = [...new Set(catalogue.map((c) => c.split('/')[0]!))];
/** A code named in prose: `` `family/name` `` in backticks, nothing around it. */
const NAMED = new RegExp(`\`((?:${families.join('|')})/[a-z0-9-]+)\``, 'gu');

/** The Markdown and TypeScript files under `dir`, recursively, without node_modules and dist. */
function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory())
      return entry.name === 'node_modules' || entry.name === 'dist'
        ? []
        : filesUnder(path, pattern);
    return pattern.test(entry.name) ? [path] : [];
  });
}

describe('DIAGNOSTIC_CODES', () => {
  const used = reportedCodes();

  it('lists every code the packages report (read from packages/*/src)', () => {
    const missing = [...used].filter(([code]) => !isDiagnosticCode(code));
    expect(missing.map(([code, file]) => `${code} (${file})`)).toEqual([]);
  });

  it('lists no code that no package reports any more', () => {
    expect(catalogue.filter((code) => !used.has(code))).toEqual([]);
  });

  it('finds the codes in the sources (the two checks above can fail)', () => {
    expect(used.size).toBeGreaterThan(90);
    expect(used.get('parse/no-units')).toBe('core/src/parse/build/report-item.ts');
    expect(isDiagnosticCode('csv/unterminated-quote')).toBe(false);
    expect(isDiagnosticCode('constructor')).toBe(false);
  });

  it('refuses a misspelt code, or a severity the catalogue does not give, when type-checked', () => {
    // @ts-expect-error the code is csv/unclosed-quote
    const typo: Diagnostic['code'] = 'csv/unterminated-quote';
    // @ts-expect-error csv/empty is reported as info
    const loud = diagnostic('error', 'csv/empty', 'readPlanCsv: the text is empty.');
    expect(isDiagnosticCode(typo)).toBe(false);
    expect(severitiesOf(loud.code)).toEqual(['info']);
  });

  it('knows every code that the docs, README and doc comments name', () => {
    const files = [
      join(ROOT, 'README.md'),
      ...filesUnder(join(ROOT, 'docs'), /\.md$/u),
      ...filesUnder(join(ROOT, 'packages'), /(?:\.ts|README\.md)$/u).filter((f) =>
        f.includes('/src/'),
      ),
    ];
    const unknown = files.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(NAMED)]
        // a folder of core (`parse/html`) is named the way a code is
        .filter((m) => !isDiagnosticCode(m[1]!) && !existsSync(join(CORE_SRC, m[1]!)))
        .map((m) => `${m[1]} (${file.slice(ROOT.length)})`),
    );
    expect(files.length).toBeGreaterThan(100);
    expect(unknown).toEqual([]);
  });

  it.each(catalogue)('says what %s means and what to do, in sentences', (code) => {
    const { meaning, action } = DIAGNOSTIC_CODES[code as keyof typeof DIAGNOSTIC_CODES];
    for (const text of [meaning, action]) {
      expect(text).toMatch(/^[A-Z`]/u);
      expect(text).toMatch(/[.)]$/u);
    }
    expect(severitiesOf(code as keyof typeof DIAGNOSTIC_CODES).length).toBeGreaterThan(0);
  });

  it('is what docs/diagnostics.md lists (npx -y pnpm@10 --filter @remit/core docs:diagnostics)', async () => {
    const page = readFileSync(PAGE, 'utf8');
    expect(page).toBe(await diagnosticsPage());
    for (const code of catalogue) expect(page).toContain(`| \`${code}\``);
  });
});
