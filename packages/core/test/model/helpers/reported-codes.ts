import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = fileURLToPath(new URL('../../../src', import.meta.url));
/** The wordings themselves name every code; they are not where codes are reported. */
const WORDINGS = join(SRC, 'model', 'wordings');
/** A code as it is written where a diagnostic is made: `'family/name'` in single quotes. */
const CODE =
  /'((?:bytes|combine|compare|correct|csv|directory|json|parse|plan|read|units)\/[a-z0-9-]+)'/gu;

/**
 * Every diagnostic code written in core's source outside the wordings, found
 * by reading the files, with the first file that writes it.
 */
export function reportedCodes(): Map<string, string> {
  const codes = new Map<string, string>();
  const visit = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (path !== WORDINGS) visit(path);
      } else if (entry.name.endsWith('.ts')) {
        for (const m of readFileSync(path, 'utf8').matchAll(CODE)) {
          if (!codes.has(m[1]!)) codes.set(m[1]!, path.slice(SRC.length + 1));
        }
      }
    }
  };
  visit(SRC);
  return codes;
}
