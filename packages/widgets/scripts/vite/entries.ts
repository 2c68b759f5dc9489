import { join } from 'node:path';
import type { Plugin } from 'vite';
import { elementEntries, SRC } from '../element-entries.mjs';

const VIRTUAL = '\0remit-entry:';

/**
 * Virtual entries, named `remit-entry:<what>`: `all` imports src/define.ts and every element's
 * define.ts but the add-ons' (so the bundle registers every element even before src/define.ts
 * lists it); `full` the add-ons too; `<name>` registers one element and re-exports what its
 * define.ts imports (the element class).
 */
export function entriesPlugin(): Plugin {
  return {
    name: 'remit:entries',
    resolveId(id) {
      // Vite resolves library entries against the root first: match the tail.
      const at = id.indexOf('remit-entry:');
      return at >= 0 && !id.startsWith(VIRTUAL)
        ? VIRTUAL + id.slice(at + 'remit-entry:'.length)
        : null;
    },
    load(id) {
      if (!id.startsWith(VIRTUAL)) return null;
      const name = id.slice(VIRTUAL.length);
      const elements = elementEntries();
      if (name === 'all' || name === 'full') {
        const included = elements.filter((e) => name === 'full' || !e.addOn);
        return [join(SRC, 'define.ts'), ...included.map((e) => e.define)]
          .map((file) => `import ${JSON.stringify(file)};`)
          .join('\n');
      }
      const element = elements.find((e) => e.name === name);
      if (!element) return null;
      return [
        `import ${JSON.stringify(element.define)};`,
        ...element.exportsFrom.map(
          (f) => `export * from ${JSON.stringify(join(SRC, name, `${f}.ts`))};`,
        ),
      ].join('\n');
    },
  };
}
