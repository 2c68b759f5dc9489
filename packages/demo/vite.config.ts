import { defaultClientConditions, defineConfig } from 'vite';

/**
 * The dashboard. `remit-source` makes `@remit/core` and `@remit/widgets`
 * resolve to their TypeScript sources, so the dashboard needs no build of them.
 * The founding plan is bundled (`?raw`); nothing is fetched at run time.
 */
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  resolve: { conditions: ['remit-source', ...defaultClientConditions] },
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: 4173, strictPort: false },
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    // Warn only past what a dashboard with a graph library can reasonably weigh.
    chunkSizeWarningLimit: 1200,
  },
});
