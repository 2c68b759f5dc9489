import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGES = fileURLToPath(new URL('../../../..', import.meta.url));
/** The catalogue names every code; it is not where codes are reported. */
const CATALOGUE = join(PACKAGES, 'core', 'src', 'model', 'codes');
/**
 * A code as it is written where a diagnostic is made: `'family/name'` in
 * single quotes, not a module imported by that name.
 */
const CODE = /(?<!from |import\()'([a-z][a-z0-9]*\/[a-z0-9-]+)'/gu;
/** Media types (`'text/csv'`) are written the way codes are. */
const MEDIA_TYPE = /^(?:application|audio|font|image|multipart|text|video)\//u;

/**
 * Every diagnostic code written in the source of every package
 * (`packages/<name>/src`) outside the catalogue, found by reading the files,
 * with the first file that writes it (relative to `packages/`).
 */
export function reportedCodes(): Map<string, string> {
  const codes = new Map<string, string>();
  const visit = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (path !== CATALOGUE) visit(path);
      } else if (/\.ts$/u.test(entry.name)) {
        for (const [, code] of readFileSync(path, 'utf8').matchAll(CODE)) {
          if (!MEDIA_TYPE.test(code!) && !codes.has(code!))
            codes.set(code!, path.slice(PACKAGES.length));
        }
      }
    }
  };
  for (const pkg of readdirSync(PACKAGES, { withFileTypes: true })) {
    const src = join(PACKAGES, pkg.name, 'src');
    if (pkg.isDirectory() && readdirSync(join(PACKAGES, pkg.name)).includes('src')) visit(src);
  }
  return codes;
}
