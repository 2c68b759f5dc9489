// @custom-elements-manifest/analyzer's typings declare its plugin and config types but not
// the two values its index.js exports; added here as manifest.mjs uses them (the Lit plugin's
// module has no typings at all: lit-plugin.d.ts).
import type { Package } from 'custom-elements-manifest/schema';
import type { SourceFile } from 'typescript';

declare module '@custom-elements-manifest/analyzer' {
  /** Runs the plugins over the source files and returns the manifest. */
  export function create(options: {
    modules: SourceFile[];
    plugins?: Plugin[];
    context?: Context;
  }): Package;
  /** The analyzer's own TypeScript, whose source files `create` reads. */
  export const ts: typeof import('typescript');
}
