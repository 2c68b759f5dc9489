// The analyzer's Lit plugin, which manifest.mjs imports from the analyzer's sources.
declare module '@custom-elements-manifest/analyzer/src/features/framework-plugins/lit/lit.js' {
  export function litPlugin(): import('@custom-elements-manifest/analyzer').Plugin[];
}
