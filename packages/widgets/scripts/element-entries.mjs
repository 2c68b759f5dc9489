/**
 * The elements of @remit/widgets, found rather than listed: every
 * `src/<name>/define.ts` registers one element. The build makes an entry
 * `dist/<name>.js` for each, which registers the element and re-exports what
 * its define.ts imports (the element class).
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SRC = join(dirname(fileURLToPath(import.meta.url)), '..', 'src');

/**
 * Elements left out of `src/define.ts` and of the standard single-file bundle
 * (`remit-widgets.js`, which keeps to its size budget): they come with
 * `import '@remit/widgets/<name>'` or in the full bundle
 * (`remit-widgets.full.js`). See docs/decisions/0010.
 */
export const ADD_ONS = ['compare'];

/**
 * @returns {{ name: string, define: string, exportsFrom: string[], tags: string[], addOn: boolean }[]}
 *   per element folder, sorted by name: the define.ts path, the sibling modules
 *   (without extension) it imports values from, and the tags it defines
 */
export function elementEntries() {
  return readdirSync(SRC, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(SRC, d.name, 'define.ts')))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const define = join(SRC, name, 'define.ts');
      const text = readFileSync(define, 'utf8');
      const exportsFrom = [
        ...text.matchAll(/^import\s+(?!type\b)[^'"]*from\s+'\.\/([^']+)\.js';/gm),
      ].map((m) => /** @type {string} */ (m[1]));
      const tags = [...text.matchAll(/customElements\.define\(\s*'([a-z][a-z0-9-]*)'/g)].map(
        (m) => /** @type {string} */ (m[1]),
      );
      return { name, define, exportsFrom, tags, addOn: ADD_ONS.includes(name) };
    });
}
