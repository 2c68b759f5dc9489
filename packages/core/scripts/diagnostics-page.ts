// Writes docs/diagnostics.md from the catalogue of diagnostic codes
// (packages/core/src/model/codes/); test/model/diagnostic-code.test.ts fails
// when the page and the catalogue differ.
//   npx -y pnpm@10 --filter @remit/core docs:diagnostics
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import {
  DIAGNOSTIC_CODES,
  severitiesOf,
  type DiagnosticCode,
} from '../src/model/diagnostic-code.js';

/** Where the page is written. */
export const PAGE = fileURLToPath(new URL('../../../docs/diagnostics.md', import.meta.url));

/** Headings of the families; a family not named here is headed by its name alone. */
const FAMILY_TITLES: Readonly<Record<string, string>> = {
  bytes: 'decoding a file into text (`decodeBytes`)',
  read: 'choosing a reader (`readPlan`)',
  json: 'JSON text (`readPlanJson`)',
  csv: 'tables of assignments (`readPlanCsv`)',
  plan: 'Plan JSON (`validatePlan`, `readPlanJson`)',
  parse: 'published text (`parse`)',
  directory: 'the unit directory (`readDirectory`, `applyDirectory`)',
  units: 'units (`expandGroups`, `remit`)',
  compare: 'comparing two plans (`comparePlans`)',
  combine: 'combining plans (`combinePlans`)',
  correct: 'corrections refused (`correctPlan`)',
  demo: 'the dashboard',
  batch: 'many plans at once (`remit batch`, docs/batch.md)',
};

const INTRO = `# Diagnostics

Remit does not stop at bad input: its readers keep what they can read and report each problem as
a diagnostic, with a code, a severity, the place (file, line, column or field) and a message that
says what was done and what to do. The code is stable, so a script can act on it; the message is
in English, or in Chinese with \`remit … --lang zh\`, on the dashboard's Chinese pages and through
\`diagnosticMessage(d, 'zh')\`.

- **error**: something was not read (the file, a row, an assignment); the plan shown lacks it.
- **warning**: something was read in a way that may not be what was meant; check it.
- **info**: a note on how the input was read; nothing is wrong.

This page is written from the catalogue in \`packages/core/src/model/codes/\` by
\`npx -y pnpm@10 --filter @remit/core docs:diagnostics\`; a test fails when they differ.
`;

/** Table cell text: one line, pipes escaped. */
function cell(text: string): string {
  return text.replace(/\s*\n\s*/gu, ' ').replace(/\|/gu, '\\|');
}

/**
 * The page: an introduction, then a table per family of codes, in the
 * catalogue's order; formatted as `prettier --check` wants it.
 */
export async function diagnosticsPage(): Promise<string> {
  const config = await resolveConfig(PAGE);
  return format(markdown(), { ...config, filepath: PAGE });
}

function markdown(): string {
  const families = new Map<string, DiagnosticCode[]>();
  for (const code of Object.keys(DIAGNOSTIC_CODES) as DiagnosticCode[]) {
    const family = code.slice(0, code.indexOf('/'));
    families.set(family, [...(families.get(family) ?? []), code]);
  }
  const sections = [...families].map(([family, codes]) => {
    const title = FAMILY_TITLES[family];
    const rows = codes.map((code) => {
      const { meaning, action } = DIAGNOSTIC_CODES[code];
      const severity = severitiesOf(code).join(', ');
      return `| \`${code}\` | ${severity} | ${cell(meaning)} | ${cell(action)} |`;
    });
    return [
      `## \`${family}/…\`${title ? `: ${title}` : ''}`,
      '',
      '| code | severity | meaning | what to do |',
      '| --- | --- | --- | --- |',
      ...rows,
      '',
    ].join('\n');
  });
  return [INTRO, ...sections].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(PAGE, await diagnosticsPage());
  process.stdout.write(`wrote ${PAGE}\n`);
}
